/**
 * Build-time rendering: widgets' views take a `document`, and here it is linkedom's, so the
 * initial figure is in the HTML (readable without JavaScript, printable, no layout shift).
 */
import { parseHTML } from 'linkedom';
import type { Schema, StateOf } from './schema';
import { defaults } from './schema';
import { scopeClipIds } from './clip-ids';
import type { WidgetDefinition } from './mount';

/** The figure and description for the default state of widget `id` (its clip-path ids scoped to it, see clip-ids.ts). */
export function renderInitial<S extends Schema, D>(def: WidgetDefinition<S, D>, id: string): {
  state: StateOf<S>;
  figure: string;
  description: string;
} {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const state = defaults(def.schema);
  const derived = def.derive(state);
  const element = def.render(derived, { document: document as unknown as Document });
  scopeClipIds(element, id);
  return { state, figure: element.outerHTML, description: def.describe(derived, state) };
}
