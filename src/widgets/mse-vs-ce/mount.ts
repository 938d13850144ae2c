import { createMemo } from '../core/memo';
import { mountWidget } from '../core/mount';
import { mseVsCe } from './definition';
import { render } from './view';

/** Mounts the widget on its `figure[data-widget]`, keeping each panel's curves while only z moves. */
export function mount(root: HTMLElement): void {
  const memo = createMemo();
  mountWidget(root, { ...mseVsCe, render: (d, context) => render(d, { ...context, memo }) });
}
