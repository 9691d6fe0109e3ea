/**
 * Code-point order for `Array.prototype.sort` (never locale order: ids and file names must sort
 * the same on every machine, so outputs stay byte-identical).
 *
 * @example ['b', 'B', 'a'].sort(codePointOrder) // ['B', 'a', 'b']
 */
export function codePointOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
