/**
 * Playground, mounting: one training run per setting (a new setting or Reset starts a fresh run),
 * trained by the shared loop one epoch per animation frame (so each frame is bounded work: about
 * 30 small-batch steps, the losses, the heatmap and one render), paused off screen, not started
 * under prefers-reduced-motion. The root carries data-epoch, data-train-accuracy and
 * data-test-accuracy for tests; each frame's duration (train + heatmap + render + layout) goes to globalThis.__nlFrameTimes.playground (core/timing.ts).
 */
import { createLoop } from '../core/loop';
import { createMemo } from '../core/memo';
import { mountWidget, type WidgetDefinition } from '../core/mount';
import { recordFrame } from '../core/timing';
import { playground } from './definition';
import type { Derived, schema } from './model';
import { createTrainer, type Trainer } from './trainer';
import { render } from './view';

const EPOCHS_PER_FRAME = 1;

/** Mounts the playground on its figure: controls, Play/Step/Reset, the training loop. Example: `whenNear('playground', () => import('./mount'))`. */
export function mount(root: HTMLElement): void {
  let trainer: Trainer | undefined;
  const memo = createMemo(); // the map's axes, and its points until the data change
  const desc = root.querySelector<HTMLElement>('.nl-widget-desc');
  const playButton = root.querySelector<HTMLButtonElement>('[data-action="play"]');

  const def: WidgetDefinition<typeof schema, Derived> = {
    ...playground,
    derive: (state) => (trainer ??= createTrainer(state)).snapshot(),
    render: (d, context) => {
      root.dataset.epoch = String(d.epoch);
      root.dataset.trainAccuracy = d.trainAccuracy.toFixed(4);
      root.dataset.testAccuracy = d.testAccuracy.toFixed(4);
      return render(d, { ...context, memo });
    },
  };
  const widget = mountWidget(root, def, {
    onChange: (_, state) => {
      trainer = createTrainer(state);
    },
  });

  const loop = createLoop(
    root,
    () => {
      const start = performance.now();
      trainer!.train(EPOCHS_PER_FRAME);
      widget.refresh();
      recordFrame('playground', start, root);
      return !trainer!.done;
    },
    (playing) => {
      if (playButton) playButton.textContent = playing ? 'Pause' : 'Play';
      // While training, the description changes every frame: keep screen readers from announcing each one.
      desc?.setAttribute('aria-live', playing ? 'off' : 'polite');
    },
  );

  const restart = (): void => {
    trainer = createTrainer(widget.state);
    widget.refresh();
  };
  root.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'play') {
      if (loop.playing) loop.pause();
      else {
        if (trainer!.done) restart();
        loop.play();
      }
    } else if (action === 'step') {
      if (trainer!.done) restart();
      loop.step();
    } else if (action === 'reset') {
      restart();
    }
  });
  loop.autoplay();
}
