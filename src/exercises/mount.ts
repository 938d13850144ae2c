/**
 * Brings one exercise to life: replaces the starter `<pre>` with the editor (restoring the
 * reader's saved code), saves the code as the reader types, runs the tests in the sandbox, checks
 * and shows the result, and handles hints, the solution and reset. Loaded on demand by
 * exercise-client.ts; one mounter (and one sandbox) per page.
 */
import type { GradeResult, SubmissionError } from '@nonlinear/grader';
import { recordExerciseCode, recordExerciseRun, type ExerciseProgress } from '../lib/progress';
import { confirmBox } from './confirm';
import { createEditor } from './editor';
import { checkResult, failAll } from './result';
import { showMessage, showResult } from './results-view';
import { createSandbox, type Sandbox, type SandboxAnswer } from './sandbox';
import workerUrl from './sandbox-worker.ts?worker&url';
import { savedExercise, saveProgress } from './saved';

const SAVE_DELAY_MS = 600;

/** The grade to show for what the sandbox answered, checked against the exercise's tests. */
function toResult(answer: SandboxAnswer, skeleton: GradeResult): GradeResult {
  const fail = (error: SubmissionError) => failAll(skeleton, error);
  if (answer.kind === 'timeout') return skeleton; // the grader's own timedOut(spec, 2), made at build time
  if (answer.kind === 'crash') return fail({ kind: 'crash', message: `Your code stopped the grader's sandbox: ${answer.reason}.` });
  const checked = checkResult(answer.data, { exercise: skeleton.exercise, tests: skeleton.tests.map((t) => t.name) });
  if ('result' in checked) return checked.result;
  return fail({ kind: 'crash', message: `The sandbox sent back something that is not a grade (${checked.problem}). Does your code call postMessage?` });
}

function savedLine(e: ExerciseProgress | undefined): string {
  if (!e || e.attempts === 0) return e ? 'Your code is saved in this browser as you type.' : '';
  const runs = `${e.attempts} ${e.attempts === 1 ? 'run' : 'runs'}`;
  const last = e.status === 'passed' ? `all ${e.total} tests passed` : `${e.passed}/${e.total} tests passed`;
  return `Saved in this browser: ${runs}; the last one: ${last}.`;
}

