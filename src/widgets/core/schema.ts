/**
 * A widget's state, declared once as a schema: each field says what values it takes, its default,
 * and how it reads aloud. The same schema drives the controls rendered at build time, the
 * validation of state read from a shared URL, and the URL written back as the reader explores.
 * Pure: no DOM, testable in Node.
 */

/** A number from a range input: any finite value in [min, max] is valid; `step` is the control's step. */
export interface NumberField {
  readonly kind: 'number';
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
  /** How the value reads (aria-valuetext and the visible readout), e.g. (v) => `${v.toFixed(1)}`. */
  readonly format?: (value: number) => string;
}

/** One of a fixed set of string values, from a select. */
export interface ChoiceField<T extends string = string> {
  readonly kind: 'choice';
  readonly label: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly default: T;
}

/** On or off, from a checkbox. */
export interface BooleanField {
  readonly kind: 'boolean';
  readonly label: string;
  readonly default: boolean;
}

export type Field = NumberField | ChoiceField | BooleanField;
export type Schema = Readonly<Record<string, Field>>;

/** The state a schema describes: numbers, choice strings and booleans by field name. */
export type StateOf<S extends Schema> = {
  -readonly [K in keyof S]: S[K] extends NumberField ? number : S[K] extends ChoiceField<infer T> ? T : boolean;
};

/** A number field; `format` defaults to the value with as many decimals as the step has. */
export function numberField(options: Omit<NumberField, 'kind'>): NumberField {
  const { min, max, step } = options;
  if (!(min < max && step > 0 && options.default >= min && options.default <= max)) {
    throw new RangeError(`numberField "${options.label}": need min < max, step > 0 and min <= default <= max`);
  }
  return { kind: 'number', ...options };
}

export function choiceField<const T extends string>(options: Omit<ChoiceField<T>, 'kind'>): ChoiceField<T> {
  if (!options.options.some((o) => o.value === options.default)) {
    throw new RangeError(`choiceField "${options.label}": the default is not one of the options`);
  }
  return { kind: 'choice', ...options };
}

export function booleanField(options: Omit<BooleanField, 'kind'>): BooleanField {
  return { kind: 'boolean', ...options };
}

/** Decimals in a step such as 0.05 (2) or 1 (0). */
function decimals(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** What a screen reader and the visible readout say for a field's value. */
export function valueText(field: Field, value: number | string | boolean): string {
  if (field.kind === 'number') {
    const v = value as number;
    return field.format ? field.format(v) : v.toFixed(decimals(field.step));
  }
  if (field.kind === 'choice') return field.options.find((o) => o.value === value)?.label ?? String(value);
  return value ? 'on' : 'off';
}

/** Every field at its default. */
export function defaults<S extends Schema>(schema: S): StateOf<S> {
  const state: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema)) state[name] = field.default;
  return state as StateOf<S>;
}

/** Parses one field's text, or returns undefined when the text is not a valid value. */
export function parseField(field: Field, raw: string): number | string | boolean | undefined {
  if (field.kind === 'number') {
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(raw.trim())) return undefined;
    const v = Number(raw);
    return Number.isFinite(v) && v >= field.min && v <= field.max ? v : undefined;
  }
  if (field.kind === 'choice') return field.options.some((o) => o.value === raw) ? raw : undefined;
  return raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined;
}

/**
 * Reads a widget's state from URL parameters named `<prefix>.<field>`. A missing field takes its
 * default; a malformed or out-of-range one also takes its default and is listed in `rejected`,
 * so a hand-edited or truncated link never breaks the page.
 */
export function parseState<S extends Schema>(
  schema: S, params: URLSearchParams, prefix: string,
): { state: StateOf<S>; rejected: string[] } {
  const state = defaults(schema) as Record<string, unknown>;
  const rejected: string[] = [];
  for (const [name, field] of Object.entries(schema)) {
    const raw = params.get(`${prefix}.${name}`);
    if (raw === null) continue;
    const v = parseField(field, raw);
    if (v === undefined) rejected.push(name);
    else state[name] = v;
  }
  return { state: state as StateOf<S>, rejected };
}

/** Writes the fields that differ from their defaults as `<prefix>.<field>` parameters, and removes the others. */
export function encodeState<S extends Schema>(schema: S, state: StateOf<S>, prefix: string, params: URLSearchParams): void {
  for (const [name, field] of Object.entries(schema)) {
    const key = `${prefix}.${name}`;
    const v = (state as Record<string, unknown>)[name];
    if (v === field.default) params.delete(key);
    else params.set(key, field.kind === 'boolean' ? (v ? '1' : '0') : String(v));
  }
}
