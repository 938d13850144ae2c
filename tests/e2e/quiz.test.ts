import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openContext, watchProblems } from '../support/browser.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';
import { PROGRESS_VERSION, emptyProgress } from '../../src/lib/progress.ts';

// Scripts run late on a busy shared machine: wait up to 30 s (expect.poll's default is 1 s).
const POLL = { timeout: 30_000 };

const env = siteInChromium();

const activeDescription = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `[${el.type}]` : ''} ${el.textContent?.trim() ?? ''}`.trim() : '';
  });

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 12): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${await activeDescription(page)}`);
}

const storedProgress = (page: Page) => page.evaluate(() => localStorage.getItem('nonlinear:progress'));

describe('the self-check quiz', () => {
  it('works by keyboard alone, saves the answer, and the home page shows it', async () => {
    const context = await openContext(env.browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${env.site.url}chapters/sigmoid/`);
    const q1 = page.locator('.quiz-question[data-question="derivative-from-output"]');
    // Start from the "Check yourself" heading's anchor link, the last stop before the quiz.
    await page.locator('#check-yourself').locator('xpath=..').locator('a').first().focus();
    await tabTo(page, '.quiz-question[data-question="derivative-from-output"] input[type=radio]');
    await page.keyboard.press('Space'); // selects the first choice, 0.95 (wrong)
    await page.keyboard.press('ArrowDown'); // moves to and selects 0.0475 (right)
    expect(await q1.locator('input[type=radio]:checked').getAttribute('value')).toBe('1');
    await tabTo(page, '.quiz-question[data-question="derivative-from-output"] .quiz-check', 1);
    await page.keyboard.press('Enter');
    await expect.poll(() => q1.locator('.quiz-feedback').textContent(), POLL).toBe('Correct.');
    expect(await q1.locator('.quiz-feedback').getAttribute('aria-live')).toBe('polite');
    expect(await q1.locator('.quiz-explanation').isVisible()).toBe(true);
    expect(await q1.locator('.quiz-explanation').textContent()).toContain('reuses the forward output');

    // A wrong numeric answer, typed and checked with Enter: the feedback gives the answer.
    const q2 = page.locator('.quiz-question[data-question="input-from-output"]');
    await tabTo(page, '#quiz-input-from-output-input', 8);
    await page.keyboard.type('2.5');
    await page.keyboard.press('Enter');
    await expect.poll(() => q2.locator('.quiz-feedback').textContent(), POLL).toBe('Not quite: the answer is 2.94444.');
    expect(await q2.locator('.quiz-explanation').isVisible()).toBe(true);

    const saved = JSON.parse((await storedProgress(page))!);
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(saved.chapters.sigmoid.quiz['derivative-from-output'].correct).toBe(true);
    expect(saved.chapters.sigmoid.quiz['input-from-output'].correct).toBe(false);
    expect(typeof saved.chapters.sigmoid.visitedAt).toBe('string');

    await page.goto(env.site.url);
    const line = page.locator('li[data-slug="sigmoid"] .chapter-progress');
    const total = await page.locator('li[data-slug="sigmoid"]').getAttribute('data-questions');
    expect(total?.split(' ')).toHaveLength(5);
    await expect.poll(() => line.textContent(), POLL).toBe('visited · 1 of 5 questions right');
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it('with unreadable saved progress, shows a polite notice, keeps working, saves nothing until the reader starts fresh', async () => {
    const context = await openContext(env.browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(env.site.url);
    const corrupt = '{"version": 1, "chapters": "oops"';
    await page.evaluate((raw) => localStorage.setItem('nonlinear:progress', raw), corrupt);
    await page.reload();
    const notice = page.locator('.progress-notice');
    await expect.poll(() => notice.textContent(), POLL).toContain('could not be read');
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await page.locator('.chapter-list > li').count()).toBeGreaterThan(0);

    await page.goto(`${env.site.url}chapters/sigmoid/`);
    await expect.poll(() => notice.isVisible(), POLL).toBe(true);
    const q1 = page.locator('.quiz-question[data-question="derivative-from-output"]');
    await q1.locator('input[value="1"]').check();
    await q1.locator('.quiz-check').click();
    await expect.poll(() => q1.locator('.quiz-feedback').textContent(), POLL).toContain('Correct.');
    expect(await q1.locator('.quiz-feedback').textContent()).toContain('Not saved');
    expect(await storedProgress(page)).toBe(corrupt); // visiting and answering left it alone

    await page.getByRole('button', { name: /Start fresh/ }).click();
    await expect.poll(() => notice.textContent(), POLL).toContain('Progress reset');
    expect(await page.evaluate(() => localStorage.getItem('nonlinear:progress:backup'))).toBe(corrupt);
    expect(JSON.parse((await storedProgress(page))!)).toEqual(emptyProgress());
    await q1.locator('.quiz-check').click();
    await expect.poll(async () => JSON.parse((await storedProgress(page))!).chapters.sigmoid?.quiz['derivative-from-output']?.correct, POLL).toBe(true);
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it('leaves progress saved by a newer version of the course untouched', async () => {
    const context = await openContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url);
    const newer = JSON.stringify({ version: PROGRESS_VERSION + 1, chapters: {}, exercises: {}, somethingNew: {} });
    await page.evaluate((raw) => localStorage.setItem('nonlinear:progress', raw), newer);
    await page.goto(`${env.site.url}chapters/sigmoid/`);
    await expect.poll(() => page.locator('.progress-notice').textContent(), POLL).toContain('newer version');
    expect(await storedProgress(page)).toBe(newer);
    await context.close();
  });
});
