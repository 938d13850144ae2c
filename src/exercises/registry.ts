/**
 * Every exercise of content/exercises/, read at build time: its spec, starter, reference solution
 * and statement (an MDX component, typeset with the site's KaTeX pipeline). Only Astro pages and
 * components import this file; the browser gets what they render, and the sandbox worker imports
 * the specs on its own.
 */
import type { ExerciseSpec } from '@nonlinear/grader';
import { chaptersInOrder, chapterSlug, type Chapter } from '../lib/chapters';
import { orderExercises } from './order';

type StatementComponent = (props: Record<string, never>) => unknown;

const specs = import.meta.glob<ExerciseSpec>('/content/exercises/*/spec.ts', { eager: true, import: 'default' });
const starters = import.meta.glob<string>('/content/exercises/*/starter.ts', { eager: true, query: '?raw', import: 'default' });
const solutions = import.meta.glob<string>('/content/exercises/*/solution.ts', { eager: true, query: '?raw', import: 'default' });
const statements = import.meta.glob<StatementComponent>('/content/exercises/*/statement.mdx', { eager: true, import: 'default' });

/** One exercise with everything its page needs. */
export interface ExerciseEntry {
  id: string;
  spec: ExerciseSpec;
  starter: string;
  solution: string;
  Statement: StatementComponent;
}

function pick<T>(files: Record<string, T>, id: string, name: string): T {
  const value = files[`/content/exercises/${id}/${name}`];
  if (value === undefined) throw new Error(`content/exercises/${id}/ has no ${name}`);
  return value;
}

/**
 * All exercises, keyed by id. Throws, failing the build, when a folder lacks a file or its
 * spec's id differs from the folder name.
 */
function loadAll(): Map<string, ExerciseEntry> {
  const all = new Map<string, ExerciseEntry>();
  for (const [path, spec] of Object.entries(specs)) {
    const id = path.split('/')[3]!;
    if (spec.id !== id) throw new Error(`${path}: the spec's id is "${spec.id}", not the folder name "${id}"`);
    all.set(id, { id, spec, starter: pick(starters, id, 'starter.ts'), solution: pick(solutions, id, 'solution.ts'), Statement: pick(statements, id, 'statement.mdx') });
  }
  return all;
}

const ALL = loadAll();

/** The exercise `id`; throws when there is none (a typo in a chapter fails the build). Example: `exercise('relu').spec.exportName` is `'relu'`. */
export function exercise(id: string): ExerciseEntry {
  const e = ALL.get(id);
  if (!e) throw new Error(`there is no exercise "${id}" in content/exercises/ (known: ${[...ALL.keys()].join(', ')})`);
  return e;
}

/** An exercise with its chapter. */
export interface PlacedExercise extends ExerciseEntry {
  chapter: Chapter;
}

/** All exercises in course order, each with its chapter. Example: `(await exercisesInOrder())[0].id` is `'sigmoid'`. */
export async function exercisesInOrder(): Promise<PlacedExercise[]> {
  const chapters = await chaptersInOrder();
  const info = chapters.map((c) => ({ slug: chapterSlug(c), order: c.data.order, title: c.data.title, body: c.body ?? '' }));
  const placed = [...ALL.values()].map((e) => ({ ...e, chapter: e.spec.chapter }));
  return orderExercises(placed, info).map((e) => ({ ...e, chapter: chapters.find((c) => chapterSlug(c) === e.spec.chapter)! }));
}
