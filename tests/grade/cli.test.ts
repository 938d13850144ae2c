/**
 * The command line as instructors' scripts call it: the default formats, each format's shape,
 * the three input layouts and progress files, --out, progress on stderr only, and usage errors
 * (exit 2, one line on stderr, nothing on stdout).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyProgress, exportProgress, recordExerciseCode } from '../../src/lib/progress.ts';
import { exerciseFile, folder, grade, REPO, type GradescopeOut, type JsonOut } from './helpers.ts';

const solution = exerciseFile('relu', 'solution.ts');
const wrong = 'export function relu(x: number): number { return Math.abs(x); }';
const sigmoid = exerciseFile('sigmoid', 'solution.ts');

function progressFile(code: Record<string, string>): string {
  let p = emptyProgress();
  for (const [id, c] of Object.entries(code)) p = recordExerciseCode(p, id, c, new Date('2025-01-01T00:00:00Z'));
  return exportProgress(p, new Date('2025-01-02T00:00:00Z'));
}

const dirs: string[] = [];
const make = (files: Record<string, string>): string => {
  const d = folder(files);
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const T = ['--timeout', '20'];

describe('npm run grade: one file', { timeout: 300_000 }, () => {
  it('prints one Gradescope results.json object by default, hidden tests marked, exit 0', async () => {
    const d = make({ 'ada.ts': solution });
    const run = await grade(['--exercise', 'relu', ...T, join(d, 'ada.ts')]);
    expect(run.code, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout) as GradescopeOut;
    expect(Object.keys(r).sort()).toEqual(['execution_time', 'max_score', 'output', 'score', 'tests']);
    expect(r.score).toBe(r.max_score);
    expect(r.execution_time).toBeGreaterThan(0);
    const hidden = r.tests.filter((t) => t.visibility === 'hidden');
    expect(hidden.length).toBeGreaterThan(0);
    for (const t of hidden) expect(t.name.startsWith('[hidden] ')).toBe(true);
    for (const t of r.tests) expect(Object.keys(t).sort()).toEqual(['max_score', 'name', 'output', 'score', 'status', 'visibility']);
    expect(run.stderr).toBe(''); // no progress for a single submission
  });

  it('a wrong answer is still exit 0, with failed tests that say why', async () => {
    const d = make({ 'bo.js': wrong.replace(': number', '').replace(': number', '') });
    const run = await grade(['--exercise', 'relu', ...T, join(d, 'bo.js')]);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout) as GradescopeOut;
    expect(r.score).toBeLessThan(r.max_score);
    expect(r.tests.find((t) => t.name === 'relu(-3) is 0')).toMatchObject({ status: 'failed', score: 0, output: expect.stringContaining('the result is 3, expected 0') });
  });

  it('runs through npm as documented (npm run -s grade)', () => {
    const d = make({ 'cy.ts': solution });
    const run = spawnSync('npm', ['run', '-s', 'grade', '--', '--exercise', 'relu', ...T, join(d, 'cy.ts')], { cwd: REPO, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as GradescopeOut).score).toBeGreaterThan(0);
  });
});

describe('npm run grade: a class', { timeout: 300_000 }, () => {
  const progress = progressFile({ relu: solution, sigmoid });
  const damaged = '{ "format": "nonlinear-progress", "version": 2, ';

  it('walks <dir>/<student>.ts, <dir>/<student>/<id>.ts and <dir>/<student>.json; json by default; progress on stderr', async () => {
    const d = make({ 'flat.ts': wrong, 'folder/relu.ts': solution, 'folder/notes.txt': 'ignored', 'reader.json': progress, 'broken.json': damaged, 'none/sigmoid.ts': sigmoid });
    const run = await grade(['--exercise', 'relu', ...T, '--jobs', '2', d]);
    expect(run.code, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as JsonOut;
    const by = new Map(rows.map((r) => [r.student, r]));
    expect([...by.keys()]).toEqual(['broken', 'flat', 'folder', 'none', 'reader']);
    for (const r of rows) expect(r.exercise).toBe('relu');
    expect(by.get('folder')!.score).toBe(by.get('folder')!.max_score);
    expect(by.get('reader')!.score).toBe(by.get('reader')!.max_score);
    expect(by.get('flat')!.score).toBeLessThan(by.get('flat')!.max_score);
    expect(by.get('broken')).toMatchObject({ score: 0, output: expect.stringContaining('The progress file could not be read') });
    expect(by.get('none')).toMatchObject({ score: 0, tests: [], output: 'No submission for exercise relu.' });
    expect(run.stderr).toMatch(/graded 5 submissions in [\d.]+ s/);
  });

  it('--exercise all --format csv: a gradebook row per student, columns in course order, a total', async () => {
    const d = make({ 'ann/relu.ts': solution, 'ann/sigmoid.ts': sigmoid, 'ben.json': progressFile({ relu: wrong }) });
    const run = await grade(['--exercise', 'all', '--format', 'csv', ...T, d]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe('student,sigmoid,relu,total');
    const [ann, ben] = [lines[1]!.split(','), lines[2]!.split(',')];
    expect(ann[0]).toBe('ann');
    expect(Number(ann[3])).toBe(Number(ann[1]) + Number(ann[2]));
    expect(Number(ann[1])).toBeGreaterThan(12);
    expect(ben.slice(0, 2)).toEqual(['ben', '']); // no sigmoid in ben's progress file
    expect(Number(ben[2])).toBeLessThan(Number(ann[2]));
    expect(lines.slice(3)).toEqual(['']);
  });

  it('a single progress file with --exercise all is one Gradescope object for that reader', async () => {
    const d = make({ 'dee.json': progressFile({ relu: solution, sigmoid }) });
    const run = await grade(['--exercise', 'all', ...T, join(d, 'dee.json')]);
    expect(run.code, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout) as GradescopeOut;
    expect(r.score).toBe(r.max_score);
    expect(r.tests.some((t) => t.name.startsWith('sigmoid: '))).toBe(true);
    expect(r.tests.some((t) => t.name.startsWith('relu: '))).toBe(true);
  });

  it('--format junit gives JUnit XML; --out writes it atomically and leaves stdout empty', async () => {
    const d = make({ 'eve/relu.ts': solution, 'fay/relu.ts': wrong, 'grades.xml': 'old contents' });
    const out = join(d, 'grades.xml');
    const run = await grade(['--exercise', 'relu', '--format', 'junit', '--out', out, ...T, d]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const doc = readFileSync(out, 'utf8');
    expect(doc).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="nonlinear"/);
    expect(doc).toContain('<testsuite name="eve/relu"');
    expect(doc).toMatch(/<failure message="the result is 3, expected 0 \(off by 3\.00\)" type="assertion">input: -3\n/);
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('npm run grade: usage errors', () => {
  const d = folder({ 'a.ts': solution, 'b.ts': solution, 'x.txt': 'hello' });
  dirs.push(d);
  const cases: [string, string[], RegExp][] = [
    ['an unknown exercise', ['--exercise', 'softplus', join(d, 'a.ts')], /^grade: unknown exercise "softplus"/],
    ['no such file', ['--exercise', 'relu', join(d, 'nope.ts')], /^grade: no such file or directory: .*nope\.ts$/],
    ['an unknown flag', ['--exercise', 'relu', '--frobnicate', join(d, 'a.ts')], /^grade: Unknown option '--frobnicate'/],
    ['a bad format', ['--exercise', 'relu', '--format', 'xlsx', join(d, 'a.ts')], /^grade: --format must be one of gradescope, json, csv, junit/],
    ['a bad timeout', ['--exercise', 'relu', '--timeout', '0', join(d, 'a.ts')], /^grade: --timeout must be a number of seconds/],
    ['a bad jobs count', ['--exercise', 'relu', '--jobs', '1.5', join(d, 'a.ts')], /^grade: --jobs must be a whole number/],
    ['no --exercise', [join(d, 'a.ts')], /^grade: --exercise <id\|all> is required$/],
    ['no submissions', ['--exercise', 'relu'], /^grade: no submissions given/],
    ['a file type the grader does not read', ['--exercise', 'relu', join(d, 'x.txt')], /^grade: .*x\.txt: a submission is a \.ts, \.js or progress \.json file$/],
    ['gradescope for several students', ['--exercise', 'relu', '--format', 'gradescope', d], /^grade: --format gradescope describes one student's submission/],
    ['--exercise all with files not named after an exercise', ['--exercise', 'all', join(d, 'a.ts')], /^grade: .*a\.ts: with --exercise all/],
  ];
  it.concurrent.each(cases)('%s: exit 2, one line on stderr, nothing on stdout', async (_what, args, message) => {
    const run = await grade(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
  }, 300_000);

  it('--help prints the usage on stdout, exit 0', async () => {
    const run = await grade(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--exercise <id|all>');
  }, 120_000);

  it('a usage error writes no --out file', async () => {
    const out = join(d, 'never.json');
    const run = await grade(['--exercise', 'softplus', '--out', out, join(d, 'a.ts')]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
