/** Throws a RangeError naming `fn` unless yTrue and yPred are non-empty and of equal length. */
export function checkPairs(fn: string, yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const n = yTrue.length;
  if (n !== yPred.length) {
    throw new RangeError(`${fn}: yTrue has ${n} values but the predictions have ${yPred.length}`);
  }
  if (n === 0) throw new RangeError(`${fn}: needs at least one example`);
  return n;
}
