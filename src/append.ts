/**
 * Append items to an array in place.
 *
 * `target.push(...items)` passes every item as an argument: past about
 * 120,000 of them (a `<meta name="keywords">` of `a,a,a,…`, a page of
 * 200,000 one-word lines) it throws `RangeError: Maximum call stack size
 * exceeded`. A loop has no such limit.
 *
 * @param target Array to grow.
 * @param items Items to add, in order.
 * @returns `target`.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i])
  return target
}
