/**
 * The two expressions the backprop chapter works by hand, built with the kernel's `Value` engine:
 * the fan-out example f = (a + b) · b, and the tanh neuron with half squared error,
 * z = x₁w₁ + x₂w₂ + b, a = tanh z, d = a − y, L = ½ d². The neuron's nodes are exactly the rows of
 * the chapter's table: z is one three-input sum, and d and L are single-input operations (the
 * target y is a constant of the loss, not a leaf), built with `Value`'s constructor as its
 * documentation allows for operations of one's own.
 */
import { Value } from '@nonlinear/kernel';

/** The target of the chapter's worked neuron. */
export const TARGET_Y = 1;

/** How to write an operation the engine does not know by name: its formula and local derivatives. */
export interface CustomOp {
  /** The node's formula, e.g. "d = a − y". */
  formula: string;
  /** The formula with the input values put in, e.g. (v) => `${v[0]} − 1`. */
  substitute: (inputs: readonly string[]) => string;
  /** Each input's local derivative in symbols, e.g. ["d"] for L = ½ d². */
  local: readonly string[];
}

export interface Expression {
  output: Value;
  /** Custom operations by node (the neuron's three-input sum is a plain '+', so it needs none). */
  custom: Map<Value, CustomOp>;
}

/**
 * f = (a + b) · b: the leaf b is used twice, so its gradient collects two shares.
 * Example: fanOut(2, 3).output.data is 15; after backward(), a's grad is 3 and b's is 8.
 */
export function fanOut(a: number, b: number): Expression {
  const va = new Value(a, 'a');
  const vb = new Value(b, 'b');
  const c = va.add(vb);
  c.label = 'c';
  const f = c.mul(vb);
  f.label = 'f';
  return { output: f, custom: new Map() };
}

/**
 * The chapter's tanh neuron with loss L = ½ (tanh(x₁w₁ + x₂w₂ + b) − y)², y = 1.
 * Example: neuron({ x1: 1.5, w1: 0.8, x2: -2, w2: 0.4, bias: 0.1 }).output.data is 0.1447 (4 s.f.).
 */
export function neuron(p: { x1: number; w1: number; x2: number; w2: number; bias: number }): Expression {
  const x1 = new Value(p.x1, 'x1');
  const w1 = new Value(p.w1, 'w1');
  const x2 = new Value(p.x2, 'x2');
  const w2 = new Value(p.w2, 'w2');
  const b = new Value(p.bias, 'b');
  const p1 = x1.mul(w1);
  p1.label = 'p1';
  const p2 = x2.mul(w2);
  p2.label = 'p2';
  const z = new Value(p1.data + p2.data + b.data, 'z', '+', [p1, p2, b], [1, 1, 1]);
  const a = z.tanh();
  a.label = 'a';
  const d = new Value(a.data - TARGET_Y, 'd', 'minus y', [a], [1]);
  const L = new Value(0.5 * d.data * d.data, 'L', 'half square', [d], [d.data]);
  const custom = new Map<Value, CustomOp>([
    [d, { formula: 'd = a − y', substitute: (v) => `${v[0]} − ${TARGET_Y}`, local: ['1'] }],
    [L, { formula: 'L = ½ d²', substitute: (v) => `½ × (${v[0]})²`, local: ['d'] }],
  ]);
  return { output: L, custom };
}
