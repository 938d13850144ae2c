/**
 * The exercises index in the browser: each exercise's status from the saved progress, and the
 * progress file, saved as a download and loaded back (checked first: a file that is not a
 * Nonlinear progress file, or is damaged, is refused and nothing changes).
 */
import { BACKUP_KEY, describeExercise, exportProgress, importProgress, openProgress, type LoadResult } from '../lib/progress';

function load(): LoadResult | null {
  try {
    return openProgress(window.localStorage).loaded;
  } catch {
    return null; // storage disabled
  }
}

function showStatuses(root: ParentNode): void {
  const loaded = load();
  const usable = loaded && (loaded.status === 'ok' || loaded.status === 'empty');
  for (const row of root.querySelectorAll<HTMLElement>('[data-exercise-index] tr[data-id]')) {
    const cell = row.querySelector<HTMLElement>('[data-status]')!;
    const e = usable ? loaded.progress.exercises[row.dataset.id!] : undefined;
    cell.textContent = describeExercise(e);
    cell.classList.toggle('is-passed', e?.status === 'passed');
  }
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Fills in the statuses and wires the progress file controls under `root`. Example: `initExerciseIndex(document)`. */
export function initExerciseIndex(root: Document): void {
  showStatuses(root);
  const box = root.querySelector<HTMLElement>('[data-progress-file]');
  const status = root.querySelector<HTMLElement>('[data-progress-file-status]');
  if (!box || !status) return;
  box.hidden = false;
  box.querySelector('[data-action="export"]')!.addEventListener('click', () => {
    const loaded = load();
    if (!loaded || (loaded.status !== 'ok' && loaded.status !== 'empty')) {
      status.textContent = 'Your saved progress cannot be read in this browser (see the note at the top of the page), so there is nothing to save.';
      return;
    }
    const now = new Date();
    download(exportProgress(loaded.progress, now), `nonlinear-progress-${now.toISOString().slice(0, 10)}.json`);
    const n = Object.keys(loaded.progress.exercises).length;
    status.textContent = `Saved your progress (${n} ${n === 1 ? 'exercise' : 'exercises'}) to a file in your downloads.`;
  });
  const input = box.querySelector<HTMLInputElement>('input[type="file"]')!;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = importProgress(await file.text());
    if ('problem' in read) {
      status.textContent = `"${file.name}" was not loaded. ${read.problem} Nothing was changed.`;
      return;
    }
    let saved = false;
    try {
      saved = openProgress(window.localStorage).replace(read.progress);
    } catch {
      saved = false;
    }
    if (!saved) {
      status.textContent = `"${file.name}" could not be loaded: this browser is not letting the page store anything. Nothing was changed.`;
      return;
    }
    const n = Object.keys(read.progress.exercises).length;
    status.textContent = `Loaded "${file.name}": ${n} ${n === 1 ? 'exercise' : 'exercises'}. The progress it replaced is kept in this browser under "${BACKUP_KEY}".`;
    showStatuses(root);
  });
}
