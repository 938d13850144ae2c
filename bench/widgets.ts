/**
 * Widget render times in Chromium: for every widget with a slider, the milliseconds from an input
 * event to the updated figure laid out, and for the playground the milliseconds of a training frame.
 *
 * The site is built into `dist-bench/` (reused while it is newer than every source file; delete the
 * folder to force a build), or taken as it is from BENCH_SITE=<folder> (e.g. a copy of an older
 * build, to compare before and after), served on a loopback port, and opened in headless Chromium at
 * 1280 × 900 under reduced motion (so no training loop plays by itself and disturbs the timings).
 * Per widget, its first slider takes the keyboard focus and gets WARMUP then PRESSES key presses,
 * ArrowLeft/ArrowRight alternating in pairs (so the value wobbles around its default), and each
 * press waits for its render. The times are the page's own records (src/widgets/core/timing.ts):
 * event.timeStamp to the new figure in the DOM after style and layout. The playground then plays
 * for FRAMES training frames (after FRAME_WARMUP), each timed from its start to the figure laid out.
 *
 * Reported per case: renders, p50, p95, max, the target (16 ms for an input, 50 ms for a training
 * frame, the budgets) and p95 / target (above 1 misses the budget). Timings are reported,
 * never checked: a loaded machine is slower. A case fails only when its widget did not render.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chapterSlugs, launchChromium, openContext } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { alignedTable, roundMs, roundRatio, type BenchSuite, type SuiteReport } from './report.ts';

const DIST = 'dist-bench';
const WARMUP = 10;
const PRESSES = 100;
const FRAME_WARMUP = 10;
const FRAMES = 100;
const INPUT_TARGET_MS = 16;
const FRAME_TARGET_MS = 50;
/** What the site is built from: a file changed here after the build means a new build. */
const SOURCES = ['src', 'content', 'packages/kernel/src', 'public', 'astro.config.mjs', 'package.json'];

interface Case {
  case: string;
  chapter: string;
  times: number[];
  targetMs: number;
  problem?: string;
}

/** The newest modification time (ms) of a file under `path`. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const f of readdirSync(path, { recursive: true, encoding: 'utf8' })) latest = Math.max(latest, statSync(join(path, f)).mtimeMs);
  return latest;
}

/** Builds the site into dist-bench/ unless a build newer than every source is there. */
function ensureBuild(): string {
  if (process.env.BENCH_SITE) return process.env.BENCH_SITE;
  const dist = join(process.cwd(), DIST);
  const stamp = join(dist, 'index.html');
  if (existsSync(stamp) && statSync(stamp).mtimeMs > Math.max(...SOURCES.map(newest))) return dist;
  console.error(`bench widgets: building the site into ${DIST}/ ...`);
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.BASE_PATH;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return dist;
}

/** The page's recorded times for a widget: input renders or training frames. */
const recorded = (page: Page, kind: 'render' | 'frame', id: string): Promise<number[]> =>
  page.evaluate(([k, w]) => (k === 'render' ? globalThis.__nlRenderTimes : globalThis.__nlFrameTimes)?.[w!] ?? [], [kind, id] as const);

/** Presses `key` on the focused slider and waits until the widget has recorded one more render. */
async function press(page: Page, id: string, key: string): Promise<void> {
  const before = (await recorded(page, 'render', id)).length;
  await page.keyboard.press(key);
  await page.waitForFunction(([w, n]) => (globalThis.__nlRenderTimes?.[w as string]?.length ?? 0) > (n as number), [id, before] as const, { timeout: 10_000 });
}

/** Wobbles a widget's first slider: pairs of presses towards the side with room, then back. */
async function sliderCase(page: Page, id: string, chapter: string): Promise<Case> {
  const result: Case = { case: id, chapter, times: [], targetMs: INPUT_TARGET_MS };
  try {
    const fig = page.locator(`figure[data-widget="${id}"]`);
    await fig.scrollIntoViewIfNeeded();
    await page.locator(`figure[data-widget="${id}"][data-mounted]`).waitFor({ timeout: 30_000 });
    const slider = fig.locator('.nl-widget-controls input[type=range]:not([disabled])').first();
    await slider.focus();
    const { value, min, step } = await slider.evaluate((el) => {
      const input = el as HTMLInputElement;
      return { value: Number(input.value), min: Number(input.min), step: Number(input.step) };
    });
    // Start downwards if there is room for two steps (a press at the minimum would change nothing).
    const [first, second] = value - min >= 2 * step - 1e-9 ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    // Pairs (first, first, second, second, ...): the value stays within two steps of where it was.
    const key = (k: number): string => (Math.floor(k / 2) % 2 === 0 ? first : second);
    // One count across warm-up and measurement, so the pattern (and the value's range) carries on.
    for (let k = 0; k < WARMUP; k++) await press(page, id, key(k));
    const warm = (await recorded(page, 'render', id)).length;
    for (let k = WARMUP; k < WARMUP + PRESSES; k++) await press(page, id, key(k));
    result.times = (await recorded(page, 'render', id)).slice(warm);
  } catch (e) {
    result.problem = (e as Error).message.split('\n')[0];
  }
  return result;
}

