import { describeChapter, openProgress } from '../lib/progress';

/**
 * Writes each chapter's progress ("visited · 3 of 4 questions right") into its
 * `.chapter-progress` line on the home page. Without usable progress (nothing stored yet, corrupt
 * data, storage blocked) the lines say "not started yet" or stay empty; the notice explains the rest.
 */
export function showHomeProgress(root: ParentNode): void {
  let loaded;
  try {
    loaded = openProgress(window.localStorage).loaded;
  } catch {
    return; // storage disabled: the list is complete without progress
  }
  if (loaded.status !== 'ok' && loaded.status !== 'empty') return;
  for (const item of root.querySelectorAll<HTMLElement>('[data-chapter-progress-list] > li[data-slug]')) {
    const ids = (item.dataset.questions ?? '').split(' ').filter(Boolean);
    const line = item.querySelector<HTMLElement>('.chapter-progress');
    if (!line) continue;
    const text = describeChapter(loaded.progress.chapters[item.dataset.slug!], ids);
    line.textContent = text;
    line.classList.toggle('is-started', text !== 'not started yet');
  }
}
