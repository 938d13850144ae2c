/**
 * The grader's side of a sandboxed child process. esbuild bundles this file with the engine and
 * one exercise's spec (hidden tests merged in) into a script the child evaluates before the
 * submission; see sandbox.ts for the process around it. In order, it:
 *
 * 1. locks the global scope down: keeps only an allowlist of globals (the language's own and a
 *    few harmless ones; `process`, `require`, `fetch`, the built-in modules all go), replaces the
 *    console with one that holds no stream, makes every remaining global binding read-only, and
 *    freezes everything reachable from them and from the iterator and generator prototypes
 *    (`harden`), so `Math.abs = () => 0` cannot bend the comparisons either;
 * 2. says "ready" on the result channel (the parent starts the wall clock then, so a slow start on
 *    a busy machine is not charged to the student);
 * 3. loads the compiled submission and grades it with the engine's `gradeExports`;
 * 4. writes one line `<nonce> result <json>` to the result channel (file descriptor 3, reachable
 *    only through the capability the boot script passes in) and exits.
 *
 * Everything runs synchronously, so no callback the submission schedules runs before the result
 * is written. No Node import here: the capabilities come from the boot script.
 */
import { gradeExports, type ExerciseSpec, type GradeResult, type SubmissionError } from '@nonlinear/grader';
import { failAll, describeError, REQUIRE_REFUSED } from './fail-all.ts';

/** What the boot script hands over before the submission exists: the only ways out of the sandbox. */
export interface Capabilities {
  /** Writes one line to the result channel, synchronously. */
  report(line: string): void;
  /** Compiles a CommonJS-style body into a function of (exports, module, require), without eval. */
  compile(code: string): (exports: unknown, module: unknown, require: unknown) => void;
  /** Ends the process now. */
  exit(code: number): void;
  /** Writes the submission's console output to stdout (1) or stderr (2), synchronously. */
  print(fd: 1 | 2, text: string): void;
  /** Node's util.format: console.log's formatting. */
  format(...args: unknown[]): string;
}

/** The job the parent sends on stdin. */
export interface Job {
  nonce: string;
  /** The submission, already compiled by the engine's `compileSubmission` in the parent. */
  code: string;
  includeHidden: boolean;
}

/**
 * The globals a submission keeps (example: `SUBMISSION_GLOBALS.has('Math')` is true, `.has('process')` false): the language's own, plus timers, text encoding, URL parsing and
 * structuredClone. Everything else goes, whatever it is: Node run with `-e` also exposes every
 * built-in module as a global (`fs`, `net`, `child_process`, ...) and undici's fetch dispatcher
 * under a symbol, so removing a list of known dangers would not be enough.
 */
export const SUBMISSION_GLOBALS: ReadonlySet<string> = new Set([
  'Object', 'Function', 'Array', 'Number', 'parseFloat', 'parseInt', 'Infinity', 'NaN', 'undefined', 'Boolean', 'String',
  'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError', 'SuppressedError', 'globalThis', 'JSON', 'Math', 'Intl', 'ArrayBuffer',
  'SharedArrayBuffer', 'Atomics', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'BigUint64Array', 'BigInt64Array', 'Uint8ClampedArray', 'Float16Array', 'Float32Array', 'Float64Array', 'DataView',
  'Map', 'BigInt', 'Set', 'Iterator', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef',
  'DisposableStack', 'AsyncDisposableStack', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent',
  'escape', 'unescape', 'eval', 'isFinite', 'isNaN',
  'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
  'queueMicrotask', 'structuredClone', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'atob', 'btoa', 'DOMException',
]);

/**
 * A console that prints through the runner's capability. Node's own console holds the stdout
 * stream (`console._stdout`, a net.Socket when stdout is a pipe), and from a socket a submission
 * could open network connections; this one holds nothing but two functions.
 */
function quietConsole(print: Capabilities['print'], format: Capabilities['format']): Console {
  const out = (...args: unknown[]): void => print(1, `${format(...args)}\n`);
  const err = (...args: unknown[]): void => print(2, `${format(...args)}\n`);
  const nothing = (): void => {};
  return Object.freeze({
    log: out, info: out, debug: out, dir: out, table: out, warn: err, error: err, trace: err,
    assert: (ok: unknown, ...args: unknown[]) => (ok ? undefined : err('Assertion failed', ...args)),
    group: nothing, groupCollapsed: nothing, groupEnd: nothing, time: nothing, timeEnd: nothing, timeLog: nothing,
    count: nothing, countReset: nothing, clear: nothing,
  }) as unknown as Console;
}

/**
 * Intrinsics a submission can reach without a global name (through a literal, a generator or an
 * iterator) but which the engine's own loops and comparisons use: hardened along with the globals.
 */
