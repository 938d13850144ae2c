import type { WidgetDefinition } from '../core/mount';
import { derive, schema, type Derived } from './model';
import { describe, render } from './view';

/** The sigmoid-depth widget: model and view together, for the build-time render and for mounting. */
export const sigmoidDepth: WidgetDefinition<typeof schema, Derived> = { schema, derive, render, describe };
