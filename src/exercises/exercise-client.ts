/**
 * The only exercise code a page loads up front: it waits until the reader comes near an exercise
 * (within half a screen) or focuses or points at it, then loads the editor and the rest
 * (./mount.ts) once for the page. Until then the statement and the starter code are plain HTML.
 */
type Mounter = { mount(section: HTMLElement): void };

/** Watches every `section[data-exercise]` under `root`. Example: `initExercises(document)`. */
export function initExercises(root: ParentNode): void {
  const sections = [...root.querySelectorAll<HTMLElement>('section[data-exercise]')];
  if (sections.length === 0) return;
  let mounter: Promise<Mounter> | null = null;
  const started = new WeakSet<HTMLElement>();
  const start = (section: HTMLElement): void => {
    if (started.has(section)) return;
    started.add(section);
    observer?.unobserve(section);
    mounter ??= import('./mount').then((m) => m.createMounter());
    mounter
      .then((m) => m.mount(section))
      .catch((error: unknown) => {
        section.dataset.failed = '';
        const note = section.querySelector<HTMLElement>('[data-ex-notice]');
        if (note) note.textContent = 'The editor could not be loaded. Reload the page to try again.';
        console.error(`exercise ${section.dataset.exercise} could not start`, error);
      });
  };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && start(e.target as HTMLElement)), { rootMargin: '50% 0px' })
      : null;
  for (const section of sections) {
    if (observer) observer.observe(section);
    else start(section);
    section.addEventListener('focusin', () => start(section), { once: true });
    section.addEventListener('pointerenter', () => start(section), { once: true });
  }
}
