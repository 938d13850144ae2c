import { getCollection, type CollectionEntry } from 'astro:content';

/** A chapter with the frontmatter every chapter must have. */
export type Chapter = CollectionEntry<'docs'> & { data: { summary: string; order: number } };

/** The slug of a chapter entry: `chapters/sigmoid` → `sigmoid`. */
export function chapterSlug(chapter: CollectionEntry<'docs'>): string {
  return chapter.id.replace(/^chapters\//, '');
}

/**
 * All chapters (entries under content/chapters/) in course order. Throws, failing the build, when
 * a chapter lacks `summary` or `order`, or two chapters share an `order`.
 * Example: `(await chaptersInOrder()).map(chapterSlug)` starts `['why-nonlinearity', 'sigmoid', ...]`.
 */
export async function chaptersInOrder(): Promise<Chapter[]> {
  const all = await getCollection('docs', (e) => e.id.startsWith('chapters/'));
  for (const e of all) {
    if (e.data.summary === undefined || e.data.order === undefined)
      throw new Error(`content/${e.id}: a chapter needs "summary" and "order" in its frontmatter.`);
  }
  const chapters = (all as Chapter[]).sort((a, b) => a.data.order - b.data.order);
  const clash = chapters.find((c, i) => i > 0 && c.data.order === chapters[i - 1]!.data.order);
  if (clash) throw new Error(`content/${clash.id}: another chapter also has order ${clash.data.order}.`);
  return chapters;
}

/** The URL path of a chapter, relative to the base. Example: `chapterPath(c)` is `'chapters/sigmoid/'`. */
export function chapterPath(chapter: CollectionEntry<'docs'>): string {
  return `${chapter.id}/`;
}

/**
 * The ids of the `<Question>`s in a chapter's quiz, read from its MDX source, in order.
 * Example: for the sigmoid chapter, `['derivative-from-output', 'input-from-output', ...]`.
 */
export function questionIds(chapter: CollectionEntry<'docs'>): string[] {
  return [...(chapter.body ?? '').matchAll(/<Question\s[^>]*?\bid="([^"]+)"/g)].map((m) => m[1]!);
}
