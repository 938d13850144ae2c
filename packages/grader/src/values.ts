/**
 * Comparing and showing values: a tolerance comparison that walks numbers, arrays and plain
 * objects alike, and a compact text form for the results table (NaN, -0, Infinity, typed arrays
 * and functions spelled out, long arrays elided).
 */
import type { Tolerance } from './types.ts';

// Tight by default: a tail value like sigmoid(-40) = 4.2e-18 must not pass as 0. Specs loosen it per test.
const DEFAULT_TOLERANCE: Required<Tolerance> = { rel: 1e-12, abs: 0 };

function numberText(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (Object.is(x, -0)) return '-0';
  return String(x);
}

/** A short, readable text of any value: `[0.1, 0.2, …(98 more)]`, `{ dw: [1, 2], db: 3 }`, `NaN`. */
export function show(value: unknown, depth = 0): string {
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'function') return `a function (${value.name || 'anonymous'})`;
  if (typeof value === 'bigint') return `${value}n`;
  if (depth > 3) return '…';
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    const head = items.slice(0, 8).map((v) => show(v, depth + 1));
    if (items.length > 8) head.push(`…(${items.length - 8} more)`);
    return `[${head.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).slice(0, 8);
    return `{ ${entries.map(([k, v]) => `${k}: ${show(v, depth + 1)}`).join(', ')} }`;
  }
  return String(value);
}

/** A number as JSON can carry it: NaN and the infinities become text. */
export function jsonNumber(x: number): number | string {
  return Number.isFinite(x) ? x : numberText(x);
}

/**
 * Compares `got` with `expected` within the tolerance, element by element through arrays,
 * typed arrays and plain objects. Returns null when they agree, else where and how they differ.
 */
export function compare(got: unknown, expected: unknown, tolerance: Tolerance = {}, path = 'the result'): string | null {
  const { rel, abs } = { ...DEFAULT_TOLERANCE, ...tolerance };
  if (typeof expected === 'number') {
    if (typeof got !== 'number') return `${path} should be a number, but it is ${show(got)}`;
    if (Number.isNaN(got)) return Number.isNaN(expected) ? null : `${path} is NaN`;
    if (expected === got) return null;
    if (!Number.isFinite(expected) || !Number.isFinite(got)) return `${path} is ${numberText(got)}, expected ${numberText(expected)}`;
    const err = Math.abs(got - expected);
    return err <= abs + rel * Math.abs(expected)
      ? null
      : `${path} is ${numberText(got)}, expected ${numberText(expected)} (off by ${err.toPrecision(3)})`;
  }
  if (Array.isArray(expected)) {
    if (!(Array.isArray(got) || ArrayBuffer.isView(got))) return `${path} should be an array, but it is ${show(got)}`;
    const items = Array.from(got as ArrayLike<unknown>);
    if (items.length !== expected.length) return `${path} has ${items.length} entries, expected ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = compare(items[i], expected[i], tolerance, `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof got !== 'object' || got === null) return `${path} should be an object, but it is ${show(got)}`;
    for (const key of Object.keys(expected)) {
      if (!(key in got)) return `${path} has no field "${key}"`;
      const m = compare((got as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], tolerance, `${path}.${key}`);
      if (m) return m;
    }
    return null;
  }
  return Object.is(got, expected) ? null : `${path} is ${show(got)}, expected ${show(expected)}`;
}

/** A deep copy of plain test data (numbers, arrays, plain objects). */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => clone(v)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clone(v);
    return out as T;
  }
  return value;
}

/** Whether two plain values are identical, NaN equal to NaN and -0 distinct from 0 (for "did it modify its input?"). */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => same((a as never)[k], (b as never)[k]));
  }
  return Object.is(a, b);
}
