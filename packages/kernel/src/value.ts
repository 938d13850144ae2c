/**
 * A scalar reverse-mode autograd engine, after Andrej Karpathy's micrograd (engine.py), for the
 * backpropagation chapter. Each operation computes its result *and* the local derivative of the
 * result with respect to each input, there and then; `backward()` only has to multiply and add
 * them along the graph (the chain rule), from the output back to the leaves.
 */
import { sigmoid, sigmoidGrad } from './sigmoid.ts';
import { tanh, tanhGrad } from './tanh.ts';
import { leakyRelu, leakyReluGrad, relu, reluGrad } from './relu.ts';

/**
 * One scalar in a computation graph: its value `data`, the gradient `grad` = d(output)/d(this)
 * that the last `backward()` left on it, and how it was made: `op` ('' for a leaf, else '+', '-',
 * '*', '/', 'neg', 'pow k', 'exp', 'log', 'tanh', 'sigmoid', 'relu', 'leakyRelu'), its `inputs`,
 * and `localGrads[i]` = d(this)/d(inputs[i]), computed in the forward pass.
 *
 * Every method that takes another operand accepts a Value or a plain finite number (wrapped in a
 * new leaf), and returns a new Value; nothing is modified. A leaf's data must be a finite number,
 * and so must every plain number operand: anything else (NaN, Infinity, a string, undefined) is
 * almost always a bug upstream, so it throws a TypeError instead of spreading NaN through every
 * gradient. Results may still be infinite or NaN by IEEE arithmetic, e.g. `log(0)` is -Infinity.
 *
 * `data` and `label` may be set, but a result is not recomputed when an input's data changes:
 * build the expression again (as micrograd does).
 *
 * The constructor's last three parameters are how operations record their result; pass them to
 * add an operation of your own, e.g. sin: `new Value(Math.sin(x.data), '', 'sin', [x], [Math.cos(x.data)])`.
 *
 * Example: the neuron o = tanh(x1 w1 + x2 w2 + b)
 * ```ts
 * const x1 = new Value(2, 'x1'), w1 = new Value(-3, 'w1');
 * const x2 = new Value(0, 'x2'), w2 = new Value(1, 'w2');
 * const o = x1.mul(w1).add(x2.mul(w2)).add(6.881373587019543).tanh();
 * o.backward(); // o.data is 0.7071..., w1.grad is x1 (1 - o^2) = 1.0000..., w2.grad is 0
 * ```
 */
export class Value {
  data: number;
  grad = 0;
  label: string;
  readonly op: string;
  readonly inputs: readonly Value[];
  readonly localGrads: readonly number[];

  constructor(data: number, label = '', op = '', inputs: readonly Value[] = [], localGrads: readonly number[] = []) {
    if (typeof data !== 'number' || (op === '' && !Number.isFinite(data))) {
      throw new TypeError(`new Value(data): a leaf's data must be a finite number, got ${show(data)}`);
    }
    if (inputs.length !== localGrads.length) {
      throw new RangeError(`new Value: ${inputs.length} inputs but ${localGrads.length} local gradients`);
    }
    this.data = data;
    this.label = label;
    this.op = op;
    this.inputs = inputs;
    this.localGrads = localGrads;
  }

  /** this + other; d/dthis = 1, d/dother = 1. */
  add(other: Value | number): Value {
    const b = toValue(other, 'add');
    return new Value(this.data + b.data, '', '+', [this, b], [1, 1]);
  }

  /** this - other; d/dthis = 1, d/dother = -1. */
  sub(other: Value | number): Value {
    const b = toValue(other, 'sub');
    return new Value(this.data - b.data, '', '-', [this, b], [1, -1]);
  }

  /** this * other; d/dthis = other, d/dother = this. */
  mul(other: Value | number): Value {
    const b = toValue(other, 'mul');
    return new Value(this.data * b.data, '', '*', [this, b], [b.data, this.data]);
  }

  /**
   * this / other; d/dthis = 1/other, d/dother = -this/other^2. Division by 0 follows IEEE:
   * 1/0 is Infinity, 0/0 is NaN.
   */
  div(other: Value | number): Value {
    const b = toValue(other, 'div');
    const q = this.data / b.data;
    // -(a/b)/b rather than -a/(b*b): b*b overflows for |b| > 1e154 even where the quotient is fine.
    return new Value(q, '', '/', [this, b], [1 / b.data, -q / b.data]);
  }

  /** -this; d/dthis = -1. */
  neg(): Value {
    return new Value(-this.data, '', 'neg', [this], [-1]);
  }

  /**
   * this^k for a plain number k (op 'pow k'); d/dthis = k this^(k-1), and 0 for k = 0 (the
   * constant 1, even at this = 0). As with Math.pow, a negative base with a non-integer k gives NaN
   * (no real power exists), and 0 to a negative power is Infinity.
   */
  pow(k: number): Value {
    checkNumber(k, 'pow(k)');
    const local = k === 0 ? 0 : k * this.data ** (k - 1);
    return new Value(this.data ** k, '', `pow ${k}`, [this], [local]);
  }

