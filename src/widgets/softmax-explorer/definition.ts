import type { WidgetDefinition } from '../core/mount';
import { derive, schema, type Derived } from './model';
import { describe, render } from './view';

/** The softmax explorer: naive against stable softmax for 2–6 logits, a shift and a temperature. */
export const softmaxExplorer: WidgetDefinition<typeof schema, Derived> = { schema, derive, render, describe };
