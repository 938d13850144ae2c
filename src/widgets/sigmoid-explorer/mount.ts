import { mountWidget } from '../core/mount';
import { sigmoidExplorer } from './definition';

export function mount(root: HTMLElement): void {
  mountWidget(root, sigmoidExplorer);
}
