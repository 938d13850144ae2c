import { describe, expect, it } from 'vitest';
import { formatAnswer, isWithin, parseAnswer, questionProblems, splitQuestion } from '../../src/lib/quiz.ts';

const choice = (html: string, correct = false) => `<nl-choice data-correct="${correct}">${html}</nl-choice>`;

describe('splitQuestion(html)', () => {
  it('separates prompt, choices (in order, math markup kept) and explanation', () => {
    const html = `<p>What is <span class="katex">x</span>?</p>\n${choice('<span class="katex">1</span>')}\n${choice('<p>two</p>', true)}\n<nl-explanation><p>Because <em>so</em>.</p></nl-explanation>`;
    const parts = splitQuestion(html);
    expect(parts.prompt).toBe('<p>What is <span class="katex">x</span>?</p>');
    expect(parts.choices).toEqual([
      { html: '<span class="katex">1</span>', correct: false },
      { html: 'two', correct: true },
    ]);
    expect(parts.explanation).toBe('<p>Because <em>so</em>.</p>');
    expect(parts.explanationCount).toBe(1);
  });
  it('drops the empty paragraph MDX leaves when choices sit inside one', () => {
    expect(splitQuestion(`<p>Q</p><p>${choice('a')}\n${choice('b', true)}</p>`).prompt).toBe('<p>Q</p>');
  });
});

describe('questionProblems(id, parts, answer, tolerance)', () => {
  const parts = (n: number, correct: number[], explanations = 1) =>
    splitQuestion(`<p>Q</p>${Array.from({ length: n }, (_, i) => choice(`c${i}`, correct.includes(i))).join('')}${'<nl-explanation>E</nl-explanation>'.repeat(explanations)}`);
  it('accepts a well-formed multiple-choice question and a well-formed numeric one', () => {
    expect(questionProblems('q-one', parts(3, [1]), undefined, undefined)).toEqual([]);
    expect(questionProblems('q-two', parts(0, []), 0.25, 1e-3)).toEqual([]);
  });
  it.each([
    ['one choice', 'q', parts(1, [0]), undefined, undefined, '2 to 5'],
    ['six choices', 'q', parts(6, [0]), undefined, undefined, '2 to 5'],
    ['no correct choice', 'q', parts(3, []), undefined, undefined, 'exactly one <Choice correct>'],
    ['two correct choices', 'q', parts(3, [0, 2]), undefined, undefined, 'found 2'],
    ['no explanation', 'q', parts(2, [0], 0), undefined, undefined, 'exactly one <Explanation>'],
    ['a camelCase id', 'myQuestion', parts(2, [0]), undefined, undefined, 'not kebab-case'],
    ['numeric with choices', 'q', parts(2, [0]), 1, 0.1, 'cannot have <Choice>'],
    ['numeric without tolerance', 'q', parts(0, []), 1, undefined, 'tolerance must be'],
    ['a negative tolerance', 'q', parts(0, []), 1, -1, 'tolerance must be'],
    ['a NaN answer', 'q', parts(0, []), NaN, 0.1, 'answer must be'],
  ] as const)('rejects %s', (_name, id, p, answer, tolerance, message) => {
    expect(questionProblems(id, p, answer, tolerance).join('; ')).toContain(message);
  });
});

describe('parseAnswer(text)', () => {
  it.each([
    ['0.0475', 0.0475],
    [' 2.944 ', 2.944],
    ['-3', -3],
    ['\u22123.5', -3.5],
    ['.5', 0.5],
    ['9.5367e-7', 9.5367e-7],
    ['9.5367E-7', 9.5367e-7],
    ['9.54 × 10^-7', 9.54e-7],
    ['9.54x10^{-7}', 9.54e-7],
    ['9.54*10^-7', 9.54e-7],
    ['0,25', 0.25],
    ['1/4', 0.25],
    ['1 000', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(parseAnswer(text)).toBe(value);
  });
  it.each(['', 'abc', '1.2.3', '1,000.5,2', '1/', 'e5', '0x10'])('returns NaN for %j', (text) => {
    expect(parseAnswer(text)).toBeNaN();
  });
});

describe('isWithin(value, answer, tolerance)', () => {
  it('accepts values within the absolute tolerance, boundary included', () => {
    expect(isWithin(2.944, Math.log(19), 0.005)).toBe(true);
    expect(isWithin(2.95, 2.945, 0.005)).toBe(true); // the boundary, though 2.95 - 2.945 rounds above 0.005
    expect(isWithin(2.9505, 2.945, 0.005)).toBe(false);
    expect(isWithin(9.54e-7, 0.25 ** 10, 5e-9)).toBe(true);
    expect(isWithin(1e-6, 0.25 ** 10, 5e-9)).toBe(false);
    expect(isWithin(NaN, 0, 1)).toBe(false);
  });
});

describe('formatAnswer(x)', () => {
  it.each([
    [0.0475, '0.0475'],
    [2.9444389791664403, '2.94444'],
    [9.5367431640625e-7, '9.53674 × 10⁻⁷'],
    [-1.5e12, '\u22121.5 × 10¹²'],
    [250, '250'],
    [0, '0'],
  ])('writes %d as %s', (x, text) => {
    expect(formatAnswer(x)).toBe(text);
  });
});
