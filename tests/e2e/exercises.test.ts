import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import sigmoidSpec from '../../content/exercises/sigmoid/spec.ts';
import { screenshotDir, watchProblems } from '../support/browser.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

const env = siteInChromium();

const N = sigmoidSpec.tests.filter((t) => !t.hidden).length;
/** One line, so that typing it key by key is not disturbed by the editor closing brackets on its own. */
const SOLUTION = 'export function sigmoid(x: number): number { if (x >= 0) return 1 / (1 + Math.exp(-x)); const e = Math.exp(x); return e / (1 + e); }';

async function open(context: BrowserContext, path = 'exercises/sigmoid/'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(env.site.url + path);
  return page;
}

/** The exercise's section, once its editor has loaded (it loads when reached). */
async function ready(page: Page, id = 'sigmoid') {
  const section = page.locator(`section[data-exercise="${id}"]`);
  await section.scrollIntoViewIfNeeded();
  await page.locator(`section[data-exercise="${id}"][data-mounted]`).waitFor({ timeout: 20_000 });
  return section;
}

/** Replaces the editor's text: select all, then type (key by key) or paste (`insertText`, for multi-line code). */
async function enter(page: Page, id: string, code: string, how: 'type' | 'paste' = 'paste'): Promise<void> {
  await page.locator(`section[data-exercise="${id}"] .cm-content`).click();
  await page.keyboard.press('Control+A');
  if (how === 'type') await page.keyboard.type(code);
  else await page.keyboard.insertText(code);
}

const status = (page: Page, id = 'sigmoid') => page.locator(`section[data-exercise="${id}"] [role="status"]`);

/** Presses "Run tests" and waits for the verdict; returns it and how long it took. */
async function runTests(page: Page, id = 'sigmoid'): Promise<{ text: string; ms: number }> {
  const t0 = Date.now();
  await page.locator(`section[data-exercise="${id}"]`).getByRole('button', { name: 'Run tests' }).click();
  await expect.poll(() => status(page, id).textContent(), { timeout: 15_000 }).toMatch(/tests passed/);
  return { text: (await status(page, id).textContent()) ?? '', ms: Date.now() - t0 };
}