  /** e^this; its derivative is itself. */
  exp(): Value {
    const e = Math.exp(this.data);
    return new Value(e, '', 'exp', [this], [e]);
  }

  /** The natural log; d/dthis = 1/this. log(0) is -Infinity (derivative Infinity); log(x < 0) is NaN. */
  log(): Value {
    return new Value(Math.log(this.data), '', 'log', [this], [1 / this.data]);
  }

  /** tanh(this); the derivative is the kernel's tanhGrad, exact where 1 - tanh^2 would round to 0. */
  tanh(): Value {
    return new Value(tanh(this.data), '', 'tanh', [this], [tanhGrad(this.data)]);
  }

  /** sigma(this) = 1/(1 + e^-this); the derivative is the kernel's sigmoidGrad, exact in the tails. */
  sigmoid(): Value {
    return new Value(sigmoid(this.data), '', 'sigmoid', [this], [sigmoidGrad(this.data)]);
  }

  /** max(0, this); the derivative is 1 for this > 0 and 0 otherwise, so 0 at the kink. */
  relu(): Value {
    return new Value(relu(this.data), '', 'relu', [this], [reluGrad(this.data)]);
  }

  /** this for this > 0, alpha this otherwise; the derivative is alpha at the kink (this = 0). */
  leakyRelu(alpha = 0.01): Value {
    checkNumber(alpha, 'leakyRelu(alpha)');
    return new Value(leakyRelu(this.data, alpha), '', 'leakyRelu', [this], [leakyReluGrad(this.data, alpha)]);
  }

  /**
   * Sets every reachable node's `grad` to d(this)/d(node), by the chain rule in reverse topological
   * order: each node adds localGrad * its own grad into each input's grad. The adding is what
   * makes a node used twice (a.mul(a)) collect both contributions (2a).
   * It first sets the reachable grads to 0 and this node's grad to 1 (d this / d this), so calling
   * it twice gives the same grads, not double. Nodes not reachable from this one keep their grad.
   */
  backward(): void {
    const order = topologicalOrder(this);
    for (const node of order) node.grad = 0;
    this.grad = 1;
    // Walking the order backwards, a node is reached only after every node that uses it has
    // added its share, so its grad is complete before it passes it on.
    for (let n = order.length - 1; n >= 0; n--) {
      const node = order[n]!;
      for (let i = 0; i < node.inputs.length; i++) node.inputs[i]!.grad += node.localGrads[i]! * node.grad;
    }
  }

  /** For the console: `Value(data=2, grad=0)`, with the label and op when set. */
  toString(): string {
    const tag = [this.label && `label=${this.label}`, this.op && `op=${this.op}`].filter(Boolean).join(', ');
    return `Value(data=${this.data}, grad=${this.grad}${tag && `, ${tag}`})`;
  }
}

/**
 * Every node that `output` depends on, each once, inputs before the nodes that use them and
 * `output` last: a depth-first walk that visits inputs in order and lists a node once all its
 * inputs are listed. It uses an explicit stack, not recursion, so a chain of 100 000 nodes does
 * not overflow the call stack.
 * Example: for `c = a.mul(b)`, `topologicalOrder(c)` is `[a, b, c]`.
 */
export function topologicalOrder(output: Value): Value[] {
  const order: Value[] = [];
  const seen = new Set<Value>([output]);
  // Each entry is a node and the index of the next input to visit; the entry stays on the stack
  // until all its inputs are listed, which is exactly what recursion would keep on the call stack.
  const stack: { node: Value; next: number }[] = [{ node: output, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.node.inputs.length) {
      const input = top.node.inputs[top.next++]!;
      // A graph built by these operations has no cycles, so a node seen before is either listed
      // already or cannot be reached again from below itself: skipping it is safe.
      if (!seen.has(input)) {
        seen.add(input);
        stack.push({ node: input, next: 0 });
      }
    } else {
      stack.pop();
      order.push(top.node);
    }
  }
  return order;
}

/** `x` as a Value: a Value as it is, a finite number as a new leaf; anything else is a TypeError. */
function toValue(x: Value | number, method: string): Value {
  if (x instanceof Value) return x;
  if (typeof x === 'number' && Number.isFinite(x)) return new Value(x);
  throw new TypeError(`Value.${method}: expected a Value or a finite number, got ${show(x)}`);
}

function checkNumber(x: number, what: string): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new TypeError(`Value.${what}: expected a finite number, got ${show(x)}`);
  }
}

function show(x: unknown): string {
  return typeof x === 'string' ? JSON.stringify(x) : x instanceof Value ? x.toString() : String(x);
}
