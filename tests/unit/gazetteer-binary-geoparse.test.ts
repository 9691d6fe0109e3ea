/**
 * The geoparser gives byte-identical output with the binary gazetteer and with the TSV one: the
 * seed corpus, every labelled role passage and texts that exercise each kind of gazetteer look-up
 * (names, folded accents, demonyms, codes after a comma, dotted initials, misspellings, prefixes of
 * longer names, phone areas, ids), in debug mode so that every candidate and score is compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BinaryGazetteer } from '../../geo/gazetteer/binary/binaryGazetteer.ts';
import { ensureGazetteerBinary } from '../../geo/gazetteer/gazetteerBinary.node.ts';
import { loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import { geoparse, resolveSpans } from '../../geo/geoparse.ts';
import { parseArticleFile } from '../../geo/ingest/parseArticleFile.ts';
import type { GazetteerIndex } from '../../geo/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let tsv: GazetteerIndex;
let bin: GazetteerIndex;

beforeAll(() => {
  tsv = loadGazetteer(join(ROOT, 'data/gazetteer'), { format: 'tsv' });
  const { bytes, path } = ensureGazetteerBinary(join(ROOT, 'data/gazetteer'));
  bin = BinaryGazetteer.fromBytes(bytes, path);
}, 180_000);

const both = (text: string, date: string | null = null) => [tsv, bin].map((g) => JSON.stringify(geoparse(text, g, { debug: true, date })));

const corpus = readdirSync(join(ROOT, 'data/corpus'))
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort();
const rolesDir = join(ROOT, 'tests/fixtures/roles');
const passages = readdirSync(rolesDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(join(rolesDir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; text?: string; date?: string })
      // seed-labels.jsonl labels the seed corpus by offsets: no text of its own.
      .filter((p): p is { id: string; text: string; date?: string } => typeof p.text === 'string'),
  );

describe('byte-identical geoparse output from the binary and the TSV gazetteer', () => {
  it.each(corpus)('seed article %s', (file) => {
    const a = parseArticleFile(file, readFileSync(join(ROOT, 'data/corpus', file)));
    const [fromTsv, fromBin] = both(a.text, a.date);
    expect(JSON.parse(fromTsv!).mentions.length).toBeGreaterThan(5);
    expect(fromBin).toBe(fromTsv);
  });

  it(`every labelled role passage (${passages.length})`, () => {
    const differ = passages.filter((p) => {
      const [a, b] = both(p.text, p.date ?? null);
      return a !== b;
    });
    expect(differ.map((p) => p.id)).toEqual([]);
  });

  it.each([
    ['names folded for accents and case', 'CIUDAD JUAREZ, Ciudad Juárez and Ciudad Jua\u0301rez are one city; so are Culiacan and Culiacán Rosales.'],
    ['demonyms, single and multi-word', 'Mexican, Sri Lankan and New Zealander officials met Guatemalan and American envoys.'],
    ['codes after a comma and dotted initials', 'He lived in Paris, Tenn., then Laredo, TX, and flew from Vancouver, B.C., to LAX.'],
    ['misspellings of well-known places', 'Troops moved from Sinoloa to Tamaulpas and on to Guatemalla.'],
    ['prefixes of longer names', 'Los Angeles International Airport, Sinaloa de Leyva and New York City, not New Yorkshire.'],
    ['phone areas (ids looked up)', 'Huntington police asked anyone with information to call 304-399-6500.'],
    ['a dateline and places far apart', 'WASHINGTON — Officials in Kabul, Łódź, Київ and Ærøskøbing spoke of Delft and Manchester.'],
    ['no places at all', 'The quick brown fox jumps over the lazy dog.'],
  ])('%s', (_why, text) => {
    const [fromTsv, fromBin] = both(text);
    expect(fromBin).toBe(fromTsv);
  });

  it('resolveSpans (gold names given to the resolver) alike', () => {
    const text = 'Agents in Paris, Texas and in Victoria seized cash bound for Durango.';
    const spans = ['Paris', 'Victoria', 'Durango', 'Texas'].map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }));
    expect(JSON.stringify(resolveSpans(text, spans, bin))).toBe(JSON.stringify(resolveSpans(text, spans, tsv)));
  });
});
