/**
 * One-letter misspellings of well-known places ("Sinoloa" → Sinaloa) are corrected alike by the
 * typed-array deletion index over the binary gazetteer's precomputed names, by the same index over
 * the TSV gazetteer's names, and by the Map of deletion strings it replaces (kept here as the
 * reference).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BinaryGazetteer } from '../../geo/gazetteer/binary/binaryGazetteer.ts';
import type { Gazetteer } from '../../geo/gazetteer/gazetteer.ts';
import { ensureGazetteerBinary } from '../../geo/gazetteer/gazetteerBinary.node.ts';
import { loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import { editDistanceAtMostOne, isWellKnownName, misspellingIndex, type MisspellingIndex } from '../../geo/misspellings.ts';
import { mulberry32 } from '../../geo/bench/mulberry32.ts';

/** The index as it was before the typed arrays: a Map from each deletion string to its names. */
function referenceIndex(g: Gazetteer): MisspellingIndex {
  const byDeletion = new Map<string, Set<string>>();
  const keys = new Set<string>();
  const deletions = (w: string) => [...w].map((_, i) => w.slice(0, i) + w.slice(i + 1));
  for (const [key, places] of g.entries()) {
    if (!isWellKnownName(key, places)) continue;
    keys.add(key);
    for (const d of [key, ...deletions(key)]) {
      if (!byDeletion.has(d)) byDeletion.set(d, new Set());
      byDeletion.get(d)!.add(key);
    }
  }
  return {
    correct(word) {
      if (word.length < 6 || keys.has(word)) return null;
      const found = new Set<string>();
      for (const d of [word, ...deletions(word)]) for (const key of byDeletion.get(d) ?? []) if (editDistanceAtMostOne(word, key)) found.add(key);
      return found.size === 1 ? [...found][0]! : null;
    },
  };
}

let tsv: Gazetteer;
let indexes: Record<'reference' | 'tsv' | 'binary', MisspellingIndex>;
let wellKnown: string[];

beforeAll(() => {
  tsv = loadGazetteer('data/gazetteer', { format: 'tsv' }) as Gazetteer;
  const { bytes, path } = ensureGazetteerBinary('data/gazetteer');
  const bin = BinaryGazetteer.fromBytes(bytes, path);
  wellKnown = bin.wellKnownKeys()!;
  indexes = { reference: referenceIndex(tsv), tsv: misspellingIndex(tsv), binary: misspellingIndex(bin) };
}, 180_000);

const answers = (word: string) => ({ reference: indexes.reference.correct(word), tsv: indexes.tsv.correct(word), binary: indexes.binary.correct(word) });

describe('misspellings of well-known places', () => {
  it.each([
    ['a letter changed', 'sinoloa', 'sinaloa'],
    ['a letter dropped', 'tamaulpas', 'tamaulipas'],
    ['a letter added', 'guatemalla', 'guatemala'],
    ['two letters swapped', 'veneuzela', 'venezuela'],
    ['too short to correct', 'texsa', null],
    ['a well-known name itself', 'sinaloa', null],
    ['two well-known names one letter away (Hamburg, Gamburg…): neither', 'amburg', null],
    ['nothing near', 'zzzzzzzz', null],
  ])('%s: %s → %s', (_why, word, expected) => {
    expect(answers(word)).toEqual({ reference: expected, tsv: expected, binary: expected });
  });

  it('the binary marks the names the rule selects from the TSV gazetteer, in entries() order', () => {
    const fromTsv = [...tsv.entries()].filter(([k, ps]) => isWellKnownName(k, ps)).map(([k]) => k);
    expect(wellKnown).toEqual(fromTsv);
    expect(wellKnown.length).toBeGreaterThan(10_000);
  });

  it('every one-letter slip of a sample of well-known names (and random words) gets the same answer from all three', () => {
    const random = mulberry32(9);
    const letters = 'abcdefghijklmnopqrstuvwxyzáéíñöü';
    const words = new Set<string>();
    for (let k = 0; k < wellKnown.length; k += 23) {
      const w = wellKnown[k]!;
      for (let i = 0; i <= w.length; i++) {
        const c = letters[Math.floor(random() * letters.length)]!;
        words.add(w.slice(0, i) + w.slice(i + 1));
        words.add(w.slice(0, i) + c + w.slice(i));
        words.add(w.slice(0, i) + c + w.slice(i + 1));
        if (i + 1 < w.length) words.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
      }
    }
    for (let k = 0; k < 2000; k++) words.add(Array.from({ length: 6 + Math.floor(random() * 6) }, () => letters[Math.floor(random() * 26)]).join(''));
    const differ: string[] = [];
    let corrected = 0;
    for (const w of words) {
      const a = answers(w);
      if (a.reference) corrected++;
      if (a.tsv !== a.reference || a.binary !== a.reference) differ.push(`${w}: ${JSON.stringify(a)}`);
    }
    expect(differ.slice(0, 10)).toEqual([]);
    expect(corrected).toBeGreaterThan(1000);
  });
});
