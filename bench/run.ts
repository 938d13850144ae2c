/**
 * `npm run bench`: runs every benchmark suite, prints a table per suite, then one JSON line per
 * case (numerics: `case`, `kernelMs`, `tfjsMs`, `ratio` = tfjsMs / kernelMs; training: see mlp.ts;
 * grading: `grade-1000`, submissions per second through the sandboxed command line, see grade.ts;
 * widgets: `widget-<id>`, input-to-figure milliseconds in Chromium with `p95OverTarget`, see widgets.ts).
 * `npm run bench -- widgets mlp` runs only the suites named. To add a benchmark, write a module
 * exporting a `BenchSuite` and list it in `suites`.
 * Exits 1 only if a case fails its own check (kernel and reference outputs disagree; grading did not
 * grade every submission or let a loop run on; a widget did not render).
 */
import { cpus } from 'node:os';
import { numerics } from './numerics.ts';
import { mlp } from './mlp.ts';
import { grade } from './grade.ts';
import { widgets } from './widgets.ts';
import type { BenchSuite, SuiteReport } from './report.ts';

const all: Record<string, BenchSuite> = { numerics, mlp, grade, widgets };
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in all));
if (unknown.length > 0) throw new Error(`unknown bench suite(s) ${unknown.join(', ')}; known: ${Object.keys(all).join(', ')}`);
const suites: readonly BenchSuite[] = wanted.length > 0 ? wanted.map((name) => all[name]!) : Object.values(all);

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
  console.error(`\ncases that failed their check (kernel vs reference beyond tolerance, grading incomplete, or a widget did not render): ${bad.join(', ')}`);
  process.exitCode = 1;
}
