/**
 * Hostile submissions (tests/grade/fixtures/hostile/*.ts.txt), graded in one batch next to a
 * correct one: each gets zero with a clear reason, the batch completes, the correct submission
 * keeps full marks, and nothing a submission prints or tries reaches the grader's output.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folder, grade, type JsonOut, type Run } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'hostile');
const cases = readdirSync(FIXTURES).filter((f) => f.endsWith('.ts.txt')).map((f) => f.replace(/\.ts\.txt$/, ''));
const SECRET = 'grader-secret-7f3a9c';

let dir: string;
let run: Run;
let byStudent: Map<string, JsonOut[number]>;

beforeAll(async () => {
  dir = folder(Object.fromEntries(cases.map((c) => [`${c}/sigmoid.ts`, readFileSync(join(FIXTURES, `${c}.ts.txt`), 'utf8')])));
  // A generous limit, so that on a busy machine only the endless submissions run out of time.
  run = await grade(['--exercise', 'sigmoid', '--timeout', '8', '--jobs', '2', dir], { NONLINEAR_SECRET: SECRET });
  byStudent = new Map((JSON.parse(run.stdout) as JsonOut).map((r) => [r.student, r]));
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const outputOf = (student: string): string => {
  const r = byStudent.get(student)!;
  return [r.output, ...r.tests.map((t) => t.output)].join('\n');
};

describe('grading hostile submissions', () => {
  it('the batch completes: exit 0, one result per submission, stdout is only the JSON array', () => {
    expect(run.code, run.stderr).toBe(0);
    expect([...byStudent.keys()].sort()).toEqual([...cases].sort());
    expect(run.stdout.trimStart().startsWith('[')).toBe(true);
    expect(run.stdout).not.toContain('forged');
  });

  it('a correct submission in the same batch keeps full marks', () => {
    const good = byStudent.get('good')!;
    expect(good.score).toBe(good.max_score);
    expect(good.max_score).toBeGreaterThan(12); // hidden tests included
  });

  it('every hostile submission scores zero', () => {
    for (const c of cases.filter((c) => c !== 'good')) expect(byStudent.get(c)!.score, c).toBe(0);
  });

  const reasons: Record<string, RegExp> = {
    'loop-in-function': /did not finish within 8 s/,
    'loop-at-load': /did not finish within 8 s/,
    'heap-exhaustion': /ran out of memory|did not finish within 8 s/,
    'huge-buffer': /Array buffer allocation failed/,
    'read-file-require': /imports are not available in exercises \(tried to import "fs"\)/,
    'read-file-process': /Cannot read properties of undefined/,
    'read-env': /ENV:\{\}/,
    'print-megabytes': /printed more than 64 KB/,
    'throws-at-load': /Your code threw while loading: Error: boom at load/,
    'syntax-error': /Syntax error on line 2/,
    'wrong-export': /Expected an exported function named "sigmoid".*exports "sigmod"/,
    'fake-results': /the result is -1, expected/,
    'patch-builtins': /Cannot assign to read only property 'abs'/,
    'eval-and-function': /EvalError: Code generation from strings disallowed/,
    'kill-grader': /Cannot read properties of undefined \(reading 'kill'\)/,
    'huge-error': /Error: y{100}.*\(cut\)/s,
    'ways-out': /got: "none"/,
    'patch-hidden-intrinsics': /got: "none"/,
    'read-file-import': /the result is NaN/,
  };
  for (const [c, reason] of Object.entries(reasons)) {
    it(`${c}: the output says why`, () => expect(outputOf(c)).toMatch(reason));
  }

  it('no submission read a file or the environment: neither /etc/passwd nor the grader’s variables appear anywhere', () => {
    expect(run.stdout).not.toContain('root:');
    expect(run.stdout).not.toContain(SECRET);
    expect(run.stdout).not.toContain('PATH');
  });

  it('output is bounded: a 1 MB error message and a 10 MB print leave a small result', () => {
    expect(outputOf('huge-error').length).toBeLessThan(100_000);
    expect(run.stdout.length).toBeLessThan(2_000_000);
  });

  it('every fixture has its expected reason listed here', () => {
    expect(Object.keys(reasons).sort()).toEqual(cases.filter((c) => c !== 'good').sort());
  });
});
