/**
 * `npm run bench`: runs every benchmark suite, prints a table per suite, then one JSON line per
 * case (numerics: `case`, `kernelMs`, `tfjsMs`, `ratio` = tfjsMs / kernelMs; training: see mlp.ts;
 * grading: `grade-1000`, submissions per second through the sandboxed command line, see grade.ts).
 * To add a benchmark, write a module exporting a `BenchSuite` and list it in `suites`.
 * Exits 1 only if a case fails its own check (kernel and reference outputs disagree; grading did not
 * grade every submission or let a loop run on).
 */
import { cpus } from 'node:os';
import { numerics } from './numerics.ts';
import { mlp } from './mlp.ts';
import { grade } from './grade.ts';
import type { BenchSuite, SuiteReport } from './report.ts';

const suites: readonly BenchSuite[] = [numerics, mlp, grade];

const cpu = cpus()[0]?.model ?? 'unknown cpu';
console.log(`# nonlinear bench: node ${process.version}, ${process.platform}-${process.arch}, ${cpu}, ${new Date().toISOString()}`);

const reports: SuiteReport[] = [];
for (const suite of suites) {
  const report = await suite.run();
  console.log(`\n${suite.name}\n${report.table}`);
  reports.push(report);
}

console.log('');
for (const line of reports.flatMap((r) => r.lines)) console.log(JSON.stringify(line));

const bad = reports.flatMap((r) => r.failures);
if (bad.length > 0) {
  console.error(`\ncases that failed their check (kernel vs reference beyond tolerance, or grading incomplete): ${bad.join(', ')}`);
  process.exitCode = 1;
}
