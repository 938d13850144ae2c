// Prints "N passed, N failed" from Vitest's JSON report: the closing line of .ci/run.
//   node scripts/test-totals.mjs reports/vitest.json <exit status of npm test>
import { readFileSync } from 'node:fs';

const [reportPath, statusArg = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests;
  // A test file that fails to load has no results of its own: count it as one failure.
  const broken = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed = report.numFailedTests + broken;
} catch {
  failed = 1; // no report: the typecheck stopped npm test before Vitest ran
}
if (Number(statusArg) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
