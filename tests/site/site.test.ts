import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** Every URL a page or stylesheet points at: href, src and CSS url(). */
function referencedUrls(text: string): string[] {
  const urls = [...text.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
  urls.push(...[...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!));
  return urls.filter((u) => !u.startsWith('data:') && !u.startsWith('#') && !/^[a-z]+:/i.test(u));
}

/** Fetches every page and asset reachable from `start` on the same origin; returns status by URL. */
async function crawl(start: string): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  const queue = [start];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const res = await fetch(url);
    seen.set(url, res.status);
    const type = res.headers.get('content-type') ?? '';
    if (!res.ok || !(type.startsWith('text/html') || type.startsWith('text/css'))) continue;
    for (const ref of referencedUrls(await res.text())) {
      const next = new URL(ref, url);
      next.hash = '';
      if (next.origin === new URL(start).origin && !seen.has(next.href)) queue.push(next.href);
    }
  }
  return seen;
}

describe('the site built with BASE_PATH=/nn-course/', () => {
  let dist: string;
  let site: StaticSite;

  beforeAll(async () => {
    dist = buildSite('/nn-course/');
    site = await serveStatic(dist, '/nn-course/');
  });
  afterAll(async () => {
    await site?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('points every internal link and asset under /nn-course/', () => {
    const offenders: string[] = [];
    const files = [...htmlFiles(dist), ...readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css')).map((f) => join(dist, '_astro', f))];
    for (const file of files) {
      for (const url of referencedUrls(readFileSync(file, 'utf8'))) {
        // Root-relative URLs must carry the base; relative ones (fonts next to their CSS) are fine.
        if (url.startsWith('/') && !url.startsWith('/nn-course/')) offenders.push(`${relative(dist, file)}: ${url}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('serves every page and asset reachable from the home page with status 200', async () => {
    const statuses = await crawl(site.url);
    const broken = [...statuses].filter(([, status]) => status !== 200);
    expect(broken).toEqual([]);
    const urls = [...statuses.keys()];
    expect(urls).toContain(`${site.url}chapters/sigmoid/`);
    expect(urls.some((u) => u.endsWith('.woff2'))).toBe(true);
    expect(urls.some((u) => u.endsWith('.css'))).toBe(true);
  });

  it('lists the chapters on the home page', async () => {
    const html = await (await fetch(site.url)).text();
    expect(html).toContain('href="/nn-course/chapters/sigmoid/"');
    expect(html).toMatch(/<h1[^>]*>Nonlinear<\/h1>/);
    // The list numbers chapters as the chapter pages do ("Chapter 2"), not by position.
    expect(html).toMatch(/<li value="2"[^>]*>\s*<a href="\/nn-course\/chapters\/sigmoid\/"/);
  });

  it('typesets the chapter math with KaTeX at build time, with no math left for the browser', async () => {
    const html = await (await fetch(`${site.url}chapters/sigmoid/`)).text();
    expect(html.match(/class="katex"/g)?.length ?? 0).toBeGreaterThan(20);
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('<math');
    expect(html).not.toContain('katex-error');
    expect(html).not.toContain('language-math');
    expect(html).not.toMatch(/<script/);
  });
});

describe('the site built without BASE_PATH', () => {
  it('serves from the root', async () => {
    const dist = buildSite();
    const site = await serveStatic(dist, '/');
    try {
      const html = await (await fetch(site.url)).text();
      expect(html).toContain('href="/chapters/sigmoid/"');
      expect((await fetch(`${site.url}chapters/sigmoid/`)).status).toBe(200);
    } finally {
      await site.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
