/**
 * Computational graph, the words: the one-line headline drawn above the graph (in the chapter's
 * bar notation, ū = ∂out/∂u) and the text description, which narrates the current step in full
 * sentences and lists what is known so far, for readers who cannot see the figure.
 */
import { TARGET_Y } from './expressions';
import type { Derived, State } from './model';

/**
 * A number as the chapter writes it: 4 significant digits, trailing zeros dropped when the value
 * is exact at that precision (1.5, 15, −2), kept when it was rounded (0.8460); a real minus sign.
 * Below 1e−4 or from 1e6 on in magnitude: 3 digits in exponent form.
 * Example: fmt(-0.42301674) is "−0.4230", fmt(1.2000000000000002) is "1.2".
 */
export function fmt(v: number): string {
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return String(v).replace('-', '−');
  // Far from 1, three digits in exponent form keep the boxes narrow: "−1.38e−12".
  if (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e6) return v.toExponential(2).replace('e+', 'e').replace(/-/g, '−');
  const rounded = Number(v.toPrecision(4));
  const text = Math.abs(v - rounded) <= 1e-12 * Math.abs(v) ? String(rounded) : v.toPrecision(4);
  return text.replace('e+', 'e').replace(/-/g, '−');
}

/** "x₁" → "x̄₁": the chapter's bar for ∂out/∂x₁ (a combining macron on the first letter). */
export function bar(name: string): string {
  return `${name.slice(0, 1)}\u0304${name.slice(1)}`;
}

/** The share an edge step adds, with the numbers: grad of the user × local derivative. */
function share(d: Derived, edge: number): { user: string; input: string; g: number; local: number; add: number } {
  const e = d.graph.edges[edge]!;
  const g = d.snapshot.grad[e.to]!;
  return { user: d.graph.nodes[e.to]!.name, input: d.graph.nodes[e.from]!.name, g, local: e.localGrad, add: g * e.localGrad };
}

function inputsText(d: Derived): string {
  const leaves = d.graph.nodes.filter((n) => n.op === '').map((n) => `${n.name} = ${fmt(n.data)}`);
  return leaves.join(', ') + (d.expr === 'neuron' ? ` (target y = ${TARGET_Y})` : '');
}

function forwardText(d: Derived, node: number): string {
  const n = d.graph.nodes[node]!;
  return `${n.formula} = ${n.substitute!(n.inputs.map((j) => fmt(d.graph.nodes[j]!.data)))} = ${fmt(n.data)}`;
}

const counts = (d: Derived) => ({
  forward: d.steps.filter((s) => s.kind === 'forward').length,
  edges: d.graph.edges.length,
});

/**
 * The two lines drawn above the graph: where the passes are ("Backward 2 of 4") and the
 * arithmetic of this step ("b̄ += f̄ × ∂f/∂b = 1 × 5 = 5 → b̄ = 5").
 */
export function headlineParts(d: Derived): [string, string] {
  const s = d.steps[d.step]!;
  const out = d.graph.nodes[d.graph.output]!.name;
  const { forward, edges } = counts(d);
  if (s.kind === 'start') return [`Step 0 of ${d.last}`, `inputs ${inputsText(d)}`];
  if (s.kind === 'forward') return [`Forward ${s.index} of ${forward}`, forwardText(d, s.node)];
  if (s.kind === 'seed') return ['Backward pass', `start with ${bar(out)} = ∂${out}/∂${out} = 1`];
  const { user, input, g, local, add } = share(d, s.edge);
  const from = d.graph.edges[s.edge]!.from;
  const total = d.snapshot.grad[from]!;
  const sum = d.snapshot.shares[from] === 1 ? fmt(total) : `${fmt(d.snapshot.before!)} + ${fmt(add)} = ${fmt(total)}`;
  return [`Backward ${s.index} of ${edges}`, `${bar(input)} += ${bar(user)} × ∂${user}/∂${input} = ${fmt(g)} × ${fmt(local)} = ${fmt(add)} → ${bar(input)} = ${sum}`];
}

/** The headline as one line, e.g. "Backward 2 of 4: b̄ += f̄ × ∂f/∂b = 1 × 5 = 5 → b̄ = 5". */
export function headline(d: Derived): string {
  return headlineParts(d).join(': ');
}

function stepSentence(d: Derived): string {
  const s = d.steps[d.step]!;
  const g = d.graph;
  const out = g.nodes[g.output]!.name;
  const { forward, edges } = counts(d);
  if (s.kind === 'start') {
    return `Step 0 of ${d.last}: only the inputs are known. Stepping forward computes each node's value from its inputs, in topological order; the backward pass then sends gradients from ${out} back to every input.`;
  }
  if (s.kind === 'forward') return `Forward step ${s.index} of ${forward} (step ${d.step} of ${d.last}): ${forwardText(d, s.node)}.`;
  if (s.kind === 'seed') return `Step ${d.step} of ${d.last}: the backward pass starts. The gradient of ${out} with respect to itself is 1; every other gradient starts at 0.`;
  const e = g.edges[s.edge]!;
  const { user, input, g: grad, local, add } = share(d, s.edge);
  const userNode = g.nodes[e.to]!;
  const localWords = e.localText === fmt(local) ? fmt(local) : `${e.localText} = ${fmt(local)}`;
  const before = d.snapshot.before!;
  const after = d.snapshot.grad[e.from]!;
  const got = d.snapshot.shares[e.from]!;
  const uses = g.nodes[e.from]!.uses;
  const growth = got === 1 ? `is now ${fmt(after)}` : `grows from ${fmt(before)} to ${fmt(after)}`;
  const status = got === uses ? (uses > 1 ? `, final after ${uses === 2 ? 'both' : `all ${uses}`} of its uses` : ', final') : `; ${uses - got} more share${uses - got > 1 ? 's' : ''} to come`;
  return (
    `Backward step ${s.index} of ${edges} (step ${d.step} of ${d.last}): the gradient ${fmt(grad)} of ${user} reaches ${input} ` +
    `through the node ${userNode.formula}, whose local derivative ∂${user}/∂${input} is ${localWords}, giving ${fmt(add)}; ` +
    `the gradient of ${input} ${growth}${status}.`
  );
}

/** The figure's text description: what it shows, this step in words, and everything known so far. */
export function describe(d: Derived, _state: State): string {
  const g = d.graph;
  const out = g.nodes[g.output]!.name;
  const title = d.expr === 'fanout' ? 'f = (a + b) · b' : `the tanh neuron, L = ½(a − y)² with a = tanh(x₁w₁ + x₂w₂ + b)`;
  const intro = `Computational graph of ${title}, with ${inputsText(d)}: ${g.nodes.length} nodes and ${g.edges.length} edges, drawn left to right from the inputs to ${out}.`;
  const values = g.nodes.filter((n, i) => n.op !== '' && d.snapshot.known[i]).map((n) => `${n.name} = ${fmt(n.data)}`);
  const grads = g.nodes
    .map((n, i) => ({ n, v: d.snapshot.grad[i], touched: d.snapshot.shares[i]! > 0 || i === g.output }))
    .filter((x) => x.v !== null && x.touched)
    .map((x) => `∂${out}/∂${x.n.name} = ${fmt(x.v!)}`);
  const known = [
    values.length > 0 ? `Values computed: ${values.join(', ')}.` : '',
    grads.length > 0 ? `Gradients so far: ${grads.join(', ')}.` : '',
  ];
  const done = d.step === d.last ? ' Both passes are complete.' : '';
  return [intro, stepSentence(d), ...known].filter(Boolean).join(' ') + done;
}
