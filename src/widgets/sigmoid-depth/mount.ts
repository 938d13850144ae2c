import { mountWidget } from '../core/mount';
import { sigmoidDepth } from './definition';
import { createMemo } from '../core/memo';
import { render } from './view';

/** Makes a `figure[data-widget="sigmoid-depth"]` live, keeping the curves while only n moves. */
export function mount(root: HTMLElement): void {
  const memo = createMemo();
  mountWidget(root, { ...sigmoidDepth, render: (d, context) => render(d, { ...context, memo }) });
}
