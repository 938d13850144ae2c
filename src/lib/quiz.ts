/**
 * Pure helpers behind the quiz components (src/components/quiz/): splitting a rendered question
 * into its parts at build time, and reading and checking a numeric answer in the browser.
 * No DOM here, so all of it is tested in Node (tests/lib/quiz.test.ts).
 */

/** One `<Choice>` as rendered: its HTML (math included) and whether it is the correct one. */
export interface RenderedChoice {
  html: string;
  correct: boolean;
}

/** A `<Question>`'s rendered children, sorted into prompt, choices and explanation. */
export interface QuestionParts {
  /** Everything that is neither a choice nor the explanation: the question itself. */
  prompt: string;
  choices: RenderedChoice[];
  /** The `<Explanation>`'s HTML, or undefined when the question has none. */
  explanation: string | undefined;
  /** How many `<Explanation>` elements there were (a question must have exactly one). */
  explanationCount: number;
}

// Choice.astro and Explanation.astro wrap their content in these custom elements; Question.astro
// takes them out again. Neither can nest inside itself, so a lazy match finds each whole.
const CHOICE = /<nl-choice data-correct="(true|false)">([\s\S]*?)<\/nl-choice>/g;
const EXPLANATION = /<nl-explanation>([\s\S]*?)<\/nl-explanation>/g;

/** Removes one `<p>` that wraps the whole of `html` (MDX adds it around multi-line content). */
function unwrapParagraph(html: string): string {
  const m = /^\s*<p>([\s\S]*)<\/p>\s*$/.exec(html);
  return m && !m[1]!.includes('<p') ? m[1]!.trim() : html.trim();
}

/**
 * Splits the HTML of a question's children into prompt, choices and explanation.
 * Contract: the markers are those Choice.astro and Explanation.astro emit; empty paragraphs left
 * behind by MDX (a `<Choice>` on its own line inside a paragraph) are dropped from the prompt.
 *
 * Example: `splitQuestion('<p>Q?</p><nl-choice data-correct="true">A</nl-choice>')`
 * is `{ prompt: '<p>Q?</p>', choices: [{ html: 'A', correct: true }], explanation: undefined, explanationCount: 0 }`.
 */
export function splitQuestion(html: string): QuestionParts {
  const choices = [...html.matchAll(CHOICE)].map((m) => ({ html: unwrapParagraph(m[2]!), correct: m[1] === 'true' }));
  const explanations = [...html.matchAll(EXPLANATION)].map((m) => m[1]!.trim());
  const prompt = html
    .replace(CHOICE, '')
    .replace(EXPLANATION, '')
    .replace(/<p>\s*<\/p>/g, '')
    .trim();
  return { prompt, choices, explanation: explanations[0], explanationCount: explanations.length };
}

/** Kebab-case: lower-case letters and digits in words joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Build-time checks of one question's props and parts; returns the problems found (empty when
 * none). Contract: a multiple-choice question has 2-5 choices, exactly one correct, and no
 * `answer`/`tolerance`; a numeric one has a finite `answer`, a finite `tolerance` >= 0 and no
 * choices; every question has a kebab-case id and exactly one explanation.
 *
 * Example: `questionProblems('q1', splitQuestion('<p>Q</p>'), undefined, undefined)` lists the
 * missing choices and the missing explanation.
 */
export function questionProblems(
  id: string,
  parts: QuestionParts,
  answer: number | undefined,
  tolerance: number | undefined,
): string[] {
  const problems: string[] = [];
  if (!KEBAB_CASE.test(id)) problems.push(`id "${id}" is not kebab-case`);
  if (parts.prompt === '') problems.push('it has no question text');
  if (parts.explanationCount !== 1) problems.push(`it needs exactly one <Explanation>, found ${parts.explanationCount}`);
  const numeric = answer !== undefined || tolerance !== undefined;
  if (numeric) {
    if (parts.choices.length > 0) problems.push('a numeric question (answer/tolerance) cannot have <Choice> children');
    if (typeof answer !== 'number' || !Number.isFinite(answer)) problems.push('answer must be a finite number, e.g. answer={0.25}');
    if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0)
      problems.push('tolerance must be a finite number >= 0, e.g. tolerance={1e-3}');
  } else {
    const n = parts.choices.length;
    if (n < 2 || n > 5) problems.push(`a multiple-choice question needs 2 to 5 <Choice> children, found ${n}`);
    const correct = parts.choices.filter((c) => c.correct).length;
    if (correct !== 1) problems.push(`exactly one <Choice correct> is needed, found ${correct}`);
  }
  return problems;
}

/**
 * Reads a number typed by a reader. Accepts an optional sign (ASCII or Unicode minus), a decimal
 * point or a lone decimal comma, an exponent written `e-7`, `E-7`, `×10^-7`, `x10^-7` or `*10^-7`,
 * a simple fraction `a/b`, and spaces anywhere. Returns NaN for anything else (empty input included).
 *
 * Example: `parseAnswer('9.54 × 10^-7')` is `9.54e-7`; `parseAnswer('0,25')` is `0.25`; `parseAnswer('1/4')` is `0.25`.
 */
export function parseAnswer(text: string): number {
  let s = text.replace(/[\s\u00a0\u202f_]/g, '').replace(/[\u2212\u2013]/g, '-');
  if (s.includes(',') && !s.includes('.') && s.split(',').length === 2) s = s.replace(',', '.');
  s = s.replace(/(?:[×x*]|\\times)10\^\{?([+-]?\d+)\}?$/i, 'e$1');
  const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
  const slash = s.indexOf('/');
  if (slash >= 0) {
    const [a, b] = [s.slice(0, slash), s.slice(slash + 1)];
    if (!NUMBER.test(a) || !NUMBER.test(b)) return NaN;
    return Number(a) / Number(b);
  }
  return NUMBER.test(s) ? Number(s) : NaN;
}

/**
 * Whether `value` is within the absolute `tolerance` of `answer`: |value − answer| <= tolerance,
 * with a few ulps of slack so that a boundary value typed in decimal is not rejected by rounding.
 *
 * Example: `isWithin(0.0475, 0.0475, 0)` is true; `isWithin(0.05, 0.0475, 1e-3)` is false.
 */
export function isWithin(value: number, answer: number, tolerance: number): boolean {
  if (!Number.isFinite(value)) return false;
  const slack = 4 * Number.EPSILON * Math.max(Math.abs(value), Math.abs(answer), tolerance);
  return Math.abs(value - answer) <= tolerance + slack;
}

/**
 * A number as a reader would write it: plain decimals from 1e-4 to 1e6, otherwise
 * `m × 10^k` with a Unicode superscript exponent; up to 6 significant digits, no trailing zeros.
 *
 * Example: `formatAnswer(9.5367e-7)` is `'9.5367 × 10⁻⁷'`; `formatAnswer(0.0475)` is `'0.0475'`.
 */
export function formatAnswer(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return String(x).replace('-', '\u2212');
  const sign = x < 0 ? '\u2212' : '';
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e6) return sign + String(Number(a.toPrecision(6)));
  const [mantissa, exponent] = a.toExponential(5).split('e') as [string, string];
  const sup: Record<string, string> = { '-': '⁻', '+': '', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
  const k = [...exponent].map((c) => sup[c] ?? c).join('');
  return `${sign}${Number(mantissa)} × 10${k}`;
}
