import { mountWidget } from '../core/mount';
import { vanishingGradients } from './definition';
import type { Derived, Series, State } from './model';

/** Settings whose gradients are kept, so going back to one (or switching weights/biases) costs no recomputation. */
const CACHE_SIZE = 32;

/**
 * Makes a `figure[data-widget="vanishing-gradients"]` live. The gradients depend on the
 * initialisation, depth and width only, so they are cached per setting in this closure.
 */
export function mount(root: HTMLElement): void {
  const cache = new Map<string, Series[]>();
  const derive = (state: State): Derived => {
    const key = `${state.init}|${state.depth}|${state.width}`;
    let series = cache.get(key);
    if (!series) {
      series = vanishingGradients.derive(state).series;
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(key, series);
    }
    return { depth: state.depth, width: state.width, init: state.init, gradient: state.gradient, series };
  };
  mountWidget(root, { ...vanishingGradients, derive });
}
