import { describe, expect, it } from 'vitest';
import { compare, compileSubmission, defineExercise, gradeSource, show, timedOut } from '../src/index.ts';

const spec = defineExercise({
  id: 'double',
  title: 'Double',
  chapter: 'why-nonlinearity',
  exportName: 'double',
  signature: 'export function double(xs: number[]): number[]',
  hints: ['Multiply each entry by 2.'],
  tests: [
    { name: 'double([1, 2]) is [2, 4]', args: [[1, 2]], expected: [2, 4], hint: 'map each x to 2x' },
    { name: 'double([]) is []', args: [[]], expected: [] },
    { name: 'hidden: double([1e308]) is [Infinity]', args: [[1e308]], expected: [Infinity], hidden: true },
  ],
});

describe('gradeSource(spec, source)', () => {
  it('passes a correct TypeScript submission and counts points', () => {
    const r = gradeSource(spec, 'export function double(xs: number[]): number[] { return xs.map((x) => 2 * x); }');
    expect(r).toMatchObject({ exercise: 'double', passed: 2, total: 2, score: 2, maxScore: 2 });
    expect(r.tests[0]).toMatchObject({ passed: true, input: '[1, 2]', expected: '[2, 4]', got: '[2, 4]', message: '' });
  });

  it('runs hidden tests only when asked, and marks them', () => {
    const r = gradeSource(spec, 'export const double = (xs) => xs.map((x) => 2 * x);', { includeHidden: true });
    expect(r.total).toBe(3);
    expect(r.tests[2]).toMatchObject({ hidden: true, passed: true });
  });

  it('reports a wrong value with the expected value, what came back, the difference and the hint', () => {
    const r = gradeSource(spec, 'export function double(xs: number[]) { return xs.map((x) => x + 2); }');
    expect(r.tests[0]).toMatchObject({ passed: false, got: '[3, 4]', hint: 'map each x to 2x' });
    expect(r.tests[0]!.message).toBe('the result[0] is 3, expected 2 (off by 1.00)');
    expect(r.score).toBe(1);
  });

  it('fails a submission that modifies its input, saying so', () => {
    const r = gradeSource(spec, 'export function double(xs: number[]) { for (let i = 0; i < xs.length; i++) xs[i] *= 2; return xs; }');
    expect(r.tests[0]!.passed).toBe(false);
    expect(r.tests[0]!.message).toMatch(/changed its input/);
  });

  it('names the line and column of a syntax error and fails every test with it', () => {
    const r = gradeSource(spec, 'export function double(xs: number[]) {\n  return xs.map((x) => 2 * x;\n}');
    expect(r.error).toMatchObject({ kind: 'syntax', line: 2 });
    expect(r.error!.message).toMatch(/^Syntax error on line 2, column \d+/);
    expect(r.tests.every((t) => !t.passed && t.message === r.error!.message)).toBe(true);
  });

  it('names the expected export when it is missing or misnamed', () => {
    const r = gradeSource(spec, 'export function twice(xs: number[]) { return xs; }');
    expect(r.error).toMatchObject({ kind: 'missing-export' });
    expect(r.error!.message).toBe('Expected an exported function named "double" (export function double(xs: number[]): number[]), but the code exports "twice".');
  });

  it('reports an exception per test without stopping the others', () => {
    const r = gradeSource(spec, 'export function double(xs: number[]) { if (xs.length === 0) throw new RangeError("empty"); return xs.map((x) => 2 * x); }');
    expect(r.tests.map((t) => t.passed)).toEqual([true, false]);
    expect(r.tests[1]!.message).toBe('your function threw an error: RangeError: empty');
  });

  it('reports code that throws while loading, and refuses imports with a clear message', () => {
    expect(gradeSource(spec, 'throw new Error("boom");').error).toMatchObject({ kind: 'load', message: 'Your code threw while loading: Error: boom' });
    expect(gradeSource(spec, 'import fs from "node:fs"; export const double = (x) => fs.readFileSync(x);').error!.message).toMatch(/imports are not available/);
  });

  it('timedOut(spec, seconds) fails every test with a message that names the time limit', () => {
    const r = timedOut(spec, 2);
    expect(r.error).toMatchObject({ kind: 'timeout' });
    expect(r.tests.every((t) => !t.passed && /did not finish within 2 s/.test(t.message))).toBe(true);
  });
});

describe('compare(got, expected, tolerance)', () => {
  it('accepts values within abs + rel |expected| and rejects the rest, NaN included', () => {
    expect(compare(1 + 1e-13, 1)).toBeNull();
    expect(compare(1 + 1e-10, 1)).toMatch(/expected 1/);
    expect(compare(0, 4.2e-18)).toMatch(/is 0, expected 4.2e-18/);
    expect(compare(Number.NaN, 1)).toBe('the result is NaN');
    expect(compare([1, 2], [1, 2, 3])).toBe('the result has 3 entries, expected 3'.replace('3 entries', '2 entries'));
    expect(compare({ dw: [1], db: 2 }, { dw: [1], db: 2.5 }, { abs: 0.1 })).toMatch(/^the result.db is 2, expected 2.5/);
    expect(compare(new Float64Array([0.5]), [0.5])).toBeNull();
  });

  it('show(value) spells out NaN, -0, functions and long arrays', () => {
    expect(show([Number.NaN, -0, Infinity])).toBe('[NaN, -0, Infinity]');
    expect(show(Array.from({ length: 10 }, (_, i) => i))).toBe('[0, 1, 2, 3, 4, 5, 6, 7, …(2 more)]');
    expect(show(function f() {})).toBe('a function (f)');
  });

  it('compileSubmission strips types and keeps JavaScript as it is', () => {
    expect(compileSubmission('export const f = (x: number): number => x;').ok).toBe(true);
    expect(compileSubmission('export function f(x) { return x }').ok).toBe(true);
  });
});
