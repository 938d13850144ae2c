import { mountWidget } from '../core/mount';
import { reluFamily } from './definition';

/** Makes a `figure[data-widget="relu-family"]` live. */
export function mount(root: HTMLElement): void {
  mountWidget(root, reluFamily);
}