describe('exercises in the page', () => {
  it(`on /exercises/sigmoid/, typing a correct solution and pressing "Run tests" shows "${N}/${N} tests passed", and the progress survives a reload`, async () => {
    const context = await env.browser.newContext();
    const page = await open(context);
    const problems = watchProblems(page);
    await ready(page);
    await enter(page, 'sigmoid', SOLUTION, 'type');
    const { text } = await runTests(page);
    expect(text).toContain(`${N}/${N} tests passed`);
    expect(await page.locator('.nl-ex-test.is-passed').count()).toBe(N);
    expect(await page.locator('.nl-ex-test.is-failed').count()).toBe(0);

    await page.reload();
    await ready(page);
    expect(await page.locator('section[data-exercise="sigmoid"] .cm-content').textContent()).toBe(SOLUTION);
    expect(await page.locator('[data-ex-saved]').textContent()).toContain(`1 run; the last one: all ${N} tests passed`);
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('nonlinear:progress')))!);
    expect(saved.version).toBe(2);
    expect(saved.exercises.sigmoid).toMatchObject({ code: SOLUTION, attempts: 1, passed: N, total: N, status: 'passed' });

    await page.goto(`${env.site.url}exercises/`);
    await expect.poll(() => page.locator('tr[data-id="sigmoid"] [data-status]').textContent(), { timeout: 10_000 }).toBe(`all ${N} tests passed`);
    expect(await page.locator('tr[data-id="relu"] [data-status]').textContent()).toBe('not started');
    expect(await page.locator('tr[data-id]').count()).toBe(13);
    await page.goto(env.site.url);
    await expect.poll(() => page.locator('li[data-slug="sigmoid"] .chapter-exercises').textContent(), { timeout: 10_000 }).toBe('exercises: 1 of 2 solved');
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it('saves the code as the reader types, and restores it on return without a run', async () => {
    const context = await env.browser.newContext();
    const page = await open(context, 'exercises/relu/');
    await ready(page, 'relu');
    await enter(page, 'relu', 'export function relu(x: number) { return x; } // draft');
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('nonlinear:progress') ?? '{}').exercises?.relu?.status), { timeout: 10_000 }).toBe('started');
    await page.reload();
    await ready(page, 'relu');
    expect(await page.locator('section[data-exercise="relu"] .cm-content').textContent()).toContain('// draft');
    await context.close();
  });

  for (const [where, code] of [
    ['inside the function', 'export function sigmoid(x: number): number {\n  while (true) {}\n}'],
    ['at top level', 'while (true) {}\nexport function sigmoid(x: number): number { return 0; }'],
  ] as const) {
    it(`while (true) {} ${where} ends with a time-out message within 5 s, and the page stays responsive meanwhile`, async () => {
      const context = await env.browser.newContext();
      const page = await open(context);
      await ready(page);
      // Warm up (loads the grader), so the 5 s measure the loop, not the first download.
      await runTests(page);
      await enter(page, 'sigmoid', code);
      const t0 = Date.now();
      await page.getByRole('button', { name: 'Run tests' }).click();
      await page.waitForTimeout(300); // the loop is running now
      const e0 = Date.now();
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
      expect(Date.now() - e0).toBeLessThan(500);
      await page.getByRole('button', { name: 'Show hint' }).click();
      await expect.poll(() => page.locator('[data-ex-hints] li:not([hidden])').count(), { timeout: 1_000 }).toBe(1);
      await expect.poll(() => status(page).textContent(), { timeout: 5_000 }).toContain('did not finish within 2 s');
      expect(Date.now() - t0).toBeLessThan(5_000);
      expect(await status(page).textContent()).toContain(`0/${N} tests passed`);
      // The sandbox still works after it killed the loop.
      await enter(page, 'sigmoid', SOLUTION);
      expect((await runTests(page)).text).toContain(`${N}/${N} tests passed`);
      await context.close();
    });
  }

  it('a syntax error names its line and column in the summary and is marked in the editor', async () => {
    const context = await env.browser.newContext();
    const page = await open(context);
    await ready(page);
    await enter(page, 'sigmoid', 'export function sigmoid(x: number): number {\n  const y = 1 +;\n  return y;\n}');
    const { text } = await runTests(page);
    expect(text).toMatch(/Syntax error on line 2, column \d+/);
    expect(await page.locator('[data-ex-details]').textContent()).toContain('marked in the editor, at line 2');
    // A range, or a point when the error is at the end of a line.
    expect(await page.locator('.cm-lintRange-error, .cm-lintPoint-error').count()).toBe(1);
    expect(await page.locator('.cm-lint-marker-error').count()).toBe(1);
    await context.close();
  });

  it('a missing or misnamed export names the export the exercise expects', async () => {
    const context = await env.browser.newContext();
    const page = await open(context);
    await ready(page);
    await enter(page, 'sigmoid', 'export function sigmoidd(x: number) { return 0.5; }');
    const { text } = await runTests(page);
    expect(text).toContain('Expected an exported function named "sigmoid"');
    expect(text).toContain('exports "sigmoidd"');
    await context.close();
  });

  it("code in the sandbox cannot read the site's localStorage, cookies or DOM, nor reach the network", async () => {
    const context = await env.browser.newContext();
    const page = await open(context);
    // A request blocked by the sandbox's Content-Security-Policy is reported as started, then failed with "csp":
    // it never leaves the browser. Any response means it reached the server.
    const responses: string[] = [];
    const failures: string[] = [];
    context.on('response', (r) => responses.push(r.url()));
    context.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
    await page.evaluate(() => {
      localStorage.setItem('secret', 'S3CRET-STORAGE');
      document.cookie = 'secret=S3CRET-COOKIE; path=/';
    });
    await ready(page);
    const probe = `${env.site.url}probe-from-sandbox`;
    const attack = `
      const found = [];
      const tryIt = (name, f) => { try { found.push(name + '=' + String(f())); } catch (e) { found.push(name + ':' + e.name); } };
      tryIt('localStorage', () => localStorage.getItem('secret'));
      tryIt('cookie', () => document.cookie);
      tryIt('parent', () => parent.document.body.innerHTML);
      tryIt('top', () => top.localStorage.getItem('secret'));
      tryIt('indexedDB', () => indexedDB.open('x') && 'opened');
      tryIt('xhr', () => { const r = new XMLHttpRequest(); r.open('GET', ${JSON.stringify(`${probe}-xhr`)}, false); r.send(); return r.responseText; });
      tryIt('fetch', () => { fetch(${JSON.stringify(`${probe}-fetch`)}).catch(() => {}); return 'sent'; });
      tryIt('import', () => importScripts(${JSON.stringify(`${probe}-import`)}));
      throw new Error('FOUND ' + found.join(' | '));
    `;
    await enter(page, 'sigmoid', attack);
    const { text } = await runTests(page);
    expect(text).toContain('FOUND');
    expect(text).not.toContain('S3CRET');
    for (const name of ['localStorage', 'cookie', 'parent', 'top', 'xhr', 'import']) expect(text).toMatch(new RegExp(`${name}:[A-Za-z]+Error`));
    await page.waitForTimeout(500);
    expect(responses.filter((u) => u.includes('probe-from-sandbox'))).toEqual([]);
    for (const f of failures.filter((u) => u.includes('probe-from-sandbox'))) expect(f).toMatch(/ csp$/);
    // The page's own data is untouched.
    expect(await page.evaluate(() => localStorage.getItem('secret'))).toBe('S3CRET-STORAGE');

    // Nor can it rig the grader that runs beside it: a constant answer with the comparisons disabled still fails.
    for (const rig of ['Math.abs = () => 0;', 'Math = { abs: () => 0 };', 'Object.is = () => true;']) {
      await enter(page, 'sigmoid', `${rig}\nexport function sigmoid(x: number) { return 0.5; }`);
      const rigged = await runTests(page);
      expect(rigged.text, rig).toContain(`0/${N} tests passed`);
      expect(rigged.text, rig).toMatch(/TypeError: Cannot assign to read only property/);
    }
    await context.close();
  });

  it('hints come one per press; the solution needs a run and a confirmation; reset asks first and can be undone', async () => {
    const context = await env.browser.newContext();
    const page = await open(context);
    await ready(page);
    const hint = page.getByRole('button', { name: 'Show hint' });
    const shown = page.locator('[data-ex-hints] li:not([hidden])');
    for (let k = 1; k <= sigmoidSpec.hints.length; k++) {
      await hint.click();
      await expect.poll(() => shown.count()).toBe(k);
    }
    expect(await shown.nth(0).textContent()).toBe(sigmoidSpec.hints[0]);
    expect(await hint.getAttribute('aria-disabled')).toBe('true');

    const solution = page.getByRole('button', { name: 'Show solution' });
    expect(await solution.getAttribute('aria-disabled')).toBe('true');
    await solution.click({ force: true }); // aria-disabled: Playwright would wait for it to be enabled; a reader can press it
    expect(await page.locator('[data-ex-notice]').textContent()).toContain('at least once');
    expect(await page.locator('[data-ex-solution]').isVisible()).toBe(false);
    await enter(page, 'sigmoid', 'export function sigmoid(x: number) { return 0.5; } // mine');
    await runTests(page);
    await solution.click();
    const yes = page.getByRole('button', { name: 'Yes, show the solution' });
    expect(await yes.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape'); // cancel first
    expect(await page.locator('[data-ex-solution]').isVisible()).toBe(false);
    expect(await solution.evaluate((b) => b === document.activeElement)).toBe(true);
    await solution.click();
    await yes.click();
    expect(await page.locator('[data-ex-solution] pre').textContent()).toBe(readFileSync('content/exercises/sigmoid/solution.ts', 'utf8'));

    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('button', { name: 'Yes, reset' }).click();
    const content = page.locator('section[data-exercise="sigmoid"] .cm-content');
    expect(await content.textContent()).toContain('// Your code here.');
    await page.keyboard.press('Control+z');
    expect(await content.textContent()).toContain('// mine');
    await context.close();
  });

  it('Escape then Tab leaves the editor for the buttons, and Ctrl+Enter runs the tests', async () => {
    const context = await env.browser.newContext();
    const page = await open(context);
    await ready(page);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Tab'); // indents: focus stays
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/tests passed/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Run tests');
    expect(await page.locator('.cm-content').getAttribute('aria-label')).toBe('Your code for sigmoid');
    await context.close();
  });

  it('a derivative exercise plots the reader\'s derivative against the slope of their function', async () => {
    const context = await env.browser.newContext();
    const page = await open(context, 'exercises/sigmoid-grad/');
    await ready(page, 'sigmoid-grad');
    await enter(page, 'sigmoid-grad', readFileSync('content/exercises/sigmoid-grad/solution.ts', 'utf8'));
    const { text } = await runTests(page, 'sigmoid-grad');
    expect(text).toMatch(/^(\d+)\/\1 tests passed/);
    const caption = page.locator('.nl-ex-plot figcaption');
    await expect.poll(() => caption.textContent(), { timeout: 10_000 }).toContain('agree everywhere');
    expect(await page.locator('.nl-ex-plot svg path').count()).toBeGreaterThan(1);
    await enter(page, 'sigmoid-grad', 'export function sigmoid(x: number) { return 1 / (1 + Math.exp(-x)); }\nexport function sigmoidGrad(x: number) { return 0.5 * Math.exp(-x) / (1 + Math.exp(-x)) ** 2; }');
    await runTests(page, 'sigmoid-grad');
    await expect.poll(() => caption.textContent(), { timeout: 10_000 }).toContain('largest gap is 0.125');
    await context.close();
  });

  it('exports progress as a file holding the code, refuses a foreign file without changing anything, and imports its own file back', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await open(context);
    await ready(page);
    await enter(page, 'sigmoid', SOLUTION);
    await runTests(page);
    await page.goto(`${env.site.url}exercises/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save progress to a file' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'nonlinear-progress', version: 2 });
    expect(file.progress.exercises.sigmoid).toMatchObject({ code: SOLUTION, status: 'passed' });
    expect(download.suggestedFilename()).toMatch(/^nonlinear-progress-\d{4}-\d{2}-\d{2}\.json$/);

    const before = await page.evaluate(() => localStorage.getItem('nonlinear:progress'));
    const fileStatus = page.locator('[data-progress-file-status]');
    await page.locator('#progress-import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other","version":2}') });
    await expect.poll(() => fileStatus.textContent(), { timeout: 10_000 }).toContain('"notes.json" was not loaded. This is not a Nonlinear progress file. Nothing was changed.');
    expect(await page.evaluate(() => localStorage.getItem('nonlinear:progress'))).toBe(before);

    await page.evaluate(() => localStorage.setItem('nonlinear:progress', JSON.stringify({ version: 2, chapters: {}, exercises: {} })));
    await page.reload();
    await expect.poll(() => page.locator('tr[data-id="sigmoid"] [data-status]').textContent(), { timeout: 10_000 }).toBe('not started');
    await page.locator('#progress-import').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => fileStatus.textContent(), { timeout: 10_000 }).toContain('Loaded "mine.json"');
    expect(await page.locator('tr[data-id="sigmoid"] [data-status]').textContent()).toBe(`all ${N} tests passed`);
    expect(await page.evaluate(() => localStorage.getItem('nonlinear:progress:backup'))).toBe(JSON.stringify({ version: 2, chapters: {}, exercises: {} }));
    await context.close();
  });

  it('the chapter embeds its exercises and loads no editor code until the reader reaches one', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const scripts: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.text());
    });
    await page.goto(`${env.site.url}chapters/sigmoid/`, { waitUntil: 'networkidle' });
    expect(await page.locator('section[data-exercise]').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.exercise))).toEqual(['sigmoid', 'sigmoid-grad']);
    expect(await page.locator('section[data-exercise="sigmoid"] pre.nl-ex-starter').textContent()).toContain('export function sigmoid');
    const editorLoaded = async () => (await Promise.all(scripts)).some((s) => s.includes('cm-content'));
    expect(await editorLoaded()).toBe(false);
    expect(await page.locator('.cm-editor').count()).toBe(0);
    await ready(page, 'sigmoid');
    expect(await editorLoaded()).toBe(true);
    expect(await page.locator('section[data-exercise="sigmoid"] .cm-editor').count()).toBe(1);
    await context.close();
  });

  it('the grader shipped to the browser holds no hidden test (they stay in content/exercises/<id>/hidden.ts)', async () => {
    const dir = join(inject('siteRoot'), '_astro');
    const workers = readdirSync(dir).filter((f) => f.startsWith('sandbox-worker'));
    expect(workers).toHaveLength(1);
    const bundle = readFileSync(join(dir, workers[0]!), 'utf8');
    expect(bundle).toContain(sigmoidSpec.tests[0]!.name); // the visible tests are there
    let checked = 0;
    for (const id of readdirSync('content/exercises')) {
      const hidden = (await import(`../../content/exercises/${id}/hidden.ts`)).default as { name: string }[];
      for (const t of hidden) expect(bundle, `${id}: ${t.name}`).not.toContain(t.name);
      checked += hidden.length;
    }
    expect(checked).toBeGreaterThan(13);
  });

  it('without JavaScript, the statement and the starter code are readable and the buttons are not shown', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await open(context);
    expect(await page.locator('.nl-ex-statement').textContent()).toContain('What is expected at the edges');
    expect(await page.locator('pre.nl-ex-starter').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Run tests' }).count()).toBe(0);
    expect(await page.locator('.nl-ex-statement .katex').count()).toBeGreaterThan(0);
    await context.close();
  });

  for (const [name, options] of [
    ['light', { theme: 'light', viewport: { width: 1280, height: 900 } }],
    ['dark', { theme: 'dark', viewport: { width: 1280, height: 900 } }],
    ['phone', { theme: 'light', viewport: { width: 390, height: 844 } }],
  ] as const) {
    it(`with results shown (${name}, ${options.viewport.width} px): no serious axe violation, no sideways scrolling; screenshot saved`, async () => {
      const context = await env.browser.newContext({ viewport: options.viewport });
      // Init scripts run in every frame, the sandbox's too, where localStorage is (rightly) out of reach.
      await context.addInitScript((t) => window === window.top && localStorage.setItem('starlight-theme', t), options.theme);
      const page = await open(context);
      await ready(page);
      await enter(page, 'sigmoid', 'export function sigmoid(x: number): number {\n  return 1 / (1 + Math.exp(x));\n}');
      await runTests(page);
      await page.getByRole('button', { name: 'Show hint' }).click();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const results = await new AxeBuilder({ page }).include('section[data-exercise]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
      expect(serious).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      const path = join(screenshotDir(), `exercise-sigmoid-${name}.png`);
      // On a phone Starlight's header is fixed and would cover an element screenshot: take the whole page.
      if (name === 'phone') await page.screenshot({ path, fullPage: true });
      else await page.locator('section[data-exercise="sigmoid"]').screenshot({ path });
      await context.close();
    });
  }
});
