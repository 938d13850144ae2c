/**
 * An inline confirmation, in place of `window.confirm`: a question with a "yes" button (focused)
 * and "Cancel", inside the exercise. Escape or Cancel close it and give focus back to the button
 * that asked.
 */

export interface ConfirmBox {
  /** Asks `question`; runs `onYes` if the reader confirms with the button labelled `yes`. */
  ask(question: string, yes: string, from: HTMLElement, onYes: () => void): void;
}

/** Binds to a `[data-ex-confirm]` box holding a `<p>` and two buttons `[data-confirm="yes"]`, `[data-confirm="no"]`. */
export function confirmBox(box: HTMLElement): ConfirmBox {
  const text = box.querySelector('p')!;
  const yes = box.querySelector<HTMLButtonElement>('[data-confirm="yes"]')!;
  const no = box.querySelector<HTMLButtonElement>('[data-confirm="no"]')!;
  let pending: { from: HTMLElement; onYes: () => void } | null = null;
  const close = (confirmed: boolean): void => {
    const p = pending;
    pending = null;
    box.hidden = true;
    if (!p) return;
    if (confirmed) p.onYes();
    else p.from.focus();
  };
  yes.addEventListener('click', () => close(true));
  no.addEventListener('click', () => close(false));
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(false);
    }
  });
  return {
    ask(question, yesLabel, from, onYes) {
      pending = { from, onYes };
      text.textContent = question;
      yes.textContent = yesLabel;
      box.hidden = false;
      yes.focus();
    },
  };
}
