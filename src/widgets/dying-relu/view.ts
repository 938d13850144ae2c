/**
 * Dying ReLU, the view: two charts over the same step axis. Above, the share of each hidden
 * layer's units that are dead (≤ 0 on every training point); below, the loss on a log axis with
 * chance level (ln 2) marked. The previous run, if any, stays behind as dashed lines to compare.
 */
import * as Plot from '@observablehq/plot';
import { colors, plotDefaults } from '../core/plot-style';
import { withMinus } from '../core/format';
import { noMemo, type Memo } from '../core/memo';
import { layered } from '../core/panels';
import { plot } from '../core/plot';
import { DATA_SIZE, SIZES, STEPS, type Derived, type Run, type State } from './model';

export const DEAD_HEIGHT = 210;
export const LOSS_HEIGHT = 160;
export const LOSS_DOMAIN: [number, number] = [1e-3, 10];
/** Explicit on every side: a layer without axes would otherwise get other default margins than the one with them. */
const MARGINS = { marginLeft: 52, marginRight: 104, marginTop: 20 } as const;
const LAYER_COLORS = [colors.blue, colors.orange] as const;

const INIT_NAMES = { he: 'He', xavier: 'Xavier', uniform: 'uniform ±1' } as const;
const percent = (f: number): string => `${Math.round(100 * f)}%`;
/** A bias as the chapters write it, with a true minus sign: −1.0. */
const biasText = (b: number): string => withMinus(b.toFixed(1));

/** The settings of a run in a few words, e.g. "lr 1, He, bias 0, ReLU, seed 1". */
export function settingsLabel(s: State): string {
  const act = s.activation === 'relu' ? 'ReLU' : 'Leaky ReLU';
  return `lr ${s.lr}, ${INIT_NAMES[s.init]}, bias ${biasText(s.bias)}, ${act}, seed ${s.seed}`;
}

/** A record's first `steps + 1` values as { step, value } rows. */
function series(values: Float64Array, steps: number, layer = 0): { step: number; value: number; layer: number }[] {
  return Array.from({ length: steps + 1 }, (_, k) => ({ step: k, value: values[k]!, layer }));
}

/** Two end labels at least `gap` apart (in the y unit), centred on their values when they crowd. */
function apart([a, b]: [number, number], gap: number): [number, number] {
  if (Math.abs(a - b) >= gap) return [a, b];
  const mid = (a + b) / 2;
  return a <= b ? [mid - gap / 2, mid + gap / 2] : [mid + gap / 2, mid - gap / 2];
}

/** What the kept layer shows: the y label's kind and the previous run, if any. */
const previousKey = (run: Run, previous: Run | null): string =>
  `${run.state.activation}|${previous ? `${settingsLabel(previous.state)}@${previous.steps}` : ''}`;

/** The dead-unit chart's frame and scales, shared by its two layers. */
function deadFrame(leaky: boolean, document: Document) {
  return {
    ...plotDefaults,
    ...MARGINS,
    marginBottom: 30,
    height: DEAD_HEIGHT,
    document,
    x: { domain: [0, STEPS], label: null, ticks: [] },
    y: {
      domain: [0, 1],
      grid: true,
      tickFormat: (v: number) => percent(v),
      label: leaky ? 'units ≤ 0 on every point' : 'dead units',
      labelArrow: 'none',
    },
  } as const;
}

/** The axes and the previous run, dashed: unchanged while the current run trains. */
function deadBase(leaky: boolean, previous: Run | null, document: Document): Element {
  const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: colors.gray })];
  if (previous) {
    for (const l of [0, 1]) {
      marks.push(Plot.line(series(previous.inactive[l]!, previous.steps), {
        x: 'step', y: 'value', stroke: LAYER_COLORS[l], strokeWidth: 1.5, strokeDasharray: '4 3', strokeOpacity: 0.7,
      }));
    }
    marks.push(Plot.text([`dashed: previous run (${settingsLabel(previous.state)})`], {
      frameAnchor: 'top-left', dx: 4, dy: 2, fill: 'currentColor', fontSize: 11,
    }));
  }
  return plot({ ...deadFrame(leaky, document), marks });
}

function deadChart(run: Run, previous: Run | null, document: Document, memo: Memo): Element {
  const leaky = run.state.activation === 'leakyRelu';
  const k = run.steps;
  const now = [run.inactive[0][k]!, run.inactive[1][k]!] as [number, number];
  const labelY = apart(now, 0.1);
  const marks: Plot.Markish[] = [];
  for (const l of [0, 1]) {
    marks.push(Plot.line(series(run.inactive[l]!, k), { x: 'step', y: 'value', stroke: LAYER_COLORS[l], strokeWidth: 2.5 }));
    // Labels in the text colour (small coloured text would fall short of 4.5:1), keyed by a swatch.
    marks.push(Plot.dot([{ step: k, value: labelY[l]! }], { x: 'step', y: 'value', dx: 10, r: 4, fill: LAYER_COLORS[l] }));
    marks.push(Plot.text([{ step: k, value: labelY[l]! }], {
      x: 'step', y: 'value', dx: 18, textAnchor: 'start', fill: 'currentColor', fontWeight: 600, fontSize: 12,
      text: () => `layer ${l + 1}: ${percent(now[l]!)}`,
    }));
  }
  if (run.diverged !== null) {
    marks.push(Plot.text([`diverged at step ${run.diverged}: the weights overflowed`], {
      frameAnchor: 'middle', fill: 'currentColor', fontWeight: 600, fontSize: 13,
    }));
  }
  const base = memo('dead', previousKey(run, previous), () => deadBase(leaky, previous, document));
  const f = deadFrame(leaky, document);
  return layered(document, [base, plot({ ...f, x: { ...f.x, axis: null }, y: { ...f.y, axis: null, grid: false }, marks })]);
}

