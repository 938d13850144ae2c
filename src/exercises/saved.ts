/**
 * The exercise's link to the reader's saved progress (src/lib/progress.ts). The store is opened
 * afresh for every read and write, as the quiz does, so an exercise never writes back a stale copy
 * over answers saved meanwhile by a quiz or another exercise on the page.
 */
import { openProgress, type ExerciseProgress, type Progress, type ProgressStore } from '../lib/progress';

function store(): ProgressStore | null {
  try {
    return openProgress(window.localStorage);
  } catch {
    return null; // reading window.localStorage throws when storage is disabled
  }
}

/** The saved record of exercise `id`, if the stored progress is usable and has one. Example: `savedExercise('relu')?.code`. */
export function savedExercise(id: string): ExerciseProgress | undefined {
  const s = store();
  return s && (s.loaded.status === 'ok' || s.loaded.status === 'empty') ? s.loaded.progress.exercises[id] : undefined;
}

/**
 * Applies `change` to the stored progress. Returns null when saved, else a sentence for the reader
 * on why not. Example: `saveProgress((p) => recordExerciseCode(p, 'relu', code, new Date()))`.
 */
export function saveProgress(change: (p: Progress) => Progress): string | null {
  const s = store();
  if (s?.update(change)) return null;
  return s?.loaded.status === 'corrupt' || s?.loaded.status === 'newer'
    ? 'Your code is not being saved: see the note about your saved progress at the top of the page.'
    : 'Your code is not being saved: this browser is not letting the page store anything.';
}
