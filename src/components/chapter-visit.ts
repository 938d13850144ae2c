import { openProgress, recordVisit } from '../lib/progress';

/**
 * Records a visit to the chapter named by `[data-chapter-visit]` in `root`, if any. Does nothing
 * when the stored progress is unusable (the notice says why) or storage is blocked.
 */
export function recordChapterVisit(root: ParentNode): void {
  const slug = root.querySelector<HTMLElement>('[data-chapter-visit]')?.dataset.chapterVisit;
  if (!slug) return;
  try {
    openProgress(window.localStorage).update((p) => recordVisit(p, slug, new Date()));
  } catch {
    // localStorage itself throws when storage is disabled: the page works the same without it.
  }
}
