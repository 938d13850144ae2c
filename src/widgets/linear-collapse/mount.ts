import { createMemo } from '../core/memo';
import { mountWidget } from '../core/mount';
import { linearCollapse } from './definition';
import { schema } from './model';
import { render } from './view';

/** Mounts the linear-collapse widget on its figure; "New weights" moves to the next seed (99 wraps to 1). Example: `whenNear('linear-collapse', () => import('./mount'))`. */
export function mount(root: HTMLElement): void {
  const memo = createMemo(); // keeps the axes, which no setting changes
  const widget = mountWidget(root, { ...linearCollapse, render: (d, context) => render(d, { ...context, memo }) });
  root.querySelector('[data-action="new-weights"]')?.addEventListener('click', () => {
    const { min, max } = schema.seed;
    widget.set({ seed: widget.state.seed >= max ? min : widget.state.seed + 1 });
  });
}
