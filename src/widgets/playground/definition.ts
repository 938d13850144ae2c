import type { WidgetDefinition } from '../core/mount';
import { derive, schema, type Derived } from './model';
import { describe, render } from './view';

/** The playground widget: an MLP trained live on a toy data set (build time: its epoch-0 figure). */
export const playground: WidgetDefinition<typeof schema, Derived> = { schema, derive, render, describe };
