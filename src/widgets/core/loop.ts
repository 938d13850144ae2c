/**
 * An animation loop for widgets that train: runs `frame()` once per animation frame while
 * playing, and only while the widget is on screen, so a long page with several playgrounds keeps
 * one busy at most and the page stays responsive (each frame does a bounded amount of work and
 * then yields to the browser). Autoplay is refused under prefers-reduced-motion: the reader
 * presses Play.
 */
import { prefersReducedMotion } from './lazy';

export interface Loop {
  readonly playing: boolean;
  play(): void;
  pause(): void;
  /** Runs one frame now (the "Step" button), whether playing or not. */
  step(): void;
  /** Starts playing unless the reader prefers reduced motion. */
  autoplay(): void;
}

/**
 * `frame` does one frame's work and returns false to stop (e.g. training finished).
 * `onState` is told when playing starts or stops (to relabel a Play/Pause button).
 */
export function createLoop(root: HTMLElement, frame: () => boolean | void, onState: (playing: boolean) => void = () => {}): Loop {
  let playing = false;
  let visible = true;
  let handle = 0;
  const tick = (): void => {
    handle = 0;
    if (!playing || !visible) return;
    if (frame() === false) {
      setPlaying(false);
      return;
    }
    handle = requestAnimationFrame(tick);
  };
  const schedule = (): void => {
    if (playing && visible && handle === 0) handle = requestAnimationFrame(tick);
  };
  const setPlaying = (p: boolean): void => {
    if (p === playing) return;
    playing = p;
    root.dataset.playing = p ? 'true' : 'false';
    onState(p);
    schedule();
  };
  if ('IntersectionObserver' in window) {
    new IntersectionObserver((entries) => {
      visible = entries.some((e) => e.isIntersecting);
      schedule();
    }).observe(root);
  }
  return {
    get playing() {
      return playing;
    },
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    step: () => {
      if (frame() === false) setPlaying(false);
    },
    autoplay: () => {
      if (!prefersReducedMotion()) setPlaying(true);
    },
  };
}
