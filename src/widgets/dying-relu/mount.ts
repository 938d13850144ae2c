/**
 * Client side of the dying-ReLU experiment: the run lives in this closure and advances a few SGD
 * steps per animation frame through the shared loop. Changing a setting starts a new run (the old
 * one stays on the figure, dashed) and plays it, unless the reader prefers reduced motion; Play,
 * Step and Reset drive the run by hand.
 */
import { prefersReducedMotion } from '../core/lazy';
import { createLoop } from '../core/loop';
import { createMemo } from '../core/memo';
import { mountWidget } from '../core/mount';
import { recordFrame } from '../core/timing';
import { dyingRelu } from './definition';
import { render } from './view';
import { createRun, STEPS, type Derived, type Run, type State } from './model';

/** SGD steps per animation frame: a 500-step run plays in about 4 s at 60 frames a second. */
const STEPS_PER_FRAME = 2;

export function mount(root: HTMLElement): void {
  const id = root.dataset.widget!;
  let run: Run | null = null;
  let previous: Run | null = null;
  const fresh = (state: State): Run => createRun(state);

  const derive = (state: State): Derived => {
    if (run === null) {
      // First render: under reduced motion show the finished run (the figure built into the page);
      // otherwise start at step 0 and let the loop play it once the figure is on screen.
      run = fresh(state);
      if (prefersReducedMotion()) run.advance(STEPS);
    }
    return { run, previous };
  };

  const memo = createMemo(); // the axes and the previous run, until a new run starts
  const widget = mountWidget(root, { ...dyingRelu, derive, render: (d, context) => render(d, { ...context, memo }) }, {
    onChange: (_name, state) => {
      if (run !== null && run.steps > 0) previous = run;
      run = fresh(state);
      loop.autoplay();
    },
  });

  const playButton = root.querySelector<HTMLButtonElement>('[data-action="play"]');
  // "Play" and "Pause" take the same width, so the buttons beside it do not shift.
  if (playButton) playButton.style.minWidth = '4.5em';
  const desc = root.querySelector<HTMLElement>('.nl-widget-desc');
  const loop = createLoop(
    root,
    () => {
      const t0 = performance.now();
      run!.advance(STEPS_PER_FRAME);
      widget.refresh();
      recordFrame(id, t0, root);
      return !run!.done;
    },
    (playing) => {
      if (playButton) playButton.textContent = playing ? 'Pause' : 'Play';
      // The description changes every frame while training: a screen reader hears it once the
      // run stops or pauses, not sixty times a second.
      desc?.setAttribute('aria-live', playing ? 'off' : 'polite');
      if (!playing) widget.refresh();
    },
  );

  root.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'play') {
      if (loop.playing) return loop.pause();
      if (run!.done) run = fresh(widget.state);
      loop.play();
    } else if (action === 'step') {
      loop.pause();
      if (run!.done) run = fresh(widget.state);
      run!.advance(1);
      widget.refresh();
    } else if (action === 'reset') {
      loop.pause();
      run = fresh(widget.state);
      widget.refresh();
    }
  });
  loop.autoplay();
}
