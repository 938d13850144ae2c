import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openContext, watchProblems } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

let browser: Browser;
const sites: StaticSite[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const s of sites) await s.close();
});

// "logistic" appears in the sigmoid chapter's opening paragraph.
describe.each([
  ['/', 'siteRoot'],
  ['/nn-course/', 'siteNnCourse'],
] as const)('search on the site served at %s', (base, key) => {
  it('finds the sigmoid chapter by a word from its text', async () => {
    const site = await serveStatic(inject(key), base);
    sites.push(site);
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(site.url);
    await page.locator('site-search button[data-open-modal]').first().click();
    const input = page.getByRole('searchbox').or(page.locator('.pagefind-ui__search-input')).first();
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill('logistic');
    const hit = page.locator(`.pagefind-ui__result-link[href^="${base}chapters/sigmoid/"]`).first();
    await hit.waitFor({ state: 'visible', timeout: 30_000 });
    await hit.click();
    await page.waitForURL((u) => u.pathname === `${base}chapters/sigmoid/`);
    expect(problems.list).toEqual([]);
    await context.close();
  });
});
