import { mountWidget } from '../core/mount';
import { createMemo } from '../core/memo';
import { reluFamily } from './definition';
import { render } from './view';

/** Makes a `figure[data-widget="relu-family"]` live, keeping the layers that the last input did not change. */
export function mount(root: HTMLElement): void {
  const memo = createMemo();
  mountWidget(root, { ...reluFamily, render: (d, context) => render(d, { ...context, memo }) });
}
