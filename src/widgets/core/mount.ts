/**
 * Client side of a widget: reads its state from the URL (validated against the schema), wires the
 * native controls to it, and re-renders the figure and its description on every input. Widgets
 * with a loop (training) add their own behaviour on top through the returned handle.
 */
import { encodeState, parseField, parseState, valueText, type Schema, type StateOf } from './schema';
import { scopeClipIds } from './clip-ids';
import { markScrollable } from './overflow';
import { recordRender } from './timing';

/** What a widget provides: the pure pieces (model and view), used alike at build time and here. */
export interface WidgetDefinition<S extends Schema, D> {
  schema: S;
  /** Everything the view needs, computed from the state (the model; pure). */
  derive(state: StateOf<S>): D;
  /** The figure for the derived data; `document` is the page's here, linkedom's at build time. */
  render(derived: D, context: { document: Document }): Element;
  /** A text description of what the figure shows, for readers who cannot see it. */
  describe(derived: D, state: StateOf<S>): string;
}

export interface MountedWidget<S extends Schema> {
  readonly root: HTMLElement;
  readonly state: StateOf<S>;
  /** Changes some fields (e.g. from a loop or a button), updates the controls, re-renders. */
  set(patch: Partial<StateOf<S>>): void;
  /** Re-renders from the current state (after the widget's own data changed). */
  refresh(): void;
}

const URL_WRITE_DELAY_MS = 300;

export interface MountOptions<S extends Schema> {
  /** Called after the reader changes field `name` and before the figure re-renders: reset a simulation here. */
  onChange?: (name: keyof S & string, state: StateOf<S>) => void;
}

export function mountWidget<S extends Schema, D>(
  root: HTMLElement, def: WidgetDefinition<S, D>, options: MountOptions<S> = {},
): MountedWidget<S> {
  const id = root.dataset.widget!;
  const form = root.querySelector<HTMLFormElement>('.nl-widget-controls')!;
  const figure = root.querySelector<HTMLElement>('.nl-widget-figure')!;
  const desc = root.querySelector<HTMLElement>('.nl-widget-desc')!;
  const { state, rejected } = parseState(def.schema, new URLSearchParams(location.search), id);
  if (rejected.length > 0) console.info(`${id}: ignored invalid link settings (${rejected.join(', ')}); using defaults`);

  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;

  /**
   * Puts the state into the controls and their readouts. Only what differs is written: every
   * write dirties style or layout, which the browser then recomputes before the next paint.
   */
  const showState = (): void => {
    for (const [name, field] of Object.entries(def.schema)) {
      const el = control(name);
      const v = (state as Record<string, unknown>)[name];
      if (!el) continue;
      if (field.kind === 'boolean') (el as HTMLInputElement).checked = v === true;
      else if (el.value !== String(v)) el.value = String(v);
      if (field.kind === 'number') {
        const text = valueText(field, v as number);
        if (el.getAttribute('aria-valuetext') !== text) el.setAttribute('aria-valuetext', text);
        const out = form.querySelector<HTMLOutputElement>(`output[data-readout="${name}"]`);
        if (out && out.textContent !== text) out.textContent = text;
      }
    }
  };

  const render = (): void => {
    const derived = def.derive(state);
    const element = def.render(derived, { document });
    scopeClipIds(element, id);
    figure.replaceChildren(element);
    desc.textContent = def.describe(derived, state);
    // Last: it reads the layout (one forced layout per render, after every write above).
    markScrollable(figure);
  };

  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = (): void => {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      const url = new URL(location.href);
      encodeState(def.schema, state, id, url.searchParams);
      url.hash = `widget-${id}`;
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    }, URL_WRITE_DELAY_MS);
  };

  const onInput = (event: Event): void => {
    const el = event.target as HTMLInputElement | HTMLSelectElement;
    const field = def.schema[el.name];
    if (!field) return;
    const raw = field.kind === 'boolean' ? String((el as HTMLInputElement).checked) : el.value;
    const v = parseField(field, raw);
    // A range input fires "input" and then "change" with the same value: render once.
    if (v === undefined || v === (state as Record<string, unknown>)[el.name]) return;
    (state as Record<string, unknown>)[el.name] = v;
    options.onChange?.(el.name, state);
    showState();
    render();
    recordRender(id, event, figure);
    writeUrl();
  };
  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);

  showState();
  render();
  root.dataset.mounted = '';
  return {
    root,
    state,
    set(patch) {
      Object.assign(state, patch);
      showState();
      render();
      writeUrl();
    },
    refresh: render,
  };
}
