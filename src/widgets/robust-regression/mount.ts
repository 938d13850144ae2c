import { mountWidget } from '../core/mount';
import { robustRegression } from './definition';

/** Mounts the widget on its `figure[data-widget]`. */
export function mount(root: HTMLElement): void {
  mountWidget(root, robustRegression);
}
