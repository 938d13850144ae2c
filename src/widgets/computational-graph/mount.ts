/**
 * Computational graph, the mounting: the schema's controls (step, graph, inputs) through
 * `mountWidget`, plus the Step back / Step forward / Play / Reset buttons. Play advances one step
 * every PLAY_INTERVAL_MS through `createLoop` (paused off screen, never started by itself).
 */
import { createLoop } from '../core/loop';
import { mountWidget } from '../core/mount';
import { computationalGraph } from './definition';
import { lastStep, type State } from './model';

/** Time between steps while playing: long enough to read the headline. */
const PLAY_INTERVAL_MS = 1200;

export function mount(root: HTMLElement): void {
  const id = root.dataset.widget!;
  const stepInput = root.querySelector<HTMLInputElement>('input[name="step"]');
  const playButton = root.querySelector<HTMLButtonElement>('button[data-action="play"]');
  const figure = root.querySelector<HTMLElement>('.nl-widget-figure')!;

  /** The step control's range follows the graph shown (fan-out 0–7, neuron 0–17). */
  const fitStep = (state: State): void => {
    const last = lastStep(state.expr);
    if (stepInput) stepInput.max = String(last);
    state.step = Math.min(state.step, last);
  };
  const widget = mountWidget(root, computationalGraph, {
    onChange: (name, state) => {
      if (name === 'expr') state.step = 0;
      fitStep(state);
    },
  });
  const { state } = widget;
  const before = state.step;
  fitStep(state);
  if (state.step !== before) widget.set({});

  const record = (event: Event): void => {
    const all = (globalThis.__nlRenderTimes ??= {});
    (all[id] ??= []).push(performance.now() - event.timeStamp);
  };
  let lastAdvance = 0;
  const loop = createLoop(
    root,
    () => {
      const now = performance.now();
      if (now - lastAdvance < PLAY_INTERVAL_MS) return true;
      lastAdvance = now;
      const last = lastStep(state.expr);
      if (state.step < last) widget.set({ step: state.step + 1 });
      return state.step < last;
    },
    (playing) => {
      if (playButton) playButton.textContent = playing ? 'Pause' : 'Play';
    },
  );

  root.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (!action) return;
    const last = lastStep(state.expr);
    if (action === 'play') {
      if (loop.playing) return loop.pause();
      if (state.step >= last) widget.set({ step: 0 });
      lastAdvance = 0;
      return loop.play();
    }
    loop.pause();
    const step = action === 'back' ? state.step - 1 : action === 'forward' ? state.step + 1 : 0;
    const next = Math.max(0, Math.min(last, step));
    if (next === state.step) return;
    widget.set({ step: next });
    record(event);
  });

  // On a narrow screen the figure scrolls sideways: let the keyboard reach it too.
  const fitScroll = (): void => {
    if (figure.scrollWidth > figure.clientWidth + 1) figure.tabIndex = 0;
    else figure.removeAttribute('tabindex');
  };
  fitScroll();
  addEventListener('resize', fitScroll, { passive: true });
}
