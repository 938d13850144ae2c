import type { WidgetDefinition } from '../core/mount';
import { derive, schema, type Derived } from './model';
import { describe, render } from './view';

/** The computational-graph widget: the chapter's fan-out expression and tanh neuron, stepped through both passes. */
export const computationalGraph: WidgetDefinition<typeof schema, Derived> = { schema, derive, render, describe };
