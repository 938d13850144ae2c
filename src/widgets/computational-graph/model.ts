/**
 * Computational graph, the model: the state (which expression, its inputs, the step reached) and
 * everything the figure shows at that step, computed by the kernel's `Value` engine and replayed
 * one step at a time. Pure: no DOM.
 */
import { choiceField, numberField, type StateOf } from '../core/schema';
import { fanOut, neuron } from './expressions';
import { describeGraph, type GraphInfo } from './graph';
import { layeredLayout, type Layout } from './layout';
import { replay, schedule, type Snapshot, type Step } from './steps';

/** The last step of the longer expression (the neuron: 6 forward, 1 seed and 10 edge steps). */
export const MAX_STEP = 17;

export const schema = {
  step: numberField({ label: 'Step', min: 0, max: MAX_STEP, step: 1, default: 0, format: (v) => `step ${v}` }),
  expr: choiceField({
    label: 'Graph',
    options: [
      { value: 'fanout', label: 'f = (a + b) · b' },
      { value: 'neuron', label: 'tanh neuron, L = ½(a − y)²' },
    ],
    default: 'fanout',
  }),
  a: numberField({ label: 'a', min: -3, max: 3, step: 0.5, default: 2 }),
  b: numberField({ label: 'b', min: -3, max: 3, step: 0.5, default: 3 }),
  x1: numberField({ label: 'x₁', min: -3, max: 3, step: 0.1, default: 1.5 }),
  w1: numberField({ label: 'w₁', min: -2, max: 2, step: 0.1, default: 0.8 }),
  x2: numberField({ label: 'x₂', min: -3, max: 3, step: 0.1, default: -2 }),
  w2: numberField({ label: 'w₂', min: -2, max: 2, step: 0.1, default: 0.4 }),
  bias: numberField({ label: 'b', min: -2, max: 2, step: 0.1, default: 0.1 }),
};
export type State = StateOf<typeof schema>;
export type ExpressionId = State['expr'];

/** The input fields each expression uses (the others are hidden while it is shown). */
export const INPUTS: Record<ExpressionId, readonly (keyof State & string)[]> = {
  fanout: ['a', 'b'],
  neuron: ['x1', 'w1', 'x2', 'w2', 'bias'],
};

export interface Derived {
  expr: ExpressionId;
  graph: GraphInfo;
  layout: Layout;
  steps: Step[];
  /** The step shown, clamped to this expression's last step. */
  step: number;
  /** This expression's last step. */
  last: number;
  snapshot: Snapshot;
}

/** The last step of each expression (fan-out 7, neuron 17), for clamping the state and the step control. */
export function lastStep(expr: ExpressionId): number {
  // The graph's shape, and so the step count, does not depend on the input values.
  const expression = expr === 'fanout' ? fanOut(1, 1) : neuron({ x1: 1, w1: 1, x2: 1, w2: 1, bias: 1 });
  return schedule(describeGraph(expression)).length - 1;
}

export function derive(state: State): Derived {
  const expression = state.expr === 'fanout' ? fanOut(state.a, state.b) : neuron(state);
  const graph = describeGraph(expression);
  const steps = schedule(graph);
  const last = steps.length - 1;
  const step = Math.max(0, Math.min(last, Math.round(state.step)));
  return {
    expr: state.expr, graph, steps, step, last,
    layout: layeredLayout(graph.nodes.map((n) => n.inputs)),
    snapshot: replay(graph, steps, step),
  };
}
