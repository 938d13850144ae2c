import { describe, expect, it } from 'vitest';
import { chapterSlugs, openContext } from '../support/browser.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

const env = siteInChromium();

describe('with JavaScript disabled', () => {
  it.each(chapterSlugs())('chapters/%s/ is readable: title, prose and math visible', async (slug) => {
    const context = await openContext(env.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.url}chapters/${slug}/`);
    const title = page.locator('h1#_top');
    expect(await title.isVisible()).toBe(true);
    expect((await title.textContent())?.trim().length).toBeGreaterThan(2);
    const prose = page.locator('.sl-markdown-content > p').first();
    expect(await prose.isVisible()).toBe(true);
    expect((await prose.textContent())!.length).toBeGreaterThan(40);
    expect(await page.locator('.sl-markdown-content .katex').first().isVisible()).toBe(true);
    await context.close();
  });

  it('a quiz shows its questions and choices, hides the button that needs a script, and reveals the answer on request', async () => {
    const context = await openContext(env.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.url}chapters/sigmoid/`);
    const q1 = page.locator('.quiz-question[data-question="derivative-from-output"]');
    expect(await q1.locator('.quiz-prompt').isVisible()).toBe(true);
    expect(await q1.locator('.quiz-choice').count()).toBe(4);
    expect(await q1.locator('.quiz-choice .katex').first().isVisible()).toBe(true);
    expect(await q1.locator('.quiz-check').isVisible()).toBe(false);
    expect(await q1.locator('.quiz-explanation').isVisible()).toBe(false);
    await q1.locator('summary', { hasText: 'Show answer' }).click();
    expect(await q1.locator('.quiz-explanation').isVisible()).toBe(true);
    expect(await q1.locator('.quiz-answer-line .katex').isVisible()).toBe(true);
    await context.close();
  });

  it('the home page lists every chapter with its summary', async () => {
    const context = await openContext(env.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url);
    const items = page.locator('.chapter-list > li');
    expect(await items.count()).toBe(chapterSlugs().length);
    for (const slug of chapterSlugs()) {
      expect(await page.locator(`.chapter-list a[href="/chapters/${slug}/"]`).isVisible()).toBe(true);
    }
    expect(await page.locator('.chapter-summary').first().isVisible()).toBe(true);
    await context.close();
  });
});
