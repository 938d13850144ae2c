/**
 * Shows a checked GradeResult: the summary line ("9/12 tests passed", and why nothing ran when
 * the code could not run), then the tests, failed ones first under their own heading, each
 * marked in words (not by colour alone) with its input, expected value, result, and on failure
 * why and the hint. Everything is set with `textContent`: the texts come from the sandbox.
 */
import type { GradeResult, TestResult } from '@nonlinear/grader';

/** The summary sentence. Example: `summaryText({ passed: 3, total: 12, … })` is `'3/12 tests passed.'`. */
export function summaryText(result: GradeResult): string {
  const head = `${result.passed}/${result.total} tests passed`;
  if (result.error) return `${head}. ${result.error.message}`;
  return result.passed === result.total ? `${head}: well done.` : `${head}.`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function field(list: HTMLDListElement, term: string, value: string, code = true): void {
  list.append(el('dt', '', term));
  const dd = el('dd', '');
  dd.append(code ? el('code', '', value) : document.createTextNode(value));
  list.append(dd);
}

function testItem(t: TestResult): HTMLLIElement {
  const li = el('li', `nl-ex-test ${t.passed ? 'is-passed' : 'is-failed'}`);
  const title = el('p', 'nl-ex-test-name');
  title.append(el('span', 'nl-ex-mark', t.passed ? '✓ Passed' : '✗ Failed'), ' ', el('span', '', t.name));
  const facts = el('dl', 'nl-ex-facts');
  field(facts, 'Input', t.input);
  if (t.expected !== undefined) field(facts, 'Expected', t.expected);
  field(facts, 'Got', t.got);
  if (!t.passed && t.message) field(facts, 'Why', t.message, false);
  if (!t.passed && t.hint) field(facts, 'Hint', t.hint, false);
  li.append(title, facts);
  return li;
}

function group(heading: string, tests: TestResult[], level: 'h2' | 'h4'): HTMLElement[] {
  if (tests.length === 0) return [];
  const list = el('ol', 'nl-ex-tests');
  list.append(...tests.map(testItem));
  return [el(level, 'nl-ex-group', heading), list];
}

/**
 * Fills `summary` (the `role="status"` element) and `details` with `result`. Headings in
 * `details` use `level`, one below the exercise's own title.
 * Example: `showResult(statusEl, listEl, result, 'h4')`.
 */
export function showResult(summary: HTMLElement, details: HTMLElement, result: GradeResult, level: 'h2' | 'h4'): void {
  summary.textContent = summaryText(result);
  summary.classList.toggle('is-all-passed', !result.error && result.passed === result.total);
  details.replaceChildren();
  if (result.error) {
    const where = result.error.line ? ` The error is marked in the editor, at line ${result.error.line}.` : '';
    // The sandbox freezes the built-ins the grader relies on (src/exercises/sandbox-worker.ts).
    const frozen = /read only property|not extensible/.test(result.error.message)
      ? ' While your code runs, built-ins such as Math, Object and Array.prototype cannot be changed: leave them as they are.'
      : '';
    details.append(el('p', 'nl-ex-note', `None of the ${result.total} tests could run.${where}${frozen}`));
    return;
  }
  const failed = result.tests.filter((t) => !t.passed);
  const passed = result.tests.filter((t) => t.passed);
  details.append(...group(`Failed (${failed.length})`, failed, level), ...group(`Passed (${passed.length})`, passed, level));
}

/** Shows a short message in the status element instead of a result (the run could not be graded). */
export function showMessage(summary: HTMLElement, details: HTMLElement, message: string): void {
  summary.textContent = message;
  summary.classList.remove('is-all-passed');
  details.replaceChildren();
}
