import type { WidgetDefinition } from '../core/mount';
import { derive, schema, type Derived } from './model';
import { describe, render } from './view';

/** Robust regression: MSE, MAE and Huber lines fitted to points with one the reader moves. */
export const robustRegression: WidgetDefinition<typeof schema, Derived> = { schema, derive, render, describe };
