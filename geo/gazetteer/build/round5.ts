/**
 * Rounds degrees to 5 decimals (about 1 m), the precision points are written at.
 *
 * @example round5(24.806944) // 24.80694
 */
export function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