function hiddenIntrinsics(): unknown[] {
  const proto = Object.getPrototypeOf;
  /* eslint-disable @typescript-eslint/no-empty-function */
  function* gen(): Generator<never> {}
  async function* agen(): AsyncGenerator<never> {}
  async function afn(): Promise<void> {}
  return [
    proto(Uint8Array), // %TypedArray%
    proto([][Symbol.iterator]()), proto(proto([][Symbol.iterator]())), // %ArrayIteratorPrototype%, %IteratorPrototype%
    proto(''[Symbol.iterator]()), proto(new Map()[Symbol.iterator]()), proto(new Set()[Symbol.iterator]()),
    proto(/a/g[Symbol.matchAll]('')), proto(gen), proto(gen()), proto(agen), proto(agen()), proto(afn),
    proto(proto(proto(agen()))), // %AsyncIteratorPrototype%
  ];
}

/**
 * Freezes every object reachable from `roots` through prototypes and own properties (values and
 * accessors), so a submission cannot bend what the engine relies on (`Math.abs = () => 0`,
 * `Array.prototype[Symbol.iterator]`, ...). This is the part of Node's `--frozen-intrinsics` the
 * sandbox needs, applied to the allowlisted globals only: a quarter of the cost, and every
 * sandboxed child pays it.
 */
function harden(roots: readonly unknown[]): void {
  const seen = new Set<object>();
  const stack = roots.filter((r): r is object => (typeof r === 'object' && r !== null) || typeof r === 'function');
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (seen.has(o)) continue;
    seen.add(o);
    Object.freeze(o);
    const p = Object.getPrototypeOf(o) as object | null;
    if (p !== null) stack.push(p);
    for (const key of Reflect.ownKeys(o)) {
      const d = Reflect.getOwnPropertyDescriptor(o, key)!;
      for (const v of [d.value, d.get, d.set]) if ((typeof v === 'object' && v !== null) || typeof v === 'function') stack.push(v as object);
    }
  }
}

function lockdown(caps: Capabilities): void {
  const g = globalThis as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(g)) {
    if (typeof key === 'string' ? SUBMISSION_GLOBALS.has(key) : key === Symbol.toStringTag) continue;
    // Fail closed: a global that cannot be removed stops the sandbox (every submission then reports it).
    if (!delete g[key]) throw new Error(`the sandbox could not remove the global ${String(key)}`);
  }
  Object.defineProperty(g, 'console', { value: quietConsole(caps.print, caps.format), writable: false, configurable: false, enumerable: false });
  const roots: unknown[] = hiddenIntrinsics();
  for (const name of Object.getOwnPropertyNames(g)) {
    const d = Object.getOwnPropertyDescriptor(g, name);
    if (d && d.configurable && 'value' in d) Object.defineProperty(g, name, { value: d.value, writable: false, configurable: false, enumerable: d.enumerable ?? false });
    if (name !== 'globalThis') roots.push(d?.value);
  }
  harden(roots);
}

/** Longest text kept in a result field: a submission's error message can be megabytes. */
const MAX_TEXT = 2000;

const clip = (s: string): string => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}… (cut)` : s);

/** A plain, bounded copy of the result: the parent validates it again, but nothing huge crosses the channel. */
function bounded(r: GradeResult): GradeResult {
  const tests = r.tests.map((t) => ({
    ...t, input: clip(t.input), got: clip(t.got), message: clip(t.message),
    ...(t.expected === undefined ? {} : { expected: clip(t.expected) }), ...(t.hint === undefined ? {} : { hint: clip(t.hint) }),
  }));
  const error: SubmissionError | undefined = r.error ? { ...r.error, message: clip(r.error.message) } : undefined;
  return { exercise: r.exercise, passed: r.passed, total: r.total, score: r.score, maxScore: r.maxScore, tests, ...(error ? { error } : {}) };
}

function grade(spec: ExerciseSpec, job: Job, caps: Capabilities): GradeResult {
  const options = { includeHidden: job.includeHidden };
  const module = { exports: {} as Record<string, unknown> };
  const refuse = (name: string): never => {
    throw new Error(REQUIRE_REFUSED(name));
  };
  try {
    // A SyntaxError here (code sucrase accepted but V8 does not) is a load error, as with the engine's `new Function`.
    caps.compile(job.code)(module.exports, module, refuse);
  } catch (e) {
    return failAll(spec, { kind: 'load', message: `Your code threw while loading: ${describeError(e)}` }, options);
  }
  try {
    return gradeExports(spec, module.exports, options);
  } catch (e) {
    // The engine guards every call into the submission but not a hostile exports object (a getter that throws).
    return failAll(spec, { kind: 'load', message: `Your code's exports could not be read: ${describeError(e)}` }, options);
  }
}

/**
 * Runs one job in the child: lockdown, "ready", grade, one result line, exit.
 * Example (in the child's boot script): `start(spec, job, { report, compile, exit })`.
 */
export function start(spec: ExerciseSpec, job: Job, caps: Capabilities): void {
  lockdown(caps);
  caps.report(`${job.nonce} ready`);
  let line: string;
  try {
    line = JSON.stringify(bounded(grade(spec, job, caps)));
  } catch (e) {
    line = JSON.stringify({ runnerError: clip(describeError(e)) });
  }
  caps.report(`${job.nonce} result ${line}`);
  caps.exit(0);
}
