/**
 * The quiz's client side: shows the "Check answer" buttons, checks an answer, announces the
 * result in the question's live region, reveals the explanation and saves the answer in the
 * reader's progress. Plain DOM, no framework; the markup comes from Question.astro.
 */
import { isWithin, parseAnswer } from '../../lib/quiz';
import { openProgress, recordAnswer, type ProgressStore } from '../../lib/progress';

function storeOrNull(): ProgressStore | null {
  try {
    return openProgress(window.localStorage);
  } catch {
    return null; // localStorage itself can throw when storage is disabled
  }
}

type Verdict = { correct: boolean } | { missing: string };

function judge(question: HTMLElement): Verdict {
  if (question.dataset.kind === 'numeric') {
    const input = question.querySelector<HTMLInputElement>('input')!;
    if (input.value.trim() === '') return { missing: 'Type a number first.' };
    const value = parseAnswer(input.value);
    if (Number.isNaN(value)) return { missing: `"${input.value.trim()}" is not a number I can read; try e.g. 0.25 or 9.5e-7.` };
    return { correct: isWithin(value, Number(question.dataset.answer), Number(question.dataset.tolerance)) };
  }
  const chosen = question.querySelector<HTMLInputElement>('input[type=radio]:checked');
  if (!chosen) return { missing: 'Choose an answer first.' };
  return { correct: chosen.hasAttribute('data-correct') };
}

function check(question: HTMLElement, slug: string): void {
  const feedback = question.querySelector<HTMLElement>('.quiz-feedback')!;
  const verdict = judge(question);
  feedback.replaceChildren();
  question.classList.remove('is-correct', 'is-wrong');
  if ('missing' in verdict) {
    feedback.textContent = verdict.missing;
    return;
  }
  question.classList.add(verdict.correct ? 'is-correct' : 'is-wrong');
  if (verdict.correct) {
    feedback.textContent = 'Correct.';
  } else {
    const value = question.querySelector('.quiz-answer-value')!.cloneNode(true);
    feedback.append('Not quite: the answer is ', value, '.');
  }
  // Opened afresh at each check, so a reset made from the progress notice takes effect at once.
  const store = storeOrNull();
  if (!store?.update((p) => recordAnswer(p, slug, question.dataset.question!, verdict.correct, new Date()))) {
    const note = document.createElement('span');
    note.className = 'quiz-unsaved';
    note.textContent =
      store?.loaded.status === 'corrupt' || store?.loaded.status === 'newer'
        ? ' (Not saved: see the note about your saved progress at the top of the page.)'
        : ' (Not saved: this browser is not letting the page store anything.)';
    feedback.append(note);
  }
  const details = question.querySelector<HTMLDetailsElement>('.quiz-answer')!;
  details.hidden = false;
  details.open = true;
  details.querySelector('summary')!.textContent = 'Answer and explanation';
}

/**
 * Enhances every `.quiz` under `root`: before a check the answer stays hidden (it is a plain
 * `<details>` without JavaScript); Enter in a numeric field checks it like the button does.
 */
export function initQuizzes(root: ParentNode): void {
  for (const quiz of root.querySelectorAll<HTMLElement>('.quiz[data-quiz]')) {
    const slug = quiz.dataset.quiz!;
    for (const question of quiz.querySelectorAll<HTMLElement>('.quiz-question')) {
      const button = question.querySelector<HTMLButtonElement>('.quiz-check')!;
      const details = question.querySelector<HTMLDetailsElement>('.quiz-answer')!;
      details.hidden = true;
      button.hidden = false;
      button.addEventListener('click', () => check(question, slug));
      question.querySelector('.quiz-numeric input')?.addEventListener('keydown', (event) => {
        const key = (event as KeyboardEvent).key;
        if (key === 'Enter') {
          event.preventDefault();
          check(question, slug);
        }
      });
    }
  }
}
