import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchProblems } from '../support/browser.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

/** Step presses (one epoch each) a setting gets before its accuracy is judged. */
const STEP_BUDGET = 60;

const env = siteInChromium();

const chapter = (query = ''): string => `${env.site.url}chapters/why-nonlinearity/${query}#widget-playground`;

/** Opens the chapter at the playground and waits for its script to mount. */
async function openPlayground(page: Page, query = ''): Promise<Locator> {
  await page.goto(chapter(query));
  const fig = page.locator('figure[data-widget="playground"]');
  await fig.scrollIntoViewIfNeeded();
  await page.locator('figure[data-widget="playground"][data-mounted]').waitFor({ timeout: 20_000 });
  return fig;
}

const trainAccuracy = async (fig: Locator): Promise<number> => Number(await fig.getAttribute('data-train-accuracy'));

/** Chooses a data set and activation as a reader would, then presses Step until `stop` or the budget runs out. */
async function stepTraining(fig: Locator, data: string, activation: string, stop: (acc: number) => boolean): Promise<{ steps: number; accuracy: number }> {
  await fig.getByLabel('Data', { exact: true }).selectOption(data);
  await fig.getByLabel('Hidden activation', { exact: true }).selectOption(activation);
  expect(await fig.getAttribute('data-epoch')).toBe('0');
  const step = fig.getByRole('button', { name: 'Step' });
  let steps = 0;
  while (steps < STEP_BUDGET && !stop(await trainAccuracy(fig))) {
    await step.click();
    steps++;
  }
  expect(await fig.getAttribute('data-epoch')).toBe(String(steps));
  return { steps, accuracy: await trainAccuracy(fig) };
}

describe('the playground in Chromium', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    // Reduced motion: nothing plays by itself, so every epoch below is one press of Step.
    context = await env.browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => context?.close());

  it(`learns circles with tanh to more than 90% training accuracy within ${STEP_BUDGET} steps, and says so in its description`, async () => {
    const page = await context.newPage();
    const problems = watchProblems(page);
    const fig = await openPlayground(page);
    expect(await fig.getAttribute('data-playing')).not.toBe('true');
    const { steps, accuracy } = await stepTraining(fig, 'circles', 'tanh', (acc) => acc > 0.9);
    console.log(`circles + tanh: ${(100 * accuracy).toFixed(1)}% after ${steps} steps`);
    expect(accuracy).toBeGreaterThan(0.9);
    expect(await fig.locator('figcaption').textContent()).toContain(`Epoch ${steps}: training accuracy ${(100 * accuracy).toFixed(1)}%`);
    expect(problems.list).toEqual([]);
    await page.close();
  });

  it(`stays near chance on XOR with no activation after the same ${STEP_BUDGET} steps`, async () => {
    const page = await context.newPage();
    const fig = await openPlayground(page);
    const { steps, accuracy } = await stepTraining(fig, 'xor', 'linear', () => false);
    console.log(`xor + none (linear): ${(100 * accuracy).toFixed(1)}% after ${steps} steps`);
    expect(steps).toBe(STEP_BUDGET);
    expect(accuracy).toBeLessThan(0.65);
    expect(await fig.locator('figcaption').textContent()).toContain('network with none (linear) hidden units learning XOR');
    await page.close();
  });

  it('Play trains until Pause, Reset returns to epoch 0, and a new setting starts over', async () => {
    const page = await context.newPage();
    const fig = await openPlayground(page);
    const play = fig.locator('[data-action="play"]');
    await play.click();
    await expect.poll(() => fig.getAttribute('data-playing')).toBe('true');
    expect(await play.textContent()).toBe('Pause');
    await expect.poll(async () => Number(await fig.getAttribute('data-epoch')), { timeout: 20_000 }).toBeGreaterThan(3);
    await play.click();
    expect(await fig.getAttribute('data-playing')).toBe('false');
    const paused = await fig.getAttribute('data-epoch');
    await page.waitForTimeout(300);
    expect(await fig.getAttribute('data-epoch')).toBe(paused);
    await fig.getByRole('button', { name: 'Reset' }).click();
    expect(await fig.getAttribute('data-epoch')).toBe('0');
    await fig.getByRole('button', { name: 'Step' }).click();
    expect(await fig.getAttribute('data-epoch')).toBe('1');
    await fig.getByLabel('Units per layer', { exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await fig.getAttribute('data-epoch')).toBe('0');
    await page.close();
  });

  it('its settings round-trip through the URL, and a malformed link falls back to the defaults without errors', async () => {
    const page = await context.newPage();
    const problems = watchProblems(page);
    const fig = await openPlayground(page);
    await fig.getByLabel('Data', { exact: true }).selectOption('moons');
    await fig.getByLabel('Hidden activation', { exact: true }).selectOption('relu');
    await fig.getByLabel('Learning rate', { exact: true }).selectOption('0.1');
    await fig.getByLabel('Hidden layers', { exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await fig.getByLabel('Noise', { exact: true }).focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
    const want = { data: 'moons', activation: 'relu', lr: '0.1', depth: '3', noise: '0.3' };
    await expect.poll(() => new URL(page.url()).searchParams.get('playground.noise'), { timeout: 3_000 }).toBe('0.3');
    const shared = page.url();
    for (const [name, value] of Object.entries(want)) expect(new URL(shared).searchParams.get(`playground.${name}`), name).toBe(value);

    const again = await env.browser.newContext({ reducedMotion: 'reduce' });
    const other = await again.newPage();
    const otherProblems = watchProblems(other);
    await other.goto(shared);
    const restored = other.locator('figure[data-widget="playground"]');
    await restored.scrollIntoViewIfNeeded();
    await other.locator('figure[data-widget="playground"][data-mounted]').waitFor({ timeout: 20_000 });
    for (const [name, value] of Object.entries(want)) expect(await restored.locator(`[name="${name}"]`).inputValue(), name).toBe(value);
    expect(await restored.locator('figcaption').textContent()).toContain('A 2→4→4→4→1 network with ReLU hidden units learning moons');

    const bad = await openPlayground(other, '?playground.depth=9&playground.data=nope&playground.noise=-1&playground.lr=0.02');
    for (const [name, value] of Object.entries({ data: 'circles', depth: '2', noise: '0', lr: '0.03' })) {
      expect(await bad.locator(`[name="${name}"]`).inputValue(), name).toBe(value);
    }
    expect(otherProblems.list).toEqual([]);
    expect(problems.list).toEqual([]);
    await again.close();
    await page.close();
  });

  it('trains one epoch per animation frame while playing (frame times logged: train + heatmap + render)', async () => {
    const motion = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await motion.newPage();
    const problems = watchProblems(page);
    const fig = await openPlayground(page, '?playground.width=8');
    await expect.poll(() => fig.getAttribute('data-playing')).toBe('true'); // autoplay without reduced motion
    await page.waitForTimeout(3_000);
    const [times, epoch] = await page.evaluate(() => [
      globalThis.__nlFrameTimes?.playground ?? [],
      Number(document.querySelector<HTMLElement>('figure[data-widget="playground"]')!.dataset.epoch),
    ] as const);
    expect(times.length).toBeGreaterThan(5);
    expect(epoch).toBe(times.length);
    const sorted = [...times].sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(1);
    console.log(`playground frames: ${times.length}, p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);
    expect(problems.list).toEqual([]);
    await motion.close();
  });
});