/** Plays the playground for FRAME_WARMUP + FRAMES frames and keeps the last FRAMES frame times. */
async function frameCase(page: Page, id: string, chapter: string): Promise<Case> {
  const result: Case = { case: `${id} (training frame)`, chapter, times: [], targetMs: FRAME_TARGET_MS };
  try {
    const fig = page.locator(`figure[data-widget="${id}"]`);
    await fig.getByRole('button', { name: 'Reset' }).click();
    const before = (await recorded(page, 'frame', id)).length;
    await fig.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(([w, n]) => (globalThis.__nlFrameTimes?.[w as string]?.length ?? 0) >= (n as number), [id, before + FRAME_WARMUP + FRAMES] as const, { timeout: 120_000, polling: 100 });
    await fig.getByRole('button', { name: 'Pause' }).click();
    result.times = (await recorded(page, 'frame', id)).slice(before + FRAME_WARMUP, before + FRAME_WARMUP + FRAMES);
  } catch (e) {
    result.problem = (e as Error).message.split('\n')[0];
  }
  return result;
}

/** The q-quantile as the e2e suite takes it: the element at floor(q·n) of the sorted times. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function run(): Promise<SuiteReport> {
  const dist = ensureBuild();
  const loadBefore = loadavg()[0]!;
  const site = await serveStatic(dist, '/');
  const browser = await launchChromium();
  const cases: Case[] = [];
  try {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const slug of chapterSlugs()) {
      await page.goto(`${site.url}chapters/${slug}/`);
      const ids = await page.locator('figure[data-widget]').evaluateAll((els) =>
        els.filter((e) => e.querySelector('.nl-widget-controls input[type=range]')).map((e) => (e as HTMLElement).dataset.widget!),
      );
      for (const id of ids) {
        cases.push(await sliderCase(page, id, slug));
        if (id === 'playground') cases.push(await frameCase(page, id, slug));
      }
    }
    await context.close();
  } finally {
    await browser.close();
    await site.close();
  }
  const loadAfter = loadavg()[0]!;

  const rows: string[][] = [];
  const lines: Record<string, unknown>[] = [];
  const failures: string[] = [];
  for (const c of cases) {
    if (c.times.length === 0) {
      failures.push(c.case);
      rows.push([c.case, c.chapter, '0', '-', '-', '-', String(c.targetMs), `did not render: ${c.problem ?? 'no times recorded'}`]);
      lines.push({ case: `widget-${c.case}`, renders: 0, problem: c.problem ?? 'no times recorded' });
      continue;
    }
    const s = [...c.times].sort((a, b) => a - b);
    const [p50, p95, max] = [quantile(s, 0.5), quantile(s, 0.95), s.at(-1)!];
    const ratio = p95 / c.targetMs;
    rows.push([c.case, c.chapter, String(s.length), String(roundMs(p50)), String(roundMs(p95)), String(roundMs(max)), String(c.targetMs), `${roundRatio(ratio).toFixed(2)}${ratio > 1 ? '  over' : ''}`]);
    lines.push({
      case: `widget-${c.case.replace(/ \(training frame\)$/, '-frame')}`,
      renders: s.length,
      p50Ms: roundMs(p50),
      p95Ms: roundMs(p95),
      maxMs: roundMs(max),
      targetMs: c.targetMs,
      p95OverTarget: roundRatio(ratio),
      loadAverage: roundRatio(loadBefore),
    });
  }
  const header = ['widget', 'chapter', 'renders', 'p50 ms', 'p95 ms', 'max ms', 'target ms', 'p95/target'];
  const note =
    `Input: event.timeStamp to the new figure laid out, over ${PRESSES} key presses on the first slider after ${WARMUP} ` +
    `to warm up; training frame: frame start to the figure laid out, ${FRAMES} frames after ${FRAME_WARMUP}. ` +
    `Headless Chromium, reduced motion, 1280 x 900. 1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.`;
  return { table: `${alignedTable(header, rows)}\n${note}`, lines, failures };
}

export const widgets: BenchSuite = { name: 'widgets (Chromium: input to laid-out figure, and playground training frames)', run };
