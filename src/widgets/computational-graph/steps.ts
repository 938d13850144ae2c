/**
 * The passes as a list of steps the reader walks through. Step 0: only the leaves (the inputs)
 * have values. Forward steps: each operation node computes its value, in topological order.
 * Then the seed step sets the output's gradient to 1, and each backward step sends one share
 * along one edge, localGrad × (the user's gradient), added into the input's gradient. Edges go
 * in the order the kernel's `Value.backward()` takes them: users in reverse topological order,
 * each user's inputs by slot. So a node's gradient is complete before it passes it on, and a node
 * used twice shows its first share and then the sum.
 */
import type { GraphInfo } from './graph';

export type Step =
  | { kind: 'start' }
  | { kind: 'forward'; node: number; index: number }
  | { kind: 'seed'; node: number }
  | { kind: 'edge'; edge: number; index: number };

/**
 * Every step of both passes: [start, forward × (operation nodes), seed, edge × (edges)].
 * Example: for f = (a + b)·b it is start, forward c, forward f, seed f, then the edges
 * c→f, b→f, a→c, b→c: 8 steps, numbered 0 to 7.
 */
export function schedule(g: GraphInfo): Step[] {
  const steps: Step[] = [{ kind: 'start' }];
  let index = 0;
  for (const n of g.nodes) if (n.op !== '') steps.push({ kind: 'forward', node: n.id, index: ++index });
  steps.push({ kind: 'seed', node: g.output });
  const byUser = g.nodes.map(() => [] as number[]);
  g.edges.forEach((e, k) => byUser[e.to]!.push(k));
  index = 0;
  for (let user = g.nodes.length - 1; user >= 0; user--) {
    for (const edge of byUser[user]!) steps.push({ kind: 'edge', edge, index: ++index });
  }
  return steps;
}

/** What the figure shows after a step. */
export interface Snapshot {
  /** Whether each node's value is known. */
  known: boolean[];
  /** Each node's gradient so far, or null before the backward pass starts. */
  grad: (number | null)[];
  /** How many of its uses have sent each node a share. */
  shares: number[];
  /** Whether each edge has carried its share. */
  sent: boolean[];
  /** For an edge step: the receiving node's gradient before the share was added. */
  before: number | null;
}

/**
 * Replays steps 0..`upTo` of `steps` on graph `g` (upTo is clamped to the last step). The grads
 * are accumulated here, step by step; after the last step they equal the kernel's
 * `backward()` results (`g.nodes[i].grad`), which the tests check.
 */
export function replay(g: GraphInfo, steps: readonly Step[], upTo: number): Snapshot {
  const last = Math.max(0, Math.min(steps.length - 1, Math.floor(upTo)));
  const known = g.nodes.map((n) => n.op === '');
  const grad: (number | null)[] = g.nodes.map(() => null);
  const shares = g.nodes.map(() => 0);
  const sent = g.edges.map(() => false);
  let before: number | null = null;
  for (let s = 1; s <= last; s++) {
    const step = steps[s]!;
    if (step.kind === 'forward') known[step.node] = true;
    else if (step.kind === 'seed') {
      grad.fill(0);
      grad[step.node] = 1;
    } else if (step.kind === 'edge') {
      const e = g.edges[step.edge]!;
      before = grad[e.from]!;
      grad[e.from] = before + e.localGrad * grad[e.to]!;
      shares[e.from]!++;
      sent[step.edge] = true;
    }
  }
  if (steps[last]!.kind !== 'edge') before = null;
  return { known, grad, shares, sent, before };
}
