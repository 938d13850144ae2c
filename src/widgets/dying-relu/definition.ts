import type { WidgetDefinition } from '../core/mount';
import { derive, schema, type Derived } from './model';
import { describe, render } from './view';

export const dyingRelu: WidgetDefinition<typeof schema, Derived> = { schema, derive, render, describe };