/** The loss chart's frame and scales, shared by its two layers. */
function lossFrame(document: Document) {
  return {
    ...plotDefaults,
    ...MARGINS,
    height: LOSS_HEIGHT,
    marginBottom: 40,
    document,
    x: { domain: [0, STEPS], label: 'SGD step (batches of 10)', labelAnchor: 'center', labelArrow: 'none' },
    y: {
      type: 'log', domain: LOSS_DOMAIN, clamp: true, grid: true, ticks: [0.001, 0.01, 0.1, 1, 10],
      tickFormat: (v: number) => String(v), label: 'loss (all 200 points)', labelArrow: 'none',
    },
  } as const;
}

/** The axes, chance level and the previous run's loss, dashed. */
function lossBase(previous: Run | null, document: Document): Element {
  const marks: Plot.Markish[] = [
    Plot.ruleY([Math.LN2], { stroke: colors.gray, strokeDasharray: '2 3' }),
    Plot.text([Math.LN2], { y: (v: number) => v, frameAnchor: 'right', textAnchor: 'end', dx: -2, dy: -7, text: () => 'chance: ln 2', fill: 'currentColor', fontSize: 11 }),
  ];
  if (previous) {
    marks.push(Plot.line(series(previous.loss, previous.steps), {
      x: 'step', y: 'value', stroke: colors.purple, strokeWidth: 1.5, strokeDasharray: '4 3', strokeOpacity: 0.7,
    }));
  }
  return plot({ ...lossFrame(document), marks });
}

function lossChart(run: Run, previous: Run | null, document: Document, memo: Memo): Element {
  const k = run.steps;
  const marks: Plot.Markish[] = [
    Plot.line(series(run.loss, k), { x: 'step', y: 'value', stroke: colors.purple, strokeWidth: 2.5 }),
    Plot.dot([{ step: k, value: run.loss[k]! }], { x: 'step', y: 'value', dx: 10, r: 4, fill: colors.purple }),
    Plot.text([{ step: k, value: run.loss[k]! }], {
      x: 'step', y: 'value', dx: 18, textAnchor: 'start', fill: 'currentColor', fontWeight: 600, fontSize: 12,
      text: () => `loss ${run.loss[k]!.toPrecision(2)}`,
    }),
  ];
  const base = memo('loss', previousKey(run, previous), () => lossBase(previous, document));
  const f = lossFrame(document);
  return layered(document, [base, plot({ ...f, x: { ...f.x, axis: null }, y: { ...f.y, axis: null, grid: false }, marks })]);
}

/**
 * Both charts, each in two layers: the axes with the previous run (kept by a mounted widget's
 * memo until a new run starts) and the current run, redrawn every frame.
 */
export function render({ run, previous }: Derived, { document, memo = noMemo }: { document: Document; memo?: Memo }): Element {
  const div = document.createElement('div');
  div.className = 'nl-dying-relu';
  div.append(deadChart(run, previous, document, memo), lossChart(run, previous, document, memo));
  return div;
}

export function describe({ run, previous }: Derived, _state: State): string {
  const s = run.state;
  const k = run.steps;
  const act = s.activation === 'relu' ? 'ReLU' : 'Leaky ReLU (α = 0.01)';
  const dead = s.activation === 'relu' ? 'dead (zero on every training point)' : 'negative on every training point';
  const progress = run.diverged !== null
    ? `Training diverged at step ${run.diverged} (the weights overflowed); before that, after ${k} steps`
    : k === STEPS ? `After all ${STEPS} steps` : `After ${k} of ${STEPS} steps`;
  let text =
    `A ${act} network ${SIZES.join(' → ')} trained on ${DATA_SIZE} moons points by SGD, learning rate ${s.lr}, ` +
    `${INIT_NAMES[s.init]} initialisation, hidden biases starting at ${biasText(s.bias)}, seed ${s.seed}. ` +
    `${progress}, ${percent(run.inactive[0][k]!)} of layer 1's ${SIZES[1]} units and ${percent(run.inactive[1][k]!)} of layer 2's are ${dead}` +
    ` (${percent(run.inactive[0][0]!)} and ${percent(run.inactive[1][0]!)} at the start); ` +
    `the loss is ${run.loss[k]!.toPrecision(2)} (chance: ln 2 ≈ 0.69) and the accuracy ${percent(run.accuracy[k]!)}.`;
  if (previous) {
    const p = previous.steps;
    text += ` Dashed: the previous run (${settingsLabel(previous.state)}), ${percent(previous.inactive[0][p]!)} and ${percent(previous.inactive[1][p]!)} after ${p} steps, loss ${previous.loss[p]!.toPrecision(2)}.`;
  }
  return text;
}
