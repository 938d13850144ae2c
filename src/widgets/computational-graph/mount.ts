/**
 * Computational graph, the mounting: the schema's controls (step, graph, inputs) through
 * `mountWidget`, plus the Step back / Step forward / Play / Reset buttons. Play advances one step
 * every PLAY_INTERVAL_MS through `createLoop` (paused off screen, never started by itself).
 */
import { createLoop } from '../core/loop';
import { mountWidget } from '../core/mount';
import { markScrollable } from '../core/overflow';
import { recordRender } from '../core/timing';
import { computationalGraph } from './definition';
import { lastStep, type State } from './model';

/** Time between steps while playing: long enough to read the headline. */
const PLAY_INTERVAL_MS = 1200;

export function mount(root: HTMLElement): void {
  const id = root.dataset.widget!;
  const form = root.querySelector<HTMLFormElement>('.nl-widget-controls')!;
  const stepInput = form.querySelector<HTMLInputElement>('input[name="step"]');
  const playButton = form.querySelector<HTMLButtonElement>('button[data-action="play"]');
  const figure = root.querySelector<HTMLElement>('.nl-widget-figure')!;

  /** The step control's range follows the graph shown (fan-out 0–7, neuron 0–17). */
  const fitStep = (state: State): void => {
    const last = lastStep(state.expr);
    if (stepInput) stepInput.max = String(last);
    state.step = Math.min(state.step, last);
  };

  // On a narrow screen the figure scrolls sideways: the keyboard can reach it, and after each
  // change it centres the whole graph if that fits (or no node is active), else the node the
  // step is about.
  const fitScroll = (): void => {
    if (!markScrollable(figure)) return;
    const graph = figure.querySelector('[data-graph]')?.getBoundingClientRect();
    const active = figure.querySelector('[data-active]')?.getBoundingClientRect();
    const target = active && graph && graph.width > figure.clientWidth ? active : (graph ?? active);
    if (!target) return;
    const view = figure.getBoundingClientRect();
    figure.scrollLeft += target.left + target.width / 2 - (view.left + view.width / 2);
  };

  const widget = mountWidget(root, computationalGraph, {
    onChange: (name, state) => {
      if (name === 'expr') state.step = 0;
      fitStep(state);
    },
  });
  const { state } = widget;
  const linked = state.step;
  fitStep(state);
  if (state.step !== linked) widget.set({});
  fitScroll();
  addEventListener('resize', fitScroll, { passive: true });
  // Registered after mountWidget's own listener, so it runs once the figure is redrawn.
  form.addEventListener('input', fitScroll);

  /** Button presses are timed like inputs: event to updated figure. */
  const record = (event: Event): void => recordRender(id, event, root);
  const goTo = (step: number): void => {
    widget.set({ step });
    fitScroll();
  };

  let lastAdvance = 0;
  const loop = createLoop(
    root,
    () => {
      const now = performance.now();
      if (now - lastAdvance < PLAY_INTERVAL_MS) return true;
      lastAdvance = now;
      const last = lastStep(state.expr);
      if (state.step < last) goTo(state.step + 1);
      return state.step < last;
    },
    (playing) => {
      if (playButton) playButton.textContent = playing ? 'Pause' : 'Play';
    },
  );

  form.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (!action) return;
    const last = lastStep(state.expr);
    if (action === 'play') {
      if (loop.playing) return loop.pause();
      if (state.step >= last) goTo(0);
      lastAdvance = 0;
      return loop.play();
    }
    loop.pause();
    const next = Math.max(0, Math.min(last, action === 'back' ? state.step - 1 : action === 'forward' ? state.step + 1 : 0));
    if (next === state.step) return;
    goTo(next);
    record(event);
  });
}
