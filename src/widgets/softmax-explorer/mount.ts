import { mountWidget } from '../core/mount';
import { softmaxExplorer } from './definition';

const LOGITS = ['z1', 'z2', 'z3', 'z4', 'z5', 'z6'] as const;

/**
 * Mounts the explorer on its `figure[data-widget]`. The sliders of logits beyond the chosen class
 * count stay in place (no layout jump) but are disabled, so Tab skips them.
 */
export function mount(root: HTMLElement): void {
  const enable = (classes: number): void => {
    LOGITS.forEach((name, i) => {
      const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      if (input) input.disabled = i >= classes;
    });
  };
  const widget = mountWidget(root, softmaxExplorer, {
    onChange: (name, state) => {
      if (name === 'classes') enable(state.classes);
    },
  });
  enable(widget.state.classes);
}
