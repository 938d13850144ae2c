import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chapterSlugs, openContext, pagePaths, screenshotDir, watchProblems } from '../support/browser.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

// Scripts run late on a busy shared machine: wait up to 30 s (expect.poll's default is 1 s).
const POLL = { timeout: 30_000 };
// A full-page screenshot of a 20,000-pixel chapter can take minutes on a busy machine.
const SHOT = { animations: 'disabled', timeout: 480_000 } as const;

const env = siteInChromium();

interface Visit {
  status: number;
  ids: string[];
  links: string[];
}

/** Opens `url` in `page`; returns its status, its element ids and the href of every link on it. */
async function visit(page: Page, url: string): Promise<Visit> {
  const response = await page.goto(url, { waitUntil: 'load' });
  const { ids, links } = await page.evaluate(() => ({
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
  }));
  return { status: response?.status() ?? 0, ids, links };
}

describe('the site built at /, in Chromium', () => {
  it('reaches every page from the home page; every page is 200, logs no errors, and no internal link or anchor is broken', async () => {
    const context = await openContext(env.browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    const origin = new URL(env.site.url).origin;
    const visits = new Map<string, Visit>();
    const anchors: { from: string; to: string; id: string }[] = [];
    const assets = new Set<string>();
    const queue = [env.site.url];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (visits.has(url)) continue;
      const v = await visit(page, url);
      visits.set(url, v);
      for (const href of v.links) {
        const target = new URL(href);
        if (target.origin !== origin) continue;
        const id = decodeURIComponent(target.hash.slice(1));
        target.hash = '';
        if (id) anchors.push({ from: url, to: target.href, id });
        if (/\.[a-z0-9]+$/i.test(target.pathname)) assets.add(target.href);
        else if (!visits.has(target.href)) queue.push(target.href);
      }
    }
    const bad = [...visits].filter(([, v]) => v.status !== 200).map(([u, v]) => `${u}: ${v.status}`);
    for (const asset of assets) {
      const status = (await fetch(asset)).status;
      if (status !== 200) bad.push(`${asset}: ${status}`);
    }
    const missingAnchors = anchors
      .filter(({ to, id }) => !visits.get(to)?.ids.includes(id))
      .map(({ from, to, id }) => `${from} → ${to}#${id}`);
    expect(bad).toEqual([]);
    expect([...new Set(missingAnchors)]).toEqual([]);
    expect(problems.list).toEqual([]);
    // Every built page is reachable by links, the instructor guide included.
    const reached = [...visits.keys()].map((u) => u.slice(env.site.url.length)).sort();
    expect(reached).toEqual(expect.arrayContaining(pagePaths(inject('siteRoot'))));
    expect(reached).toContain('instructors/');
    await context.close();
  });

  it.each(chapterSlugs())('chapters/%s/ shows rendered math, and its screenshot is saved', async (slug) => {
    // Reduced motion: the widgets hold still, so a full-page screenshot of a long chapter is not chasing animation frames.
    const context = await openContext(env.browser, { viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${env.site.url}chapters/${slug}/`);
    const math = page.locator('.sl-markdown-content .katex');
    expect(await math.count()).toBeGreaterThan(0);
    await expect.poll(() => math.first().isVisible(), POLL).toBe(true);
    expect(await page.locator('.katex-error').count()).toBe(0);
    // Display math never makes the page itself scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: join(screenshotDir(), `chapter-${slug}-light-1280.png`), fullPage: true, ...SHOT });
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it.each([
    ['home', ''],
    ['chapter-sigmoid', 'chapters/sigmoid/'],
  ])('%s in the dark theme at 390 px wide fits the screen; its screenshot is saved', async (name, path) => {
    const context = await openContext(env.browser, { viewport: { width: 390, height: 844 }, colorScheme: 'dark', isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(env.site.url + path);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: join(screenshotDir(), `${name}-dark-390.png`), fullPage: true, ...SHOT });
    // The mobile layout: the sidebar sits behind a menu button that opens it.
    const menu = page.locator('button.sl-menu-button');
    expect(await menu.isVisible()).toBe(true);
    expect(await page.locator('#starlight__sidebar a[href="/instructors/"]').isVisible()).toBe(false);
    await menu.click();
    await expect.poll(() => page.locator('#starlight__sidebar a[href="/instructors/"]').isVisible(), POLL).toBe(true);
    await context.close();
  });

  it('a chapter page offers a skip link first, an on-page table of contents and previous/next links', async () => {
    const context = await openContext(env.browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.site.url}chapters/sigmoid/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('sl-skip-link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#_top$/);
    expect(await page.locator('starlight-toc a[href="#check-yourself"]').isVisible()).toBe(true);
    expect(await page.locator('.pagination-links a[rel="next"]').count()).toBe(1);
    expect(await page.locator('.pagination-links a[rel="prev"]').count()).toBe(1);
    await context.close();
  });

  it('home page in the light theme at 1280 px: screenshot saved', async () => {
    // Reduced motion: the widgets hold still, so a full-page screenshot of a long chapter is not chasing animation frames.
    const context = await openContext(env.browser, { viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(env.site.url);
    await page.screenshot({ path: join(screenshotDir(), 'home-light-1280.png'), fullPage: true, ...SHOT });
    await context.close();
  });
});
