/**
 * Keeping a mounted widget's expensive parts between renders: the pure view takes a `Memo`; at
 * build time and in tests it gets `noMemo` (always computes), a mounted widget its own
 * `createMemo()`, so moving one control rebuilds only what depends on it.
 */

/**
 * Returns `make()`'s result, or the one kept from the last call in the same `slot` when `key` is
 * unchanged. Example: `memo('samples', String(spread), () => drawSamples(spread))`.
 */
export type Memo = <T>(slot: string, key: string, make: () => T) => T;

/** A Memo that keeps nothing. Example: `noMemo('a', 'k', () => 1)` is 1, computed every time. */
export const noMemo: Memo = (_slot, _key, make) => make();

/**
 * A Memo for one widget instance: one remembered value per slot (the last key wins).
 * Example: `const memo = createMemo(); memo('s', 'k', f); memo('s', 'k', f)` calls f once.
 */
export function createMemo(): Memo {
  const kept = new Map<string, { key: string; value: unknown }>();
  return <T>(slot: string, key: string, make: () => T): T => {
    const hit = kept.get(slot);
    if (hit && hit.key === key) return hit.value as T;
    const value = make();
    kept.set(slot, { key, value });
    return value;
  };
}
