import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chapterSlugs, screenshotDir, watchProblems } from '../support/browser.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

/** JavaScript a chapter may load before the reader scrolls or interacts, gzip -9 compressed. */
const JS_BUDGET_BYTES = 150 * 1024;

const env = siteInChromium();
const slugs = chapterSlugs();


const chapterUrl = (slug: string): string => `${env.site.url}chapters/${slug}/`;

async function widgetIds(page: Page): Promise<string[]> {
  return page.locator('figure[data-widget]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.widget!));
}

/** Opens every chapter in `page` and calls `visit` for each widget on it, in page order. */
async function eachWidget(page: Page, visit: (id: string, slug: string) => Promise<void>): Promise<void> {
  for (const slug of slugs) {
    await page.goto(chapterUrl(slug));
    for (const id of await widgetIds(page)) await visit(id, slug);
  }
}

/** Scrolls a widget into view and waits until its code has mounted. */
async function mounted(page: Page, id: string): Promise<Locator> {
  const fig = page.locator(`figure[data-widget="${id}"]`);
  await fig.scrollIntoViewIfNeeded();
  await page.locator(`figure[data-widget="${id}"][data-mounted]`).waitFor({ timeout: 20_000 });
  return fig;
}

/** Operates a control by keyboard the way a reader would: arrows for sliders and selects, Space for the rest. */
async function nudge(page: Page, control: Locator): Promise<void> {
  await control.focus();
  const kind = await control.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase()));
  await page.keyboard.press(kind === 'range' ? 'ArrowRight' : kind === 'select' ? 'ArrowDown' : 'Space');
}

describe('widgets in Chromium', () => {
  it('every chapter shows at least one figure without JavaScript, rendered at build time', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const slug of slugs) {
      await page.goto(chapterUrl(slug));
      const figures = page.locator('figure[data-widget] .nl-widget-figure');
      expect(await figures.count(), slug).toBeGreaterThan(0);
      for (const fig of await figures.all()) {
        expect(await fig.locator('svg').count(), slug).toBeGreaterThan(0);
        await expect.poll(() => fig.isVisible()).toBe(true);
      }
      const descriptions = await page.locator('figure[data-widget] figcaption').allTextContents();
      for (const d of descriptions) expect(d.trim().length, `${slug} figure description`).toBeGreaterThan(40);
    }
    await context.close();
  });

  it(`loads at most ${JS_BUDGET_BYTES / 1024} KB of compressed JavaScript on a chapter before the reader scrolls`, async () => {
    const report: Record<string, number> = {};
    for (const slug of slugs) {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const bodies: Promise<Buffer>[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') bodies.push(r.body());
      });
      await page.goto(chapterUrl(slug), { waitUntil: 'networkidle' });
      const bytes = (await Promise.all(bodies)).reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
      report[slug] = bytes;
      await context.close();
    }
    console.log('compressed JS before scrolling, bytes per chapter:', JSON.stringify(report));
    for (const [slug, bytes] of Object.entries(report)) expect(bytes, slug).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  });

  it('moving each widget\'s first control by keyboard changes its figure, and records the state in the URL', async () => {
    const timings: Record<string, { renders: number; p50: number; p95: number; max: number }> = {};
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await eachWidget(page, async (id) => {
      const fig = await mounted(page, id);
      const figure = fig.locator('.nl-widget-figure');
      const control = fig.locator('.nl-widget-controls').locator('input, select, button').first();
      const before = await figure.innerHTML();
      await nudge(page, control);
      await expect.poll(() => figure.innerHTML(), { message: `${id}: the figure changes`, timeout: 5_000 }).not.toBe(before);
      // Sliders: 20 more steps back and forth, to measure input-to-figure time.
      if ((await control.getAttribute('type')) === 'range') {
        for (let k = 0; k < 20; k++) await page.keyboard.press(k % 4 < 2 ? 'ArrowLeft' : 'ArrowRight');
      }
      await expect.poll(() => page.url(), { message: `${id}: the URL carries the state`, timeout: 3_000 }).toContain(`${id}.`);
      await fig.screenshot({ path: join(screenshotDir(), `widget-${id}-light.png`) });
      const times = await page.evaluate((w) => globalThis.__nlRenderTimes?.[w] ?? [], id);
      if (times.length > 0) {
        const s = [...times].sort((a, b) => a - b);
        const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
        timings[id] = { renders: s.length, p50: q(0.5), p95: q(0.95), max: s.at(-1)! };
      }
    });
    writeFileSync(join(process.cwd(), 'reports', 'widget-timings.json'), JSON.stringify(timings, null, 2));
    console.log('input → updated figure, ms:', JSON.stringify(timings));
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it('a shared link restores a widget\'s state, and a malformed one falls back to the defaults without errors', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await eachWidget(page, async (id, slug) => {
      const fig = await mounted(page, id);
      const slider = fig.locator('.nl-widget-controls input[type=range]').first();
      if ((await slider.count()) === 0) return;
      const initial = await slider.inputValue();
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const moved = await slider.inputValue();
      expect(moved, id).not.toBe(initial);
      await expect.poll(() => page.url(), { timeout: 3_000 }).toContain(`${id}.`);
      const shared = page.url();

      const other = await context.newPage();
      const otherProblems = watchProblems(other);
      await other.goto(shared);
      const again = await mounted(other, id);
      expect(await again.locator('.nl-widget-controls input[type=range]').first().inputValue(), `${id} from ${shared}`).toBe(moved);
      const name = await slider.getAttribute('name');
      await other.goto(`${chapterUrl(slug)}?${id}.${name}=not-a-number&${id}.nonsense=1#widget-${id}`);
      const reset = await mounted(other, id);
      expect(await reset.locator('.nl-widget-controls input[type=range]').first().inputValue(), `${id} with a bad link`).toBe(initial);
      expect(otherProblems.list).toEqual([]);
      await other.close();
      await page.goto(chapterUrl(slug));
    });
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it('widgets that animate do not start playing when the reader prefers reduced motion', async () => {
    const context: BrowserContext = await env.browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    let checked = 0;
    await eachWidget(page, async (id) => {
      const fig = page.locator(`figure[data-widget="${id}"]`);
      if ((await fig.locator('[data-action="play"]').count()) === 0) return;
      await mounted(page, id);
      await page.waitForTimeout(500);
      expect(await fig.getAttribute('data-playing'), id).not.toBe('true');
      checked++;
    });
    expect(checked).toBeGreaterThan(0);
    await context.close();
  });

  it('widgets fit a 390 px phone screen and read in the dark theme', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const page = await context.newPage();
    for (const slug of slugs) {
      await page.goto(chapterUrl(slug));
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      for (const id of await widgetIds(page)) {
        const fig = await mounted(page, id);
        const box = (await fig.boundingBox())!;
        expect(box.x, id).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${id} overflows the screen`).toBeLessThanOrEqual(390 + 1);
        await fig.screenshot({ path: join(screenshotDir(), `widget-${id}-dark-390.png`) });
      }
    }
    await context.close();
  });
});
