import { BACKUP_KEY, emptyProgress, openProgress, type LoadResult } from '../lib/progress';

function message(loaded: LoadResult): string | undefined {
  switch (loaded.status) {
    case 'corrupt':
      return `Your saved course progress could not be read (${loaded.reason}), so it is not shown, and nothing new is saved until you choose.`;
    case 'newer':
      return `Your saved course progress was written by a newer version of this course (format ${loaded.version}). This page leaves it untouched and does not save anything.`;
    case 'unavailable':
      return 'This browser is not letting the course store anything, so your progress is not saved.';
    default:
      return undefined;
  }
}

/**
 * Fills the `role="status"` region `region` with a notice when the stored progress cannot be
 * used, with a "Start fresh" button for corrupt or newer data that keeps the old text under
 * `nonlinear:progress:backup` before replacing it. Leaves the region empty otherwise.
 */
export function showProgressNotice(region: HTMLElement): void {
  let store;
  try {
    store = openProgress(window.localStorage);
  } catch {
    store = undefined; // reading window.localStorage itself throws when storage is disabled
  }
  const text = store ? message(store.loaded) : message({ status: 'unavailable', progress: emptyProgress(), reason: '' });
  if (!text) return;
  const p = document.createElement('p');
  p.textContent = text;
  region.append(p);
  if (store && (store.loaded.status === 'corrupt' || store.loaded.status === 'newer')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Start fresh (keep a backup of the old data)';
    button.addEventListener('click', () => {
      const ok = store.reset();
      region.replaceChildren();
      const done = document.createElement('p');
      done.textContent = ok
        ? `Progress reset. The old data is kept in this browser under "${BACKUP_KEY}".`
        : 'The progress could not be reset: this browser refused to store it.';
      region.append(done);
    });
    region.append(button);
  }
  region.classList.add('is-shown');
}
