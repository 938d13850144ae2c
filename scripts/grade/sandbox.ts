/**
 * One submission, one child process, treated as hostile:
 *
 * - `node --permission` with no `--allow-*` at all: no file reads or writes, no child processes,
 *   workers, addons, WASI or inspector. The boot script comes on the command line (`-e`) and
 *   everything else on stdin, so the child needs no file, and cannot read the specs' hidden tests.
 * - `--disallow-code-generation-from-strings` (no `eval`, no `new Function`); runner.ts then keeps
 *   only an allowlist of globals (no `process`, `require`, `fetch`, built-in modules or console
 *   stream) and freezes the built-ins they reach (no patching `Math` or `Array.prototype` to
 *   bend the comparisons) before the submission loads. It does that itself rather than with
 *   Node's `--frozen-intrinsics`, which freezes Node's own objects too and cost 40 ms of CPU per
 *   child here (a quarter of it); `--single-threaded` saves another 15 ms.
 * - An empty environment; a wall-clock limit counted from the runner's "ready"; a 256 MB
 *   JavaScript heap; on POSIX, `ulimit -d` (memory outside the heap, e.g. huge typed arrays) and
 *   `ulimit -t` (CPU seconds, which also ends a looping child whose grader was killed); a cap on
 *   what it may print.
 * - The verdict comes back on file descriptor 3, which only the runner holds, as
 *   `<nonce> ready` then `<nonce> result <json>`, and is checked against the spec here.
 *
 * What this does not stop is listed in docs/instructor-guide.md (the network at the OS level,
 * the machine's total CPU and memory): add a container or a network namespace for that.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { crashed, timedOut, type ExerciseSpec, type GradeResult } from '@nonlinear/grader';
import { acceptResult } from './accept.ts';
import { BOOT } from './boot.ts';

export interface Limits {
  /** Wall-clock seconds for loading and grading the submission. */
  timeoutSeconds: number;
  /** V8 old-space limit, MB. */
  heapMb: number;
  /** Data-segment limit (POSIX `ulimit -d`), MB: covers array buffers, which live outside the heap. */
  dataMb: number;
  /** Bytes of stdout plus stderr before the child is stopped. */
  outputBytes: number;
}

/** Default limits: 5 s, 256 MB heap, 1 GB data, 64 KB of output. */
export const DEFAULT_LIMITS: Limits = { timeoutSeconds: 5, heapMb: 256, dataMb: 1024, outputBytes: 64 * 1024 };

/** Time allowed for a child to start and say "ready" (Node's own start-up; generous for a busy machine). */
const STARTUP_MS = 60_000;
/** The result channel carries one bounded result; more than this is not the runner talking. */
const CHANNEL_BYTES = 4 * 1024 * 1024;

function command(limits: Limits): [string, string[]] {
  const node = [
    '--permission',
    '--disallow-code-generation-from-strings',
    // No V8 helper threads (concurrent GC and compilers): about 15 ms less CPU per child here, and
    // a child grades for milliseconds, so it gains nothing from them.
    '--single-threaded',
    '--no-warnings',
    `--max-old-space-size=${limits.heapMb}`,
    '-e',
    BOOT,
  ];
  if (process.platform === 'win32') return [process.execPath, node];
  const cpu = Math.ceil(limits.timeoutSeconds) + 10;
  // `&&`: if a limit cannot be set, the child does not run (every submission then reports the crash).
  return ['/bin/sh', ['-c', `ulimit -d ${limits.dataMb * 1024} && ulimit -t ${cpu} && exec "$0" "$@"`, process.execPath, ...node]];
}

const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Fatal process out of memory|allocation failed/i;

/** Children still running, so an interrupted grader can stop them all. */
const running = new Set<{ kill(signal: NodeJS.Signals): boolean }>();

/** Stops every running child (the grader is being interrupted). Example: `process.on('SIGINT', killAll)`. */
export function killAll(): void {
  for (const c of running) c.kill('SIGKILL');
}

/**
 * Loads and grades compiled code in a fresh sandboxed child; resolves with the verdict, never rejects.
 * `runner` is the exercise's script from bundle.ts; `code` is `compileSubmission(source).code`.
 * Example: `await gradeInSandbox(spec, runner, compiled.code, { includeHidden: true }, DEFAULT_LIMITS)`.
 */
