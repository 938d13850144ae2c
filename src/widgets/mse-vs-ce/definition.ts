import type { WidgetDefinition } from '../core/mount';
import { derive, schema, type Derived } from './model';
import { describe, render } from './view';

/** MSE against cross-entropy after a sigmoid, y = 1: losses and gradients with respect to the logit. */
export const mseVsCe: WidgetDefinition<typeof schema, Derived> = { schema, derive, render, describe };
