/**
 * A seeded pseudo-random number generator (Mulberry32): tiny, fast and the same on every
 * platform, so a seed always gives the same benchmark corpus.
 *
 * @param seed any 32-bit integer
 * @returns a function giving numbers in [0, 1)
 * @example const random = mulberry32(42); random() // 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