export function gradeInSandbox(spec: ExerciseSpec, runner: string, code: string, options: { includeHidden: boolean }, limits: Limits): Promise<GradeResult> {
  const nonce = randomBytes(16).toString('hex');
  const [cmd, args] = command(limits);
  const child = spawn(cmd, args, { env: {}, cwd: tmpdir(), stdio: ['pipe', 'pipe', 'pipe', 'pipe'], windowsHide: true });
  running.add(child);
  let stopped: 'timeout' | 'output' | 'startup' | 'channel' | null = null;
  let phase: 'starting' | 'ready' | 'done' = 'starting';
  let result: GradeResult | null = null;
  let channel = '';
  let printed = 0;
  let stderrTail = '';
  const stop = (why: NonNullable<typeof stopped>): void => {
    stopped ??= why;
    child.kill('SIGKILL');
  };
  let timer = setTimeout(() => stop('startup'), STARTUP_MS);

  const onOutput = (chunk: Buffer, isErr: boolean): void => {
    printed += chunk.length;
    if (isErr) stderrTail = (stderrTail + chunk.toString('utf8')).slice(-2000);
    if (printed > limits.outputBytes) stop('output');
  };
  child.stdout!.on('data', (c: Buffer) => onOutput(c, false));
  child.stderr!.on('data', (c: Buffer) => onOutput(c, true));
  // Exactly "<nonce> ready", then exactly one "<nonce> result <json>"; anything else ends the child.
  const onLine = (line: string): void => {
    if (phase === 'starting' && line === `${nonce} ready`) {
      phase = 'ready';
      clearTimeout(timer);
      timer = setTimeout(() => stop('timeout'), limits.timeoutSeconds * 1000);
    } else if (phase === 'ready' && line.startsWith(`${nonce} result `)) {
      phase = 'done';
      result = acceptResult(spec, options, line.slice(nonce.length + 8));
      if (!result) stop('channel');
      else child.kill('SIGKILL'); // graded: nothing the submission scheduled may run on
    } else {
      stop('channel');
    }
  };
  const fd3 = child.stdio[3] as NodeJS.ReadableStream;
  fd3.on('data', (c: Buffer) => {
    channel += c.toString('utf8');
    if (channel.length > CHANNEL_BYTES) return stop('channel');
    for (let nl = channel.indexOf('\n'); nl >= 0; nl = channel.indexOf('\n')) {
      onLine(channel.slice(0, nl));
      channel = channel.slice(nl + 1);
    }
  });
  child.stdin!.on('error', () => {}); // the child may die before reading its job
  child.stdin!.end(JSON.stringify({ nonce, runner, code, includeHidden: options.includeHidden }));

  return new Promise((resolve) => {
    let settled = false;
    const settle = (ending: Ending): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      running.delete(child);
      resolve(result && stopped === null ? result : verdict(spec, options, limits, ending));
    };
    // 'error' without a pid: the child never started ('close' may not follow). Otherwise 'close' decides.
    child.on('error', (spawnError) => {
      if (child.pid === undefined) settle({ stopped, exitCode: null, signal: null, stderrTail, spawnError });
    });
    child.on('close', (exitCode, signal) => settle({ stopped, exitCode, signal, stderrTail, spawnError: null }));
  });
}

interface Ending {
  stopped: 'timeout' | 'output' | 'startup' | 'channel' | null;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stderrTail: string;
  spawnError: Error | null;
}

/** Why a child ended without an acceptable result, in words for the student. */
function verdict(spec: ExerciseSpec, options: { includeHidden: boolean }, limits: Limits, e: Ending): GradeResult {
  if (e.stopped === 'timeout') return timedOut(spec, limits.timeoutSeconds, options);
  if (e.stopped === 'output') return crashed(spec, `it printed more than ${Math.round(limits.outputBytes / 1024)} KB (console.log in a loop?), so it was stopped`, options);
  if (e.stopped === 'channel') return crashed(spec, "it interfered with the grader's result channel", options);
  if (e.stopped === 'startup') return crashed(spec, `the sandbox did not start within ${STARTUP_MS / 1000} s (the grading machine is overloaded; grade again)`, options);
  if (e.spawnError) return crashed(spec, `the sandbox could not start (${e.spawnError.message}); grade again`, options);
  if (OUT_OF_MEMORY.test(e.stderrTail)) return crashed(spec, `it ran out of memory (the limit is ${limits.heapMb} MB of JavaScript heap)`, options);
  if (e.signal === 'SIGXCPU') return crashed(spec, `it used more than ${Math.ceil(limits.timeoutSeconds) + 10} s of CPU time`, options);
  // The error line of Node's crash report, without the stack and the "Node.js v24" footer.
  const lines = e.stderrTail.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('at ') && !/^Node\.js v\d/.test(l));
  const last = lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.pop() ?? '';
  const how = e.signal ? `was killed by ${e.signal}` : `exited with code ${String(e.exitCode)}`;
  return crashed(spec, `the process ${how} before reporting a result${last ? `: ${last.slice(0, 300)}` : ''}`, options);
}
