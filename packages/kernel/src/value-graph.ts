/**
 * A plain-data picture of a Value's computation graph, for drawing it (the backprop widget) or
 * printing it: numbers and strings only, no references back into the engine.
 */
import { topologicalOrder, type Value } from './value.ts';

/** One node: its id (its index in `Graph.nodes`), label, op ('' for a leaf), data and grad. */
export interface GraphNode {
  id: number;
  label: string;
  op: string;
  data: number;
  grad: number;
}

/** One use of a node as an input: `from` is the input's id, `to` the consumer's, `localGrad` = d to / d from. */
export interface GraphEdge {
  from: number;
  to: number;
  localGrad: number;
}

/** The nodes in topological order (ids 0..n-1, the output last) and one edge per input slot. */
export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * The graph of everything `output` depends on. Nodes are in `topologicalOrder(output)`, so every
 * edge goes from a lower id to a higher one and the output has the highest id; a node shared by
 * several consumers appears once. Edges are listed by consumer, then by input slot, so a node
 * used twice by one op (a.mul(a)) gives two edges. `grad` is whatever the last `backward()` left:
 * call `output.backward()` first to see d output / d node.
 * Example: for `c = new Value(2, 'a').mul(3)`, `toGraph(c)` has nodes a (0), the constant 3 (1)
 * and c (2), and edges {from: 0, to: 2, localGrad: 3}, {from: 1, to: 2, localGrad: 2}.
 */
export function toGraph(output: Value): Graph {
  const order = topologicalOrder(output);
  const id = new Map<Value, number>(order.map((node, i) => [node, i]));
  const nodes: GraphNode[] = order.map((v, i) => ({ id: i, label: v.label, op: v.op, data: v.data, grad: v.grad }));
  const edges: GraphEdge[] = [];
  for (const v of order) {
    for (let i = 0; i < v.inputs.length; i++) {
      edges.push({ from: id.get(v.inputs[i]!)!, to: id.get(v)!, localGrad: v.localGrads[i]! });
    }
  }
  return { nodes, edges };
}
