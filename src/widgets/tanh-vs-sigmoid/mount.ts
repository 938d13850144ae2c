import { mountWidget } from '../core/mount';
import { tanhVsSigmoid } from './definition';

/** Makes a `figure[data-widget="tanh-vs-sigmoid"]` live. */
export function mount(root: HTMLElement): void {
  mountWidget(root, tanhVsSigmoid);
}
