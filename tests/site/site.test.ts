import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chapterSlugs } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

// The sites are built once per run by tests/support/build-sites.ts (the `site` project's global setup).

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
    dist = inject('siteNnCourse');
    site = await serveStatic(dist, '/nn-course/');
  });
  afterAll(async () => {
    await site?.close();
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
    for (const slug of chapterSlugs()) expect(urls).toContain(`${site.url}chapters/${slug}/`);
    expect(urls).toContain(`${site.url}instructors/`);
    expect(urls.some((u) => u.endsWith('.woff2'))).toBe(true);
    expect(urls.some((u) => u.endsWith('.css'))).toBe(true);
    // The search index is loaded by script, so the crawl above cannot see it.
    expect((await fetch(`${site.url}pagefind/pagefind.js`)).status).toBe(200);
    expect((await fetch(`${site.url}pagefind/pagefind-entry.json`)).status).toBe(200);
  });

  it('lists the chapters on the home page', async () => {
    const html = await (await fetch(site.url)).text();
    expect(html).toMatch(/<h1[^>]*>Nonlinear<\/h1>/);
    for (const slug of chapterSlugs()) expect(html).toContain(`href="/nn-course/chapters/${slug}/"`);
    // The list numbers chapters as the chapter pages do ("Chapter 2"), not by position.
    expect(html).toMatch(/<li value="2" data-slug="sigmoid"[^>]*>\s*<a href="\/nn-course\/chapters\/sigmoid\/"/);
    expect(html).toContain('href="/nn-course/instructors/"');
  });

  it('typesets the chapter math with KaTeX at build time, with no math left for the browser', async () => {
    const html = await (await fetch(`${site.url}chapters/sigmoid/`)).text();
    expect(html.match(/class="katex"/g)?.length ?? 0).toBeGreaterThan(20);
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('<math');
    expect(html).not.toContain('katex-error');
    expect(html).not.toContain('language-math');
    // No client-side math: KaTeX's script and auto-render are never shipped.
    expect(html).not.toMatch(/<script[^>]*katex/i);
    expect(html).not.toContain('renderMathInElement');
  });

  it('describes each chapter with its summary and its title in the sidebar, in course order', async () => {
    const html = await (await fetch(`${site.url}chapters/sigmoid/`)).text();
    const summary = /^summary:\s*(.+)$/m.exec(readFileSync('content/chapters/sigmoid.mdx', 'utf8'))![1]!;
    expect(html).toContain(`<meta name="description" content="${summary.replace(/"/g, '&quot;')}"`);
    const sidebar = [...html.matchAll(/href="\/nn-course\/chapters\/([a-z-]+)\/"/g)].map((m) => m[1]);
    const order = (slug: string) => Number(/^order:\s*(\d+)/m.exec(readFileSync(`content/chapters/${slug}.mdx`, 'utf8'))![1]);
    const expected = chapterSlugs().sort((a, b) => order(a) - order(b));
    expect(sidebar.slice(0, expected.length)).toEqual(expected);
  });

  it('publishes the instructor guide from docs/instructor-guide.md', async () => {
    const html = await (await fetch(`${site.url}instructors/`)).text();
    expect(html).toMatch(/<h1[^>]*>Instructor guide<\/h1>/);
    expect(html).toContain('BASE_PATH=/nn-course/ npm run build');
    expect(readFileSync('docs/instructor-guide.md', 'utf8')).toContain('BASE_PATH=/nn-course/ npm run build');
  });
});

describe('the site built without BASE_PATH', () => {
  it('serves from the root', async () => {
    const site = await serveStatic(inject('siteRoot'), '/');
    try {
      const html = await (await fetch(site.url)).text();
      expect(html).toContain('href="/chapters/sigmoid/"');
      expect((await fetch(`${site.url}chapters/sigmoid/`)).status).toBe(200);
      expect((await fetch(`${site.url}pagefind/pagefind.js`)).status).toBe(200);
    } finally {
      await site.close();
    }
  });
});
