/**
 * The exercises prove themselves on every run: for each folder in content/exercises, the reference
 * solution scores full marks, the starter does not, and every known-wrong variant fails at least
 * one test (so the tests catch the mistakes they were written for).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gradeSource, type ExerciseSpec } from '@nonlinear/grader';
import { describe, expect, it } from 'vitest';

const root = join(process.cwd(), 'content', 'exercises');
const ids = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

async function load(id: string): Promise<ExerciseSpec> {
  return ((await import(pathToFileURL(join(root, id, 'spec.ts')).href)) as { default: ExerciseSpec }).default;
}

const read = (id: string, file: string): string => readFileSync(join(root, id, file), 'utf8');

describe('exercise proofs', () => {
  it('there are exercises, each with a statement, starter, solution, spec and known-wrong variants', () => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      for (const f of ['statement.mdx', 'starter.ts', 'solution.ts', 'spec.ts']) expect(existsSync(join(root, id, f)), `${id}/${f}`).toBe(true);
      expect(readdirSync(join(root, id, 'wrong')).filter((f) => f.endsWith('.ts')).length, `${id}/wrong`).toBeGreaterThan(0);
    }
  });

  for (const id of ids) {
    describe(id, () => {
      it('the spec names its folder and has hints', async () => {
        const spec = await load(id);
        expect(spec.id).toBe(id);
        expect(spec.hints.length).toBeGreaterThan(0);
      });

      it('the reference solution scores full marks, hidden tests included', async () => {
        const spec = await load(id);
        const r = gradeSource(spec, read(id, 'solution.ts'), { includeHidden: true });
        expect(r.error).toBeUndefined();
        expect(r.tests.filter((t) => !t.passed).map((t) => `${t.name}: ${t.message}`)).toEqual([]);
        expect(r.score).toBe(r.maxScore);
      });

      it('the starter does not pass', async () => {
        const spec = await load(id);
        const r = gradeSource(spec, read(id, 'starter.ts'));
        expect(r.error, 'the starter compiles and has the export').toBeUndefined();
        expect(r.score).toBeLessThan(r.maxScore);
      });

      const wrong = existsSync(join(root, id, 'wrong')) ? readdirSync(join(root, id, 'wrong')).filter((f) => f.endsWith('.ts')) : [];
      for (const file of wrong) {
        it(`the known-wrong variant ${file} fails at least one test`, async () => {
          const spec = await load(id);
          const r = gradeSource(spec, read(id, join('wrong', file)));
          expect(r.error, `${file} should compile and export ${spec.exportName}: a wrong answer, not a broken file`).toBeUndefined();
          expect(r.passed).toBeLessThan(r.total);
        });
      }
    });
  }
});
