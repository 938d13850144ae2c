/**
 * A fixed left-to-right layered layout for a small expression graph, no physics: an operation's
 * column is one more than its deepest input's; a leaf sits just left of its first user (so the
 * neuron's bias b enters beside p₁ and p₂, not at the far left). Rows: the leaves of column 0 in
 * topological order, one per row; every other node at the mean row of its inputs (a leaf placed
 * later at the mean row of its user's other inputs), then pushed down until nodes in a column are
 * at least one row apart.
 */

export interface Layout {
  /** Column of each node, 0 at the left. */
  col: number[];
  /** Row of each node, fractional; the smallest is 0. */
  row: number[];
  cols: number;
  /** The largest row (the smallest is 0). */
  rowSpan: number;
}

/**
 * Lays out nodes given in topological order (each node's inputs have smaller ids).
 * Example: for f = (a + b)·b (a, b, c = a + b, f = c·b) the columns are [0, 0, 1, 2] and the rows
 * [0, 1, 0.5, 0.75].
 */
export function layeredLayout(inputs: readonly (readonly number[])[]): Layout {
  const n = inputs.length;
  const depth = new Array<number>(n).fill(0);
  const users: number[][] = inputs.map(() => []);
  for (let i = 0; i < n; i++) {
    for (const j of inputs[i]!) {
      depth[i] = Math.max(depth[i]!, depth[j]! + 1);
      users[j]!.push(i);
    }
  }
  const isLeaf = (i: number): boolean => inputs[i]!.length === 0;
  const col = depth.map((d, i) => (isLeaf(i) && users[i]!.length > 0 ? Math.min(...users[i]!.map((u) => depth[u]!)) - 1 : d));
  const row = new Array<number>(n).fill(Number.NaN);
  let next = 0;
  for (let i = 0; i < n; i++) if (isLeaf(i) && col[i] === 0) row[i] = next++;
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  const placed = (xs: readonly number[]): number[] => xs.map((j) => row[j]!).filter((r) => !Number.isNaN(r));
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(row[i]!)) continue;
    if (isLeaf(i)) {
      const siblings = users[i]!.length > 0 ? placed(inputs[users[i]![0]!]!) : [];
      row[i] = siblings.length > 0 ? mean(siblings) : next++;
    } else {
      // Inputs precede their users in topological order, so every input already has a row.
      row[i] = mean(inputs[i]!.map((j) => row[j]!));
    }
  }
  const cols = Math.max(...col) + 1;
  for (let c = 0; c < cols; c++) {
    const inCol = row.map((r, i) => ({ r, i })).filter((x) => col[x.i] === c).sort((p, q) => p.r - q.r);
    for (let k = 1; k < inCol.length; k++) {
      const min = row[inCol[k - 1]!.i]! + 1;
      if (row[inCol[k]!.i]! < min) row[inCol[k]!.i] = min;
    }
  }
  const top = Math.min(...row);
  const shifted = row.map((r) => r - top);
  return { col, row: shifted, cols, rowSpan: Math.max(...shifted) };
}
