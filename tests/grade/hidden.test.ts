/**
 * Hidden tests stay instructor-only: nothing the site is built from can reach a hidden.ts (no
 * import or glob under src/ or in the chapters matches one, the browser's sandbox worker globs
 * spec.ts only, no spec imports its hidden file), and a built site, when one is present, carries
 * none of their names. The command line does merge them, marks them hidden, and the reference
 * solutions pass them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gradeSource } from '@nonlinear/grader';
import { describe, expect, it } from 'vitest';
import { runnerScript } from '../../scripts/grade/bundle.ts';
import { loadExercises } from '../../scripts/grade/exercises.ts';
import { REPO } from './helpers.ts';

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : files(p, ext);
    return ext.test(d.name) ? [p] : [];
  });
}

/** A glob (`*`, `**`, `{a,b}`) as a regular expression over paths. */
function globRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') (re += '.*'), i++;
    else if (c === '*') re += '[^/]*';
    else if (c === '{') re += '(';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const siteSources = [...files(join(REPO, 'src'), /\.(ts|tsx|js|mjs|astro|mdx|md|svelte|vue)$/), ...files(join(REPO, 'content', 'chapters'), /\.mdx?$/), join(REPO, 'astro.config.mjs')];
const aHiddenFile = '/content/exercises/sigmoid/hidden.ts';

describe('hidden tests never reach the site', { timeout: 120_000 }, () => {
  it('no file under src/, in the chapters or the Astro config names a hidden.ts', () => {
    expect(siteSources.length).toBeGreaterThan(10);
    const offenders = siteSources.filter((f) => /hidden\.[cm]?[jt]s\b|exercises\/[^'"`\s]*\/hidden['"`]/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(REPO, f))).toEqual([]);
  });

  it('no import.meta.glob under src/ matches a hidden.ts', () => {
    const globs = siteSources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*(['"`])([^'"`]+)\1/g)].map((m) => m[2]!));
    expect(globs.length).toBeGreaterThan(0);
    for (const g of globs) expect(globRegex(g).test(aHiddenFile), g).toBe(false);
    expect(globRegex('/content/exercises/*/*.ts').test(aHiddenFile)).toBe(true); // the check would catch a broad glob
  });

  it('the browser’s sandbox worker loads spec.ts files only', () => {
    const worker = readFileSync(join(REPO, 'src', 'exercises', 'sandbox-worker.ts'), 'utf8');
    const globs = [...worker.matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(globs).toEqual(['/content/exercises/*/spec.ts']);
    expect(worker).not.toMatch(/includeHidden\s*:\s*true/);
  });

  it('no spec.ts imports its hidden tests', () => {
    for (const f of files(join(REPO, 'content', 'exercises'), /^spec\.ts$/)) expect(readFileSync(f, 'utf8'), f).not.toMatch(/hidden['"]|hidden\.ts/);
  });

  const built = readdirSync(REPO).filter((d) => /^dist/.test(d) && existsSync(join(REPO, d, '_astro'))).map((d) => join(REPO, d));
  it.skipIf(built.length === 0)('a built site (dist*/ when present) contains no hidden test name', async () => {
    const names = (await loadExercises()).flatMap((e) => e.spec.tests.filter((t) => t.hidden).map((t) => t.name));
    for (const dir of built) {
      const hiddenFilesAreOlder = (await loadExercises()).every((e) => !e.hiddenFile || statSync(e.hiddenFile).mtimeMs < statSync(dir).mtimeMs);
      for (const f of files(dir, /\.(js|mjs|html)$/)) {
        const text = readFileSync(f, 'utf8');
        for (const n of names) expect(text.includes(n), `${relative(REPO, f)} contains "${n}" (built after the hidden tests: ${hiddenFilesAreOlder})`).toBe(false);
      }
    }
  });
});

describe('hidden tests on the command line', { timeout: 120_000 }, () => {
  it('every exercise has some, merged after the visible ones and marked hidden, and the reference solution passes them', async () => {
    for (const e of await loadExercises()) {
      expect(e.hiddenFile, e.id).toBeDefined();
      const hidden = e.spec.tests.filter((t) => t.hidden);
      expect(hidden.length, e.id).toBeGreaterThan(0);
      expect(e.spec.tests.slice(-hidden.length)).toEqual(hidden);
      const r = gradeSource(e.spec, readFileSync(join(REPO, 'content', 'exercises', e.id, 'solution.ts'), 'utf8'), { includeHidden: true });
      expect(r.tests.filter((t) => t.hidden && !t.passed).map((t) => `${t.name}: ${t.message}`), e.id).toEqual([]);
      expect(gradeSource(e.spec, 'export const nothing = 1').tests.some((t) => t.hidden), 'the browser’s call leaves them out').toBe(false);
    }
  });

  it('the child’s script holds its own exercise’s hidden tests and no other’s', async () => {
    const all = await loadExercises();
    const [sigmoid, relu] = [all.find((e) => e.id === 'sigmoid')!, all.find((e) => e.id === 'relu')!];
    const script = await runnerScript(sigmoid);
    for (const t of sigmoid.spec.tests.filter((x) => x.hidden)) expect(script).toContain(JSON.stringify(t.name).slice(1, -1));
    for (const t of relu.spec.tests.filter((x) => x.hidden)) expect(script).not.toContain(t.name);
  });
});
