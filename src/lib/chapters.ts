import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

/** All chapters in course order. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** The URL path of a chapter, relative to the base. */
export function chapterPath(chapter: Chapter): string {
  return `chapters/${chapter.id}/`;
}
