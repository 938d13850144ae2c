/**
 * The exercises the command line grades: every folder of content/exercises/ with a spec.ts, its
 * hidden.ts (if any) merged in, in course order (by chapter, then by where the chapter embeds
 * the exercise), the order of the gradebook's columns.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExerciseSpec, TestCase } from '@nonlinear/grader';
import { orderExercises, type ChapterInfo } from '../../src/exercises/order.ts';
import { withHidden } from './merge-hidden.ts';

/** The repository root (this file is scripts/grade/exercises.ts). */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const EXERCISES_DIR = join(REPO_ROOT, 'content', 'exercises');

/** An exercise as the command line sees it: the merged spec and the files it came from. */
export interface Exercise {
  id: string;
  spec: ExerciseSpec;
  specFile: string;
  /** content/exercises/<id>/hidden.ts, when the exercise has instructor-only tests. */
  hiddenFile?: string;
}

function chapters(): ChapterInfo[] {
  const dir = join(REPO_ROOT, 'content', 'chapters');
  return readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).map((f) => {
    const body = readFileSync(join(dir, f), 'utf8');
    const order = /^order:\s*(\d+)\s*$/m.exec(body);
    return { slug: f.replace(/\.mdx?$/, ''), order: order ? Number(order[1]) : Number.POSITIVE_INFINITY, title: f, body };
  });
}

/**
 * Loads every exercise, hidden tests merged, in course order.
 * Example: `(await loadExercises()).map((e) => e.id)` starts `['sigmoid', 'sigmoid-grad', ...]`.
 */
export async function loadExercises(): Promise<Exercise[]> {
  const ids = readdirSync(EXERCISES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXERCISES_DIR, d.name, 'spec.ts')))
    .map((d) => d.name);
  const list = await Promise.all(ids.map(async (id): Promise<Exercise> => {
    const specFile = join(EXERCISES_DIR, id, 'spec.ts');
    const hiddenFile = join(EXERCISES_DIR, id, 'hidden.ts');
    const spec = ((await import(pathToFileURL(specFile).href)) as { default: ExerciseSpec }).default;
    if (spec.id !== id) throw new Error(`content/exercises/${id}/spec.ts declares the id "${spec.id}"`);
    if (!existsSync(hiddenFile)) return { id, spec, specFile };
    const hidden = ((await import(pathToFileURL(hiddenFile).href)) as { default: TestCase[] }).default;
    return { id, spec: withHidden(spec, hidden), specFile, hiddenFile };
  }));
  return orderExercises(list.map((e) => ({ ...e, chapter: e.spec.chapter })), chapters());
}
