/**
 * Course order of the exercises, worked out from the chapters themselves: by chapter `order`, then
 * by where the chapter embeds each exercise (`<Exercise id="…" />`, or the `{/* exercise: … *\/}`
 * marker it replaces). An exercise no chapter embeds comes after those of its chapter, by id.
 * Pure: no Astro, so it is unit-tested in Node.
 */

/** What ordering needs to know about a chapter. */
export interface ChapterInfo {
  slug: string;
  order: number;
  title: string;
  /** The chapter's MDX source. */
  body: string;
}

/** Where chapter `body` embeds exercise `id`, as a character offset, or Infinity when it does not. */
export function embedPosition(body: string, id: string): number {
  const at = [body.indexOf(`<Exercise id="${id}"`), body.indexOf(`exercise: ${id} *`)].filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : Number.POSITIVE_INFINITY;
}

/**
 * Sorts exercises `{ id, chapter }` into course order. Throws (failing the build) when an exercise
 * names a chapter that does not exist.
 * Example: `orderExercises([{ id: 'b', chapter: 'relu' }, { id: 'a', chapter: 'sigmoid' }], chapters)`
 * puts `a` first when the sigmoid chapter comes before the relu chapter.
 */
export function orderExercises<T extends { id: string; chapter: string }>(exercises: readonly T[], chapters: readonly ChapterInfo[]): T[] {
  const bySlug = new Map(chapters.map((c) => [c.slug, c]));
  const key = (e: T): [number, number, string] => {
    const c = bySlug.get(e.chapter);
    if (!c) throw new Error(`exercise ${e.id}: its spec names chapter "${e.chapter}", which does not exist`);
    return [c.order, embedPosition(c.body, e.id), e.id];
  };
  const keyed = exercises.map((e) => ({ e, k: key(e) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || (a.k[1] === b.k[1] ? 0 : a.k[1] < b.k[1] ? -1 : 1) || a.k[2].localeCompare(b.k[2]));
  return keyed.map(({ e }) => e);
}
