import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium; .ci/run installs it with apt. No test ever downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Launches headless Chromium with the flags that work on the shared CI machines. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    timeout: 60_000,
  });
}

/**
 * A fresh browser context with waits long enough for a busy shared 2-core machine (the default
 * 30 s for a page load is not, while other builds run beside the tests).
 */
export async function openContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(90_000);
  context.setDefaultNavigationTimeout(120_000);
  return context;
}

/** Where the run's screenshots go (gitignored with the rest of reports/). */
export function screenshotDir(): string {
  const dir = join(process.cwd(), 'reports', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The chapter slugs of the course: the non-underscore .md/.mdx files of content/chapters/. */
export function chapterSlugs(): string[] {
  return readdirSync(join(process.cwd(), 'content', 'chapters'))
    .filter((f) => /^[^_].*\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ''))
    .sort();
}

/** Every page path of a built site relative to its base: '', 'chapters/sigmoid/', ... (404.html excluded). */
export function pagePaths(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => f.replace(/index\.html$/, ''))
    .sort();
}

/** What went wrong on a page while it was open: console errors, uncaught exceptions, failed or 4xx/5xx requests. */
export interface PageProblems {
  list: string[];
}

/** Starts recording `page`'s console errors, page errors and failed requests into the returned list. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { list: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.list.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.list.push(`uncaught on ${page.url()}: ${e.message}`));
  page.on('requestfailed', (r) => {
    // ERR_ABORTED is the browser cancelling a request because the page navigated away, not a failure.
    const error = r.failure()?.errorText ?? '';
    if (!error.includes('ERR_ABORTED')) problems.list.push(`request failed: ${r.url()} (${error})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.list.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}
