/**
 * From a `Value` expression to the plain graph the widget draws: the kernel's `toGraph(output)`
 * (nodes in topological order with data and grad, one edge per input slot with its local
 * derivative), plus what a reader needs to read it: display names with subscripts, each node's
 * formula, and each edge's local derivative in symbols.
 */
import { toGraph, topologicalOrder, type Value } from '@nonlinear/kernel';
import type { Expression } from './expressions';

export interface NodeInfo {
  id: number;
  /** Display name, e.g. "x₁". */
  name: string;
  /** The engine's op ('' for a leaf). */
  op: string;
  /** "p₁ = x₁·w₁", or the name alone for a leaf. */
  formula: string;
  data: number;
  /** d output / d node, as the kernel's `backward()` leaves it. */
  grad: number;
  /** Input node ids, by slot. */
  inputs: number[];
  /** How many edges leave the node (its uses). */
  uses: number;
  /** Writes the formula with the input values put in ("1.5 × 0.8"); undefined for a leaf. */
  substitute?: (values: readonly string[]) => string;
}

export interface EdgeInfo {
  from: number;
  to: number;
  /** The input slot of `to` this edge fills. */
  slot: number;
  /** d to / d from, from the kernel. */
  localGrad: number;
  /** The local derivative in symbols ("x₁", "1", "1 − a²"). */
  localText: string;
}

export interface GraphInfo {
  nodes: NodeInfo[];
  edges: EdgeInfo[];
  output: number;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** "x1" → "x₁": trailing digits as subscripts, the way the chapter writes them. */
export function displayName(label: string): string {
  return label.replace(/\d+$/, (digits) => [...digits].map((c) => SUBSCRIPTS[Number(c)]).join(''));
}

const SYMBOL: Record<string, string> = { '+': '+', '-': '−', '*': '×' };

/** A value inside a substituted formula: negatives after the first operand get parentheses. */
const operand = (v: string, i: number): string => (i > 0 && v.startsWith('−') ? `(${v})` : v);

function formulaOf(op: string, name: string, ins: string[]): string {
  if (op === '*') return `${name} = ${ins.join('·')}`;
  if (op in SYMBOL) return `${name} = ${ins.join(ins.length > 2 ? SYMBOL[op] : ` ${SYMBOL[op]} `)}`;
  return `${name} = ${op} ${ins.join(', ')}`;
}

function substituteOf(op: string): (values: readonly string[]) => string {
  if (op in SYMBOL) return (v) => v.map(operand).join(` ${SYMBOL[op]} `);
  return (v) => `${op}(${v.join(', ')})`;
}

function localTextOf(op: string, slot: number, ins: string[], name: string): string {
  if (op === '+') return '1';
  if (op === '-') return slot === 0 ? '1' : '−1';
  if (op === '*' && ins.length === 2) return ins[1 - slot]!;
  if (op === 'tanh') return `1 − ${name}²`;
  if (op === 'sigmoid') return `${name}(1 − ${name})`;
  if (op === 'exp') return name;
  return `∂${name}/∂${ins[slot]}`;
}

/**
 * The graph of `expression.output` with display information. `backward()` is run first, so each
 * node's `grad` is the kernel's d output / d node: the widget's own replay of the backward pass
 * must end on exactly these numbers.
 * Example: describeGraph(fanOut(2, 3)) has nodes a, b, c = a + b, f = c·b (ids 0..3) and edges
 * a→c, b→c, c→f (local derivative "b" = 3), b→f ("c" = 5).
 */
export function describeGraph(expression: Expression): GraphInfo {
  const { output, custom } = expression;
  output.backward();
  const order: Value[] = topologicalOrder(output);
  const graph = toGraph(output);
  const names = graph.nodes.map((n) => displayName(n.label));
  const inputs: number[][] = graph.nodes.map(() => []);
  const uses = graph.nodes.map(() => 0);
  for (const e of graph.edges) {
    inputs[e.to]!.push(e.from);
    uses[e.from]!++;
  }
  const nodes: NodeInfo[] = graph.nodes.map((n, i) => {
    const ins = inputs[i]!.map((j) => names[j]!);
    const spec = custom.get(order[i]!);
    const leaf = n.op === '';
    return {
      id: n.id, name: names[i]!, op: n.op, data: n.data, grad: n.grad, inputs: inputs[i]!, uses: uses[i]!,
      formula: leaf ? names[i]! : spec ? spec.formula : formulaOf(n.op, names[i]!, ins),
      substitute: leaf ? undefined : spec ? spec.substitute : substituteOf(n.op),
    };
  });
  const slots = graph.nodes.map(() => 0);
  const edges: EdgeInfo[] = graph.edges.map((e) => {
    const slot = slots[e.to]!++;
    const consumer = nodes[e.to]!;
    const spec = custom.get(order[e.to]!);
    const ins = consumer.inputs.map((j) => names[j]!);
    const localText = spec ? spec.local[slot]! : localTextOf(consumer.op, slot, ins, consumer.name);
    return { from: e.from, to: e.to, slot, localGrad: e.localGrad, localText };
  });
  return { nodes, edges, output: nodes.length - 1 };
}
