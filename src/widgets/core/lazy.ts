/**
 * Loads a widget's code only when the reader is about to see or use it: when its figure comes
 * within a screen of the viewport, or when a control inside it takes focus or a pointer. Until
 * then the page carries only this file and the figure rendered at build time.
 */
export function whenNear(id: string, load: () => Promise<{ mount(root: HTMLElement): void }>): void {
  const roots = document.querySelectorAll<HTMLElement>(`figure[data-widget="${id}"]`);
  if (roots.length === 0) return;
  const started = new WeakSet<HTMLElement>();
  const start = (root: HTMLElement): void => {
    if (started.has(root)) return;
    started.add(root);
    observer?.unobserve(root);
    load()
      .then((m) => m.mount(root))
      .catch((error: unknown) => {
        root.dataset.failed = '';
        console.error(`widget ${id} could not start`, error);
      });
  };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            for (const e of entries) if (e.isIntersecting) start(e.target as HTMLElement);
          },
          { rootMargin: '100% 0px' },
        )
      : null;
  for (const root of roots) {
    if (observer) observer.observe(root);
    else start(root);
    root.addEventListener('focusin', () => start(root), { once: true });
    root.addEventListener('pointerenter', () => start(root), { once: true });
  }
}

/** Whether the reader asked the system to reduce motion: loops then wait for "Play". */
export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
