import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { openContext, pagePaths } from '../support/browser.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

const env = siteInChromium();

// [page label, theme, path] for every page of the root build, in both themes.
const cases = pagePaths(inject('siteRoot')).flatMap((path) => (['light', 'dark'] as const).map((theme) => [path || '(home)', theme, path] as const));

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  it.each(cases)('%s in the %s theme has no serious or critical violation', async (_label, theme, path) => {
    const context = await openContext(env.browser, { viewport: { width: 1280, height: 900 } });
    // Starlight reads the reader's theme choice from this key before the page paints.
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    await page.goto(env.site.url + path);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await page.evaluate(() => document.fonts.ready.then(() => undefined)); // final layout, math fonts included
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
    expect(serious).toEqual([]);
    await context.close();
  });

  it("the theme picker switches the page to dark and back, and remembers the reader's choice", async () => {
    const context = await openContext(env.browser, { colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${env.site.url}chapters/sigmoid/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const picker = page.locator('starlight-theme-select select').first();
    await picker.selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await picker.selectOption('auto');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await context.close();
  });
});
