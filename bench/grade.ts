/**
 * Grading benchmark (issue 7): 1000 submissions of the relu exercise through the command line,
 * `node scripts/grade/main.ts --exercise relu --format json --timeout 2 --jobs <cores>`, each in
 * its own sandboxed child process: 60% the reference solution, 38% known-wrong variants, 2%
 * `while (true) {}` that run into the 2 s limit.
 *
 * Reported: `submissionsPerSec`, the rate excluding time-outs (graded submissions that did not
 * time out, over the wall time minus the time-outs' share of it: each occupied one of the `jobs`
 * slots for its wall time), the target being at least 20 per second on 2 cores; `overallPerSec`,
 * everything over the whole wall time; and, on Linux, `cpuMsPerSubmission`, the CPU time of the
 * grader and all its children (from /proc/self/stat's cutime and cstime) per submission, which
 * does not depend on what else the machine is doing, and `cpuBoundPerSecOn2Cores` = 2000 /
 * cpuMsPerSubmission, the rate two idle cores would allow; `cpuMsPerGraded`, the same without the
 * time-outs' CPU, next to `bareNodeCpuMs`, what a child that does nothing costs, and their ratio:
 * how much of a submission's cost is the grader rather than starting Node. BENCH_GRADE_N changes
 * the count.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignedTable, type BenchSuite } from './report.ts';

const ROOT = join(import.meta.dirname, '..');
const EXERCISE = join(ROOT, 'content', 'exercises', 'relu');
// Long enough that a correct submission never runs into it even on a loaded machine (where the
// wall clock of a 10 ms grading can stretch past a second), short enough to keep the loops cheap.
const TIMEOUT = 2;

/** CPU seconds of this process's waited-for children (Linux), or null. */
function childrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in USER_HZ ticks (100 on Linux)
  } catch {
    return null;
  }
}

/**
 * CPU milliseconds of a child that does nothing, `node --permission --single-threaded -e 0`
 * (median of `runs`): the floor any one-process-per-submission grader pays on this machine.
 */
function bareNodeCpuMs(runs = 21): number | null {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = childrenCpuSeconds();
    spawnSync(process.execPath, ['--permission', '--single-threaded', '-e', '0'], { env: {}, stdio: 'ignore' });
    const after = childrenCpuSeconds();
    if (before === null || after === null) return null;
    samples.push((after - before) * 1000);
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[runs >> 1]!);
}

function makeClass(n: number): { dir: string; loops: number } {
  const dir = mkdtempSync(join(tmpdir(), 'nonlinear-bench-grade-'));
  const solution = readFileSync(join(EXERCISE, 'solution.ts'), 'utf8');
  const wrong = readdirSync(join(EXERCISE, 'wrong')).map((f) => readFileSync(join(EXERCISE, 'wrong', f), 'utf8'));
  let loops = 0;
  for (let i = 0; i < n; i++) {
    const k = i % 50; // per 50: 1 loop, 19 wrong, 30 correct
    const source = k === 0 ? 'export function relu(x: number): number { while (true) {} }' : k < 20 ? wrong[k % wrong.length]! : solution;
    if (k === 0) loops += 1;
    mkdirSync(join(dir, `s${String(i).padStart(4, '0')}`));
    writeFileSync(join(dir, `s${String(i).padStart(4, '0')}`, 'relu.ts'), source);
  }
  return { dir, loops };
}

export const grade: BenchSuite = {
  name: 'grading (command line, one sandboxed child per submission)',
  async run() {
    const n = Number(process.env.BENCH_GRADE_N ?? 1000);
    const jobs = availableParallelism();
    const bareMs = bareNodeCpuMs();
    const { dir, loops } = makeClass(n);
    const out = join(dir, 'results.json');
    const cpu0 = childrenCpuSeconds();
    const start = performance.now();
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'scripts', 'grade', 'main.ts'), '--exercise', 'relu', '--format', 'json', '--timeout', String(TIMEOUT), '--jobs', String(jobs), '--out', out, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('close', resolve);
    });
    const wall = (performance.now() - start) / 1000;
    const cpu1 = childrenCpuSeconds();
    const rows = JSON.parse(readFileSync(out, 'utf8')) as { output: string; execution_time: number; score: number; max_score: number }[];
    rmSync(dir, { recursive: true, force: true });
    const timedOut = rows.filter((r) => r.output.includes('did not finish within'));
    const timeoutSlotSeconds = timedOut.reduce((s, r) => s + r.execution_time, 0) / jobs;
    const graded = rows.length - timedOut.length;
    const line = {
      case: `grade-${n}`,
      submissions: rows.length,
      timedOut: timedOut.length,
      expectedTimeOuts: loops,
      fullMarks: rows.filter((r) => r.score === r.max_score).length,
      jobs,
      wallSeconds: Math.round(wall * 10) / 10,
      submissionsPerSec: Math.round((graded / (wall - timeoutSlotSeconds)) * 10) / 10,
      overallPerSec: Math.round((rows.length / wall) * 10) / 10,
      cpuMsPerSubmission: cpu0 === null || cpu1 === null ? null : Math.round(((cpu1 - cpu0) * 1000) / rows.length),
      cpuBoundPerSecOn2Cores: cpu0 === null || cpu1 === null ? null : Math.round((2 / ((cpu1 - cpu0) / rows.length)) * 10) / 10,
      // The same accounting without the time-outs' CPU (each spins for its wall time, so its wall time is taken as its CPU time).
      cpuMsPerGraded: cpu0 === null || cpu1 === null ? null : Math.round(((cpu1 - cpu0) * 1000 - timedOut.reduce((s, r) => s + r.execution_time * 1000, 0)) / graded),
      bareNodeCpuMs: bareMs,
    };
    const ratio = line.cpuMsPerGraded !== null && bareMs ? Math.round((line.cpuMsPerGraded / bareMs) * 100) / 100 : null;
    // Fewer time-outs than loops would mean a loop was not stopped; more mean the machine was too busy for the limit.
    const failures = code !== 0 || rows.length !== n || timedOut.length < loops ? [`grade-${n}`] : [];
    const table = alignedTable(
      ['case', 'per s (excl. time-outs)', 'per s (all)', 'CPU ms per graded', 'bare node CPU ms', 'ratio', 'time-outs', 'jobs'],
      [[line.case, String(line.submissionsPerSec), String(line.overallPerSec), String(line.cpuMsPerGraded ?? 'n/a'), String(bareMs ?? 'n/a'), String(ratio ?? 'n/a'), `${timedOut.length}/${loops}`, String(jobs)]],
    );
    return { table, lines: [{ ...line, cpuPerGradedOverBareNode: ratio }], failures };
  },
};
