/**
 * Same verdict as the browser: every exercise's reference solution, starter and known-wrong
 * variants (plus code that does not compile, throws while loading, or misnames its export) are
 * graded by the command line, each in its sandboxed child, and by the engine in this process
 * (`gradeSource`, what the browser's worker runs), hidden tests included. Every test's verdict,
 * points and message must agree.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gradeSource } from '@nonlinear/grader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExercises, type Exercise } from '../../scripts/grade/exercises.ts';
import { folder, grade, REPO, type JsonOut } from './helpers.ts';

const root = join(REPO, 'content', 'exercises');
const broken: Record<string, (e: Exercise) => string> = {
  'syntax-error': () => 'export function f(x: number) {\n  return (x;\n}',
  'throws-at-load': () => 'const a: number[] = [];\na[0]!.toFixed();\nexport const f = 1;',
  'misnamed-export': (e) => `export function ${e.spec.exportName}Typo() { return 0; }`,
};

let exercises: Exercise[];
let files: Record<string, string>;
let rows: JsonOut;
let dir: string;

beforeAll(async () => {
  exercises = await loadExercises();
  files = {};
  for (const e of exercises) {
    files[`solution/${e.id}.ts`] = readFileSync(join(root, e.id, 'solution.ts'), 'utf8');
    files[`starter/${e.id}.ts`] = readFileSync(join(root, e.id, 'starter.ts'), 'utf8');
    for (const w of readdirSync(join(root, e.id, 'wrong')).filter((f) => f.endsWith('.ts'))) {
      files[`wrong-${w.replace(/\.ts$/, '')}/${e.id}.ts`] = readFileSync(join(root, e.id, 'wrong', w), 'utf8');
    }
  }
  for (const e of exercises.filter((x) => ['sigmoid', 'softmax', 'mlp-backward'].includes(x.id))) {
    for (const [name, make] of Object.entries(broken)) files[`${name}/${e.id}.ts`] = make(e);
  }
  dir = folder(files);
  const run = await grade(['--exercise', 'all', '--format', 'json', '--timeout', '60', '--jobs', '3', dir]);
  expect(run.code, run.stderr).toBe(0);
  rows = (JSON.parse(run.stdout) as JsonOut).filter((r) => `${r.student}/${r.exercise}.ts` in files);
}, 1_800_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the command line and the in-process engine agree', () => {
  it('grades every file it was given', () => {
    expect(rows.length).toBe(Object.keys(files).length);
  });

  it('on every test of every solution, starter, wrong variant and broken file', () => {
    const specs = new Map(exercises.map((e) => [e.id, e.spec]));
    let compared = 0;
    for (const row of rows) {
      const where = `${row.student}/${row.exercise}`;
      const engine = gradeSource(specs.get(row.exercise)!, files[`${where}.ts`]!, { includeHidden: true });
      expect([row.score, row.max_score], where).toEqual([engine.score, engine.maxScore]);
      expect(row.tests.map((t) => t.name), where).toEqual(engine.tests.map((t) => `${t.hidden ? '[hidden] ' : ''}${t.name}`));
      engine.tests.forEach((t, i) => {
        const cli = row.tests[i]!;
        expect([cli.status, cli.score], `${where}: ${t.name}`).toEqual([t.passed ? 'passed' : 'failed', t.points]);
        if (!t.passed) expect(cli.output.startsWith(t.message), `${where}: ${t.name}: ${cli.output} vs ${t.message}`).toBe(true);
        compared += 1;
      });
      if (engine.error) expect(row.output, where).toContain(engine.error.message);
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('the solutions score full marks and every wrong variant loses points, through the sandbox too', () => {
    for (const row of rows) {
      if (row.student === 'solution') expect(row.score, row.exercise).toBe(row.max_score);
      else expect(row.score, `${row.student}/${row.exercise}`).toBeLessThan(row.max_score);
    }
  });
});
