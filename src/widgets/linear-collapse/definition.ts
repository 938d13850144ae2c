import type { WidgetDefinition } from '../core/mount';
import { derive, schema, type Derived } from './model';
import { describe, render } from './view';

/** The linear-collapse widget: a stack of N affine layers beside the single layer it equals. */
export const linearCollapse: WidgetDefinition<typeof schema, Derived> = { schema, derive, render, describe };
