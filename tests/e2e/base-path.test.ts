import { describe, expect, it } from 'vitest';
import { openContext, watchProblems } from '../support/browser.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

const env = siteInChromium('siteNnCourse', '/nn-course/');

describe('the site built with BASE_PATH=/nn-course/, served under /nn-course/', () => {
  it('goes home → first chapter → next chapter with every request under /nn-course/ and none failing', async () => {
    const context = await openContext(env.browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(env.site.url);
    expect(await page.locator('h1').first().textContent()).toBe('Nonlinear');

    const first = page.locator('.chapter-list > li > a').first();
    const firstHref = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(new URL(firstHref!, env.site.url).href);
    expect(await page.locator('.sl-markdown-content .katex').first().isVisible()).toBe(true);

    const next = page.locator('.pagination-links a[rel="next"]');
    const secondHref = await page.locator('.chapter-list > li > a').nth(1).getAttribute('href').catch(() => null);
    const nextHref = await next.getAttribute('href');
    expect(nextHref).toMatch(/^\/nn-course\/chapters\/[a-z-]+\/$/);
    if (secondHref) expect(nextHref).toBe(secondHref);
    await next.click();
    await page.waitForURL(new URL(nextHref!, env.site.url).href);
    expect(await page.locator('.sl-markdown-content .katex').first().isVisible()).toBe(true);

    const origin = new URL(env.site.url).origin;
    const outside = requested.filter((u) => u.startsWith(origin) && !u.startsWith(env.site.url));
    expect(outside).toEqual([]);
    expect(problems.list).toEqual([]);
    await context.close();
  });
});
