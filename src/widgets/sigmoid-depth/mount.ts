import { mountWidget } from '../core/mount';
import { sigmoidDepth } from './definition';

/** Makes a `figure[data-widget="sigmoid-depth"]` live. */
export function mount(root: HTMLElement): void {
  mountWidget(root, sigmoidDepth);
}