function mountExercise(section: HTMLElement, sandbox: Sandbox): void {
  const id = section.dataset.exercise!;
  const exportName = section.dataset.export!;
  const q = <T extends HTMLElement>(selector: string): T => section.querySelector<T>(selector)!;
  const skeleton = JSON.parse(q('[data-ex-skeleton]').textContent!) as GradeResult;
  const pre = q<HTMLPreElement>('.nl-ex-starter');
  const starter = pre.textContent ?? '';
  const host = q('[data-ex-editor]');
  const notice = q('[data-ex-notice]');
  const savedNote = q('[data-ex-saved]');
  const summary = q('[data-ex-summary]');
  const details = q('[data-ex-details]');
  const plotBox = q('[data-ex-plot]');
  const level = section.dataset.level === 'h2' ? 'h2' : 'h4';
  const confirm = confirmBox(q('[data-ex-confirm]'));
  const buttons = {
    run: q<HTMLButtonElement>('[data-action="run"]'),
    hint: q<HTMLButtonElement>('[data-action="hint"]'),
    solution: q<HTMLButtonElement>('[data-action="solution"]'),
    reset: q<HTMLButtonElement>('[data-action="reset"]'),
  };

  let saved = savedExercise(id);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let hintsShown = 0;
  let warned = false;

  const say = (text: string): void => {
    notice.textContent = text;
  };
  const showSaved = (): void => {
    savedNote.textContent = savedLine(saved);
    savedNote.hidden = savedNote.textContent === '';
    buttons.solution.setAttribute('aria-disabled', String((saved?.attempts ?? 0) === 0));
  };
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const code = editor.code();
    const problem = saveProgress((p) => recordExerciseCode(p, id, code, new Date()));
    if (problem && !warned) say(problem);
    warned ||= problem !== null;
    if (!problem) saved = savedExercise(id);
    showSaved();
  };

  const hadFocus = pre.contains(document.activeElement);
  host.replaceChildren();
  const editor = createEditor(host, {
    doc: saved?.code ?? starter,
    label: `Your code for ${exportName}`,
    describedBy: `exercise-${id}-keys`,
    onChange: () => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    },
    onRun: () => void run(),
  });
  if (hadFocus) editor.focus();
  // Leaving the page must not lose the last keystrokes.
  window.addEventListener('pagehide', () => timer !== undefined && save());

  async function run(): Promise<void> {
    if (running) return;
    running = true;
    buttons.run.setAttribute('aria-disabled', 'true');
    section.setAttribute('aria-busy', 'true');
    showMessage(summary, details, 'Running the tests…');
    if (timer !== undefined) save();
    const code = editor.code();
    const result = toResult(await sandbox.run(id, code), skeleton);
    showResult(summary, details, result, level);
    if (result.error?.line !== undefined) editor.markError(result.error.message, result.error.line, result.error.column);
    const problem = saveProgress((p) => recordExerciseRun(p, id, code, result.passed, result.total, new Date()));
    saved = problem ? { code, attempts: (saved?.attempts ?? 0) + 1, passed: result.passed, total: result.total, status: 'failed', updatedAt: '' } : savedExercise(id);
    if (problem && !warned) say(problem);
    warned ||= problem !== null;
    showSaved();
    plotBox.replaceChildren();
    const of = section.dataset.plotOf;
    if (result.plot && of && !result.error) {
      import('./plot-view')
        .then((m) => m.showDerivativePlot(plotBox, result.plot!, exportName, of))
        .catch(() => (plotBox.textContent = 'The plot of your derivative could not be drawn.'));
    }
    section.removeAttribute('aria-busy');
    buttons.run.removeAttribute('aria-disabled');
    running = false;
  }

  buttons.run.addEventListener('click', () => void run());

  const hints = [...section.querySelectorAll<HTMLLIElement>('[data-ex-hints] li')];
  buttons.hint.addEventListener('click', () => {
    if (hintsShown >= hints.length) {
      say('That was the last hint. The reference solution is under "Show solution".');
      return;
    }
    hints[hintsShown]!.hidden = false;
    hintsShown += 1;
    q('[data-ex-hints]').hidden = false;
    q('[data-ex-hint-count]').textContent = `${hintsShown} of ${hints.length}`;
    say('');
    if (hintsShown === hints.length) buttons.hint.setAttribute('aria-disabled', 'true');
  });

  buttons.solution.addEventListener('click', () => {
    if ((saved?.attempts ?? 0) === 0) {
      say('Run the tests at least once before looking at the solution.');
      return;
    }
    confirm.ask('Show the reference solution? Working it out yourself is what makes it stick; the hints may be enough.', 'Yes, show the solution', buttons.solution, () => {
      const box = q('[data-ex-solution]');
      const code = box.querySelector('pre code')!;
      code.textContent = q<HTMLTemplateElement>('template[data-ex-solution-code]').content.textContent ?? '';
      box.hidden = false;
      say('The reference solution is shown below the results.');
      box.querySelector<HTMLElement>('pre')!.focus();
    });
  });

  buttons.reset.addEventListener('click', () => {
    confirm.ask('Replace your code with the starter code? Ctrl+Z in the editor brings your code back.', 'Yes, reset', buttons.reset, () => {
      editor.replace(starter);
      save();
      say('Back to the starter code. Press Ctrl+Z (Cmd+Z on a Mac) in the editor to get your code back.');
      editor.focus();
    });
  });

  showSaved();
  sandbox.prepare();
  q('[data-ex-actions]').hidden = false;
  section.dataset.mounted = '';
}

/** One mounter per page: it owns the page's sandbox. Example: `createMounter().mount(section)`. */
export function createMounter(): { mount(section: HTMLElement): void } {
  const sandbox = createSandbox({ workerUrl });
  return { mount: (section) => mountExercise(section, sandbox) };
}
