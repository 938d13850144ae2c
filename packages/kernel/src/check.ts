/** Throws a RangeError naming `fn` unless yTrue and yPred are non-empty and of equal length. */
export function checkPairs(fn: string, yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const n = yTrue.length;
  if (n !== yPred.length) {
    throw new RangeError(`${fn}: yTrue has ${n} values but the predictions have ${yPred.length}`);
  }
  if (n === 0) throw new RangeError(`${fn}: needs at least one example`);
  return n;
}

/** Throws a RangeError naming `fn` unless `out` has room for `n` values. */
export function checkOut(fn: string, out: Float64Array, n: number): void {
  if (out.length < n) throw new RangeError(`${fn}: out holds ${out.length} values, needs ${n}`);
}
