import { defineExercise } from '@nonlinear/grader';

// Expected values: mpmath at 50 digits (e^(z_i) / Σ e^(z_j) of the given doubles), rounded to the nearest double.

/** 10,000 logits spread over [650, 750), in a scrambled order: the naive sum of e^z overflows. */
const MANY: readonly number[] = Array.from({ length: 10_000 }, (_, i) => 650 + ((i * 7919) % 1000) / 10);

const asNumbers = (got: unknown): number[] => (Array.isArray(got) ? (got as number[]) : Array.from(got as ArrayLike<number>));

export default defineExercise({
  id: 'softmax',
  title: 'A softmax that never overflows',
  chapter: 'softmax',
  exportName: 'softmax',
  signature: 'export function softmax(logits: number[]): number[]',
  hints: [
    'Try the formula in your head on the logits (1002, 1001, 1000.1): what is e^1002 in double precision? And on (−998, −999, −999.9)?',
    'Adding the same constant c to every logit multiplies every e^(z_i) and the sum by e^c, which cancels. Choose c so that no exponent is positive.',
    'Subtract m = max_j z_j from every logit before exponentiating (into a new array, never the caller\'s): every exponent is then ≤ 0 and the largest term is exactly 1. Divide each term by their sum.',
  ],
  tests: [
    {
      name: 'softmax([2, 1, 0.1]) is [0.6590011388859679, 0.24243297070471392, 0.09856589040931817]',
      args: [[2, 1, 0.1]],
      expected: [0.6590011388859679, 0.24243297070471392, 0.09856589040931817],
      hint: 'Each probability is e^(z_i) divided by the sum of all the e^(z_j): without the division the results are not probabilities.',
    },
    {
      name: 'softmax([1002, 1001, 1000.1]) is the same distribution, not NaN',
      args: [[1002, 1001, 1000.1]],
      expected: [0.6590011388859665, 0.24243297070471337, 0.09856589040932019],
      hint: 'e^1002 is Infinity, and Infinity / Infinity is NaN. Subtract the largest logit from every logit first: softmax does not change, and no exponent is positive.',
    },
    {
      name: 'softmax([-998, -999, -999.9]) is the same distribution, not NaN',
      args: [[-998, -999, -999.9]],
      expected: [0.6590011388859665, 0.24243297070471337, 0.09856589040932019],
      hint: 'e^(−998) underflows to 0, so the sum is 0 and 0 / 0 is NaN. After subtracting the largest logit, the largest term is e^0 = 1 and the sum is at least 1.',
    },
    {
      name: 'softmax([3, -1, 0.5, 2, -4]) keeps the order of the logits',
      args: [[3, -1, 0.5, 2, -4]],
      expected: [0.6806462509894431, 0.01246647094409337, 0.055870846575830316, 0.2503957624494336, 0.000620669041199566],
      hint: 'Return the probabilities in the order of the logits, one per logit: do not sort.',
    },
    { name: 'softmax([0, 0, 0, 0]) is uniform: 0.25 each', args: [[0, 0, 0, 0]], expected: [0.25, 0.25, 0.25, 0.25] },
    {
      name: 'softmax([1000, -1000]) is [1, 0]',
      args: [[1000, -1000]],
      expected: [1, 0],
      hint: 'Shift by the largest logit, not the smallest (or the first): subtracting −1000 leaves e^2000, which overflows.',
    },
    { name: 'softmax([5]) is [1]', args: [[5]], expected: [1], hint: 'One class gets all the probability: e^z / e^z = 1.' },
    { name: 'softmax([1000]) is [1], not NaN', args: [[1000]], expected: [1], hint: 'e^1000 / e^1000 is Infinity / Infinity = NaN: subtract the largest logit first.' },
    {
      name: 'softmax([]) is []',
      args: [[]],
      expected: [],
      hint: 'An empty array has an empty softmax. Array.prototype.reduce without an initial value throws on an empty array: start a running maximum at −Infinity.',
    },
    {
      name: 'softmax of 1000 logits all equal to 709 is uniform: 0.001 each',
      args: [Array.from({ length: 1000 }, () => 709)],
      expected: Array.from({ length: 1000 }, () => 0.001),
      hint: 'e^709 ≈ 8.2e307 is finite, but the sum of a thousand of them overflows to Infinity, and each term divided by Infinity is 0. Subtract the largest logit first.',
    },
    {
      name: 'softmax leaves its input array unchanged',
      args: [[3, 1, -2]],
      expected: [0.8756005950630876, 0.11849965453500959, 0.005899750401902781],
      hint: 'Shifting with logits[i] -= m changes the caller\'s array, which may still be needed (by the loss, by the backward pass). Put the shifted values in a new array, e.g. logits.map(...).',
    },
    {
      name: 'softmax of 10,000 logits between 650 and 750 is finite, sums to 1 and keeps their order',
      args: [MANY],
      check: (got) => {
        const s = asNumbers(got);
        if (s.length !== MANY.length) return `the result has ${s.length} entries, expected ${MANY.length}`;
        let sum = 0;
        for (let i = 0; i < s.length; i++) {
          const v = s[i]!;
          if (!(typeof v === 'number' && v >= 0 && v <= 1)) return `entry ${i} is ${v}, not a probability`;
          sum += v;
        }
        if (!(Math.abs(sum - 1) <= 1e-10)) return `the entries sum to ${sum}, not 1`;
        const order = MANY.map((_, i) => i).sort((a, b) => MANY[a]! - MANY[b]!);
        for (let k = 1; k < order.length; k++) {
          const lo = order[k - 1]!;
          const hi = order[k]!;
          if (s[hi]! < s[lo]!) return `logit ${hi} (${MANY[hi]}) is larger than logit ${lo} (${MANY[lo]}), but its probability is smaller`;
        }
        return null;
      },
      hint: 'Every e^z here is about 1e282 to 1e325: the sum overflows unless you subtract the largest logit first.',
    },
    {
      name: 'softmax(z + c) = softmax(z) for z = [0.5, -1.5, 2, 0] and c = -500, 300, 700',
      args: [[0.5, -1.5, 2, 0]],
      check: (got, { fn }) => {
        const base = asNumbers(got);
        for (const c of [-500, 300, 700]) {
          const shifted = asNumbers(fn([0.5 + c, -1.5 + c, 2 + c, c]));
          for (let i = 0; i < 4; i++) {
            if (!(Math.abs(shifted[i]! - base[i]!) <= 1e-13)) return `with every logit shifted by ${c}, entry ${i} is ${shifted[i]} instead of ${base[i]}`;
          }
        }
        return null;
      },
      hint: 'Adding the same constant to every logit must change nothing. If it does at c = 700 or c = −500, the exponentials overflow or underflow: subtract the largest logit first.',
    },
  ],
});
