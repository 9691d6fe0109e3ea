/**
 * FNV-1a, 32 bits, over UTF-16 code units: a small stable hash for ids and colours.
 *
 * @example fnv1a('') // 2166136261
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
