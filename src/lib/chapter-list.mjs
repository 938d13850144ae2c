// @ts-check
/**
 * The chapter list for the sidebar, read straight from the chapter files' frontmatter when
 * astro.config.mjs loads (before the content layer runs), so adding a chapter file adds it to
 * the navigation with no list to keep in step. The content collection validates the same
 * frontmatter strictly at build time; this reader only needs `title` and `order`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads `key: value` lines of a Markdown file's YAML frontmatter (scalars only: enough for
 * `title`, `summary` and `order`; quotes around a value are removed).
 *
 * Example: `readFrontmatter('---\ntitle: "Tanh"\norder: 3\n---\n')` is `{ title: 'Tanh', order: '3' }`.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function readFrontmatter(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  /** @type {Record<string, string>} */
  const fields = {};
  if (!m) return fields;
  for (const line of (m[1] ?? '').split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const [, key = '', raw = ''] = kv;
    const quote = /^(['"]).*\1$/.test(raw) ? raw[0] : undefined;
    fields[key] = quote ? raw.slice(1, -1).replace(quote === "'" ? /''/g : /\\"/g, quote) : raw;
  }
  return fields;
}

/**
 * The chapters in `dir` (`*.md`/`*.mdx`, names not starting with `_`) in course order:
 * `{ slug, title, order }` sorted by `order`, then slug. A file without a numeric `order` or a
 * `title` is left out here (the content collection reports it as an error at build time).
 *
 * Example: `listChapters('content/chapters')[0]` is `{ slug: 'why-nonlinearity', title: '...', order: 1 }`.
 * @param {string} dir
 * @returns {{ slug: string; title: string; order: number }[]}
 */
export function listChapters(dir) {
  return readdirSync(dir)
    .filter((f) => /^[^_].*\.mdx?$/.test(f))
    .map((f) => {
      const fm = readFrontmatter(readFileSync(join(dir, f), 'utf8'));
      return { slug: f.replace(/\.mdx?$/, ''), title: fm.title ?? '', order: Number(fm.order) };
    })
    .filter((c) => c.title !== '' && Number.isFinite(c.order))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}
