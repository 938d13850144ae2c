/**
 * `npm run bench`: runs every benchmark suite, prints a table per suite, then one JSON line per
 * case (fields `case`, `kernelMs`, `tfjsMs`, `ratio` = tfjsMs / kernelMs, plus extras).
 * To add a benchmark, write a module exporting a `BenchSuite` and list it in `suites`.
 * Exits 1 only if a case's kernel and reference outputs disagree.
 */
import { cpus } from 'node:os';
import { numerics } from './numerics.ts';
import { formatTable, jsonLine, type BenchSuite, type CaseResult } from './report.ts';

const suites: readonly BenchSuite[] = [numerics];

const cpu = cpus()[0]?.model ?? 'unknown cpu';
console.log(`# nonlinear bench: node ${process.version}, ${process.platform}-${process.arch}, ${cpu}, ${new Date().toISOString()}`);

const results: CaseResult[] = [];
for (const suite of suites) {
  const rs = await suite.run();
  console.log(`\n${suite.name}\n${formatTable(rs)}`);
  results.push(...rs);
}

console.log('');
for (const r of results) console.log(jsonLine(r));

const bad = results.filter((r) => !r.agrees).map((r) => r.case);
if (bad.length > 0) {
  console.error(`\nkernel and reference disagree beyond tolerance: ${bad.join(', ')}`);
  process.exitCode = 1;
}
