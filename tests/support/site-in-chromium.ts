/**
 * The setup every browser test file shares: one built site served over HTTP and one headless
 * Chromium for the whole file, both started before its first test and stopped after its last.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export interface SiteInChromium {
  /** Set once the file's `beforeAll` has run; use it inside tests and hooks only. */
  browser: Browser;
  /** The served site; `site.url` ends with the base path. */
  site: StaticSite;
}

/**
 * Registers the hooks and returns the object they fill in. `key` names the build the `site`
 * project's global setup provides (tests/support/build-sites.ts), `base` the path it is served under.
 * Example: `const env = siteInChromium(); ... await env.browser.newPage(); await page.goto(env.site.url);`
 */
export function siteInChromium(key: 'siteRoot' | 'siteNnCourse' = 'siteRoot', base = '/'): SiteInChromium {
  const env = {} as SiteInChromium;
  beforeAll(async () => {
    env.site = await serveStatic(inject(key), base);
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
