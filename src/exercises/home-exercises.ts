/**
 * The home page's exercise line per chapter ("exercises: 1 of 2 solved, 1 started"), from the
 * saved progress. Without usable progress the line keeps its build-time text ("2 exercises").
 */
import { describeExercises, openProgress } from '../lib/progress';

/** Fills every `.chapter-exercises[data-exercises]` under `root`. Example: `showHomeExercises(document)`. */
export function showHomeExercises(root: ParentNode): void {
  let loaded;
  try {
    loaded = openProgress(window.localStorage).loaded;
  } catch {
    return; // storage disabled
  }
  if (loaded.status !== 'ok' && loaded.status !== 'empty') return;
  for (const line of root.querySelectorAll<HTMLElement>('.chapter-exercises[data-exercises]')) {
    const ids = (line.dataset.exercises ?? '').split(' ').filter(Boolean);
    const text = describeExercises(loaded.progress.exercises, ids);
    line.textContent = text;
    line.classList.toggle('is-started', ids.some((id) => loaded.progress.exercises[id]));
  }
}
