/**
 * Input-to-figure and per-frame timings, kept on the page for the e2e tests and `npm run bench`
 * (bench/widgets.ts) to read: `globalThis.__nlRenderTimes[id]` holds, per input event, the
 * milliseconds from the event's timeStamp to the updated figure laid out; `__nlFrameTimes[id]`
 * the milliseconds of each frame of a training loop, from its start to the figure laid out.
 *
 * "Laid out" is honest on purpose: reading the figure's box makes the browser recompute style and
 * layout now, work it would otherwise do after the handler returns (before painting), so the
 * time covers what the reader waits for, not only the JavaScript. The layout is not extra work:
 * nothing changes the DOM between this read and the paint.
 */
declare global {
  var __nlRenderTimes: Record<string, number[]> | undefined;
  var __nlFrameTimes: Record<string, number[]> | undefined;
}

/**
 * Milliseconds from `since` (a `performance.now()` value or an event's `timeStamp`, both on the
 * page's clock) to now, after forcing style and layout through `el`.
 * Example: `laidOutSince(figure, event.timeStamp)` after replacing the figure's SVG.
 */
export function laidOutSince(el: Element, since: number): number {
  el.getBoundingClientRect();
  return performance.now() - since;
}

/** Records one input's time (event to `el` laid out) under widget `id`. Example: `recordRender('relu-family', event, figure)`. */
export function recordRender(id: string, event: Event, el: Element): void {
  ((globalThis.__nlRenderTimes ??= {})[id] ??= []).push(laidOutSince(el, event.timeStamp));
}

/** Records one training frame (from `start`, a `performance.now()` value, to `el` laid out) under widget `id`. */
export function recordFrame(id: string, start: number, el: Element): void {
  ((globalThis.__nlFrameTimes ??= {})[id] ??= []).push(laidOutSince(el, start));
}
