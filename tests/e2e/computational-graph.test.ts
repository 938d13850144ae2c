import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openContext, watchProblems } from '../support/browser.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

const env = siteInChromium();

const ID = 'computational-graph';

async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${env.site.url}chapters/backprop/${query}`);
  const fig = page.locator(`figure[data-widget="${ID}"]`);
  await fig.scrollIntoViewIfNeeded();
  await page.locator(`figure[data-widget="${ID}"][data-mounted]`).waitFor();
  return fig;
}

describe('computational-graph widget in Chromium', () => {
  it('Step forward walks f = (a + b)·b: b collects 5, then 8, and Step back and Reset undo it', async () => {
    const context = await openContext(env.browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    const fig = await open(page);
    const caption = fig.locator('figcaption');
    const forward = fig.getByRole('button', { name: 'Step forward' });
    expect(await fig.locator('input[name="step"]').getAttribute('max')).toBe('7');
    for (let k = 0; k < 5; k++) await forward.click();
    await expect.poll(() => caption.textContent()).toContain('the gradient of b is now 5; 1 more share to come');
    expect(await fig.locator('svg text').nth(1).textContent()).toBe('b\u0304 += f\u0304 × ∂f/∂b = 1 × 5 = 5 → b\u0304 = 5');
    await forward.click();
    await forward.click();
    await forward.click(); // past the last step: stays there
    await expect.poll(() => caption.textContent()).toContain('the gradient of b grows from 5 to 8, final after both of its uses');
    expect(await fig.locator('input[name="step"]').inputValue()).toBe('7');
    await fig.getByRole('button', { name: 'Step back' }).click();
    await expect.poll(() => caption.textContent()).toContain('Backward step 3 of 4');
    await expect.poll(() => page.url()).toContain(`${ID}.step=6`);
    await fig.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => caption.textContent()).toContain('Step 0 of 7: only the inputs are known');
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it("choosing the tanh neuron shows its five inputs and ends on the chapter's gradients", async () => {
    const context = await openContext(env.browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    const fig = await open(page);
    await fig.getByLabel('Graph', { exact: true }).selectOption('neuron');
    for (const name of ['x1', 'w1', 'x2', 'w2', 'bias']) await expect.poll(() => fig.locator(`input[name="${name}"]`).isVisible()).toBe(true);
    for (const name of ['a', 'b']) expect(await fig.locator(`input[name="${name}"]`).isVisible()).toBe(false);
    const step = fig.locator('input[name="step"]');
    expect(await step.getAttribute('max')).toBe('17');
    await step.focus();
    await page.keyboard.press('End');
    const caption = fig.locator('figcaption');
    await expect.poll(() => caption.textContent()).toContain('giving −0.6345; the gradient of w₁ is now −0.6345, final.');
    expect(await caption.textContent()).toContain('∂L/∂w₂ = 0.8460');
    // Moving an input recomputes the graph at the same step: x₁ = 1.6 gives ∂L/∂w₁ = 1.6 z̄.
    await fig.getByLabel('x₁', { exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('x₁ = 1.6');
    expect(await step.inputValue()).toBe('17');
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it('a shared link opens the neuron at its step; Play advances without being asked twice', async () => {
    const context = await openContext(env.browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const fig = await open(page, `?${ID}.expr=neuron&${ID}.step=14#widget-${ID}`);
    expect(await fig.getByLabel('Graph', { exact: true }).inputValue()).toBe('neuron');
    expect(await fig.locator('figcaption').textContent()).toContain('Backward step 7 of 10 (step 14 of 17)');
    await fig.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => fig.locator('input[name="step"]').inputValue(), { timeout: 10_000 }).not.toBe('14');
    await fig.getByRole('button', { name: 'Pause' }).click();
    expect(await fig.getAttribute('data-playing')).toBe('false');
    await context.close();
  });
});
