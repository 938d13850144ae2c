import { describe, expect, it } from 'vitest';
import { gradeSource, timedOut } from '@nonlinear/grader';
import spec from '../../content/exercises/sigmoid/spec.ts';
import gradSpec from '../../content/exercises/sigmoid-grad/spec.ts';
import { MAX_TEXT, checkResult, failAll, sampleValue } from '../../src/exercises/result.ts';

const SOLUTION = 'export function sigmoid(x: number) { return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)); }';
const expected = { exercise: 'sigmoid', tests: spec.tests.filter((t) => !t.hidden).map((t) => t.name) };
/** A real grade, passed through JSON as structured cloning would (no functions, plain data). */
const real = (source: string, s = spec) => JSON.parse(JSON.stringify(gradeSource(s, source)));

describe('checkResult(data, expected)', () => {
  it('accepts the grader\'s own result and returns an equal, fresh copy', () => {
    for (const source of [SOLUTION, 'export function sigmoid(x) { return 0.5; }', 'export function sigmoid(x) {', 'export const s = 1;']) {
      const data = real(source);
      const checked = checkResult(data, expected);
      expect(checked).toEqual({ result: data });
      if ('result' in checked) expect(checked.result).not.toBe(data);
    }
  });
  it('accepts a derivative exercise\'s plot, whose non-finite samples arrive as text', () => {
    const data = real('export function sigmoidGrad(x: number) { return x > 5 ? NaN : 0.25; }', gradSpec);
    expect(data.plot.derivative).toContain('NaN');
    const checked = checkResult(data, { exercise: 'sigmoid-grad', tests: gradSpec.tests.map((t) => t.name) });
    expect('result' in checked && checked.result.plot).toEqual(data.plot);
  });
  it('accepts the time-out grade made at build time, and failAll turns it into a crash for every test', () => {
    const skeleton = JSON.parse(JSON.stringify(timedOut(spec, 2)));
    expect('result' in checkResult(skeleton, expected)).toBe(true);
    const crash = failAll(skeleton, { kind: 'crash', message: 'boom' });
    expect(crash.error).toEqual({ kind: 'crash', message: 'boom' });
    expect(crash.tests.every((t) => !t.passed && t.message === 'boom' && t.got === '(not run)')).toBe(true);
    expect(crash.passed).toBe(0);
    expect(crash.total).toBe(spec.tests.length);
    expect('result' in checkResult(crash, expected)).toBe(true);
  });

  const good = () => real('export function sigmoid(x) { return 0.5; }');
  it.each<[string, (d: ReturnType<typeof good>) => unknown, string]>([
    ['not an object', () => 'all passed', 'not a grade'],
    ['another exercise', (d) => ({ ...d, exercise: 'relu' }), 'grades "relu", not "sigmoid"'],
    ['a forged "all passed" without the tests', (d) => ({ ...d, passed: 12, total: 12, tests: [] }), 'does not hold the 12 tests'],
    ['a test renamed', (d) => ((d.tests[3].name = 'easy'), d), 'test 4 is not'],
    ['a summary that disagrees with the tests', (d) => ({ ...d, passed: d.total }), 'summary disagrees'],
    ['a verdict that is not a boolean', (d) => ((d.tests[0].passed = 'yes'), d), 'test 1 has no verdict'],
    ['points above the maximum', (d) => ((d.tests[0].points = 5), d), 'bad points'],
    ['a hidden test', (d) => ((d.tests[0].hidden = true), d), 'hidden test'],
    ['markup where text belongs', (d) => ((d.tests[0].got = { toString: 1 }), d), 'no text "got"'],
    ['an unknown error kind', (d) => ({ ...d, error: { kind: 'pwned', message: '' } }), 'error is malformed'],
    ['an error line of 0', (d) => ({ ...d, error: { kind: 'syntax', message: 'x', line: 0 } }), 'bad line'],
    ['an error with passing tests', (d) => ({ ...d, error: { kind: 'load', message: 'x' } }), 'error but passed tests'],
    ['a plot with a non-number', (d) => ({ ...d, plot: { x: [0], derivative: ['<img>'], numeric: [0] } }), 'bad value'],
    ['a plot of mismatched lengths', (d) => ({ ...d, plot: { x: [0, 1], derivative: [0], numeric: [0, 1] } }), 'bad lengths'],
    ['a huge plot', (d) => ({ ...d, plot: { x: new Array(5000).fill(0), derivative: new Array(5000).fill(0), numeric: new Array(5000).fill(0) } }), 'bad lengths'],
  ])('refuses %s', (_name, change, problem) => {
    const r = checkResult(change(good()), expected);
    expect('problem' in r && r.problem).toContain(problem);
  });
  it('clips over-long texts instead of passing them on', () => {
    const d = good();
    d.tests[0].message = 'x'.repeat(1_000_000);
    const r = checkResult(d, expected);
    expect('result' in r && r.result.tests[0]!.message.length).toBe(MAX_TEXT);
  });
  it('drops fields the page does not know', () => {
    const d = { ...good(), extra: '<script>', tests: good().tests.map((t: object) => ({ ...t, html: '<b>' })) };
    const r = checkResult(d, expected);
    expect('result' in r && 'extra' in r.result).toBe(false);
    expect('result' in r && 'html' in r.result.tests[0]!).toBe(false);
  });
});

describe('sampleValue(v)', () => {
  it('reads the texts JSON cannot carry as numbers', () => {
    expect(sampleValue('NaN')).toBeNaN();
    expect(sampleValue('-Infinity')).toBe(-Infinity);
    expect(sampleValue(0.25)).toBe(0.25);
  });
});
