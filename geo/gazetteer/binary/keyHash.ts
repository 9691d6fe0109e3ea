/**
 * The hash of the binary gazetteer's tables: FNV-1a over UTF-16 code units, then a final mix so
 * that the low bits (the slot) depend on every character. The same function runs on a query
 * string (`hashString`) and on a key stored as Latin-1 bytes (`hashBytes`), so both find one slot.
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The final mix (the last steps of Chris Wellons' lowbias32). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}

/**
 * Hashes a string by its UTF-16 code units.
 *
 * @example hashString('sinaloa') === hashBytes(new TextEncoder().encode('sinaloa'), 0, 7) // true
 */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0, n = s.length; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return mix(h);
}

/** Hashes `length` Latin-1 bytes from `start`, as `hashString` hashes the same characters. */
export function hashBytes(bytes: Uint8Array, start: number, length: number): number {
  let h = FNV_OFFSET;
  for (let i = start, end = start + length; i < end; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return mix(h);
}

/**
 * Hashes `s` without its code unit at `skip` (`skip >= s.length`: the whole string), as
 * `hashString(s.slice(0, skip) + s.slice(skip + 1))` would, without making that string: the
 * misspelling index hashes every one-letter deletion of a word.
 */
export function hashStringWithout(s: string, skip: number): number {
  let h = FNV_OFFSET;
  for (let i = 0, n = s.length; i < n; i++) if (i !== skip) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return mix(h);
}

/** The smallest power of two holding `count` entries at most half full (at least 16). */
export function tableSize(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}

/**
 * Bits of a slot of the key table (`keySlots`) that hold the entry + 1; the bits above them hold
 * a fingerprint of the key's hash, so that a probe passes over other keys without reading them.
 */
export function entryBits(keys: number): number {
  return Math.max(1, Math.ceil(Math.log2(keys + 2)));
}

/**
 * The key table: open addressing with linear probing, at most 70 % full (probes of neighbouring
 * slots share cache lines), each slot `fingerprint << entryBits | entry + 1` (0: empty). Keys
 * are inserted in entry order, so the same keys give the same table.
 *
 * @param hashes each key's `hashString`, by entry
 */
export function keySlots(hashes: ArrayLike<number>): Int32Array {
  const bits = entryBits(hashes.length);
  if (bits > 24) throw new Error(`gazetteer binary: ${hashes.length} keys; the key table holds 2^24`);
  let size = 16;
  while (size * 0.7 < hashes.length) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let e = 0; e < hashes.length; e++) {
    const h = hashes[e]!;
    let slot = h & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = ((h >>> (bits + 1)) << bits) | (e + 1);
  }
  return slots;
}
