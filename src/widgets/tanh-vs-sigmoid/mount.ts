import { mountWidget } from '../core/mount';
import { createMemo } from '../core/memo';
import { tanhVsSigmoid } from './definition';
import { derive, drawSamples, standardNormals } from './model';
import { render } from './view';

/**
 * Makes a `figure[data-widget="tanh-vs-sigmoid"]` live. The 4000 normal draws are made once; their
 * images and the histograms are kept until the spread changes, the curves until the overlay is toggled.
 */
export function mount(root: HTMLElement): void {
  const memo = createMemo();
  mountWidget(root, {
    ...tanhVsSigmoid,
    derive: (state) => {
      const normals = memo('normals', '', standardNormals);
      return derive(state, memo('samples', String(state.spread), () => drawSamples(state.spread, normals)));
    },
    render: (d, context) => render(d, { ...context, memo }),
  });
}
