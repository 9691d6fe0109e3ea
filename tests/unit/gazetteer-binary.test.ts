/**
 * The binary gazetteer (`gazetteer.bin`) answers exactly as the TSV gazetteer it is compiled from
 * (same places, same order, same fields, the same object for a place on every lookup), is the
 * same bytes for the same TSVs, says what is wrong with a bad file, and is compiled again when the
 * TSVs change.
 */
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldName } from '../../geo/fold.ts';
import { BinaryGazetteer } from '../../geo/gazetteer/binary/binaryGazetteer.ts';
import { compileGazetteer } from '../../geo/gazetteer/binary/compileGazetteer.ts';
import { Gazetteer } from '../../geo/gazetteer/gazetteer.ts';
import { BINARY_FILE, compileGazetteerDir, ensureGazetteerBinary, ensureGazetteerGzip, GZIP_FILE, STAMP_FILE } from '../../geo/gazetteer/gazetteerBinary.node.ts';
import { gazetteerFormatFromEnv, loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import type { PlaceGazetteer } from '../../geo/gazetteer/placeGazetteer.ts';
import type { TsvSource } from '../../geo/gazetteer/parseGazetteerTsv.ts';

const HEADER = 'id\tname\tkind\tfeatureType\tlat\tlon\tcountry\tadmin1\tpopulation\tnames\tdemonyms\tcodes';
const row = (...cells: Array<string | number>) => cells.join('\t');

/** Invented places, one per phenomenon of the format (the comment says which). */
const PLACES = [
  HEADER,
  '# a comment line',
  row('admin1:XX.01', 'Nova Provincia', 'admin1', 'ADM1', 10.5, -20.25, 'XX', '01', 4294967295, 'Provincia Nova|Nova', 'Novan|Novans', 'NP|N.P.'), // largest population, dotted code
  row('airport:XLA', 'Xla International Airport', 'airport', 'AIRP', 10.00001, -20.00001, 'XX', '01', 0, 'Xla International', '', 'XLA'), // prefix keys "xla", "xla international"
  row('country:XX', 'Xland', 'country', 'PCLI', 11, -21, 'XX', '', 5000000, 'Republic of Xland|Xland Republic', 'Xlander|Xlandish', 'XL|XLD'),
  row('gn:1', 'McAllen', 'city', 'PPL', 10.12345, -20.54321, 'XX', '01', 140000, 'Mc Allen|MCALLEN', '', ''), // capitals inside a word, all capitals
  row('gn:2', 'Łódź', 'city', 'PPLA', 51.75, 19.46667, 'PL', '74', 670000, 'Lodz|Lodsch', '', ''), // a letter with no decomposition (Ł)
  row('gn:3', 'Київ', 'city', 'PPLC', 50.45, 30.5, 'UA', '12', 2800000, 'Kyiv|Kiev', '', ''), // a key above Latin-1
  row('gn:4', 'Springfield', 'city', 'PPL', 39.80172, -89.64371, 'US', 'IL', 116000, '', '', ''), // one key, several places
  row('gn:5', 'Springfield', 'city', 'PPL', 42.10148, -72.58981, 'US', 'MA', 155000, 'springfield', '', ''), // an alternate folding to its own name
  row('gn:6', 'Winston-Salem', 'city', 'PPL', 36.09986, -80.24422, 'US', 'NC', 249545, 'Winston Salem', '', ''),
  row('gn:7', "O'Hare", 'city', 'PPL', -0.5, -0.25, 'US', 'IL', 0, "O’Hare", '', ''), // typographic apostrophe folds alike
  row('gn:8', 'New York City', 'city', 'PPL', 40.71427, -74.00597, 'US', 'NY', 8804190, 'New York|NYC|Big Apple|val-d’Or', '', ''), // prefix-only keys
  row('gn:9', 'Sinaloa de Leyva', 'city', 'PPL', 25.8, -108.2, 'MX', '25', 5000, '', '', ''),
  row('gn:10', 'Ciudad Juárez', 'city', 'PPLA2', 31.72024, -106.46084, 'MX', '06', 1512354, 'Juárez|Juarez|Ciudad Juarez', '', ''),
].join('\n');
const ALIASES = ['id\tfield\tvalue\twhy', 'gn:1\tnames\tMcAllen City\ttest', 'gn:4\tdemonyms\tSpringfielder\ttest', 'country:XX\tcodes\tX.L.\ttest'].join('\n');
const SMALL: TsvSource[] = [
  { name: 'aliases.tsv', text: ALIASES },
  { name: 'places.tsv', text: PLACES },
];
const SOURCES = { sources: SMALL.map((s) => ({ name: s.name, bytes: s.text.length })), sourceDigest: 'sha256:test' };

const ids = (places: readonly { id: string }[]) => places.map((p) => p.id);

/** Every answer of `bin` compared with `tsv`'s; the differences found, at most 20. */
function differences(tsv: Gazetteer, bin: PlaceGazetteer, probes: string[] = []): string[] {
  const out: string[] = [];
  const say = (what: string) => out.length < 20 && out.push(what);
  if (bin.size !== tsv.size) say(`size ${bin.size} ≠ ${tsv.size}`);
  if (bin.maxNameTokens !== tsv.maxNameTokens) say(`maxNameTokens ${bin.maxNameTokens} ≠ ${tsv.maxNameTokens}`);
  const binPlaces = [...bin.places()];
  [...tsv.places()].forEach((p, i) => {
    // JSON: the same fields, in the same order, with the same values.
    if (JSON.stringify(binPlaces[i]) !== JSON.stringify(p)) say(`place ${i}: ${JSON.stringify(binPlaces[i])} ≠ ${JSON.stringify(p)}`);
    if (bin.get(p.id) !== binPlaces[i]) say(`get(${p.id}) is not the place places() gives`);
    if (bin.admin1Of(binPlaces[i]!)?.id !== tsv.admin1Of(p)?.id) say(`admin1Of(${p.id})`);
    if (bin.countryOf(binPlaces[i]!)?.id !== tsv.countryOf(p)?.id) say(`countryOf(${p.id})`);
  });
  const binEntries = [...bin.entries()];
  [...tsv.entries()].forEach(([key, places], i) => {
    const [k, ps] = binEntries[i] ?? ['(none)', []];
    if (k !== key || ids(ps).join() !== ids(places).join()) say(`entry ${i}: ${k} ${ids(ps)} ≠ ${key} ${ids(places)}`);
  });
  if (binEntries.length !== [...tsv.entries()].length) say(`${binEntries.length} entries ≠ ${[...tsv.entries()].length}`);
  const { names, demonyms, codes, prefixes } = tsv.keyIndexes();
  const keys = new Set([...names.keys(), ...demonyms.keys(), ...codes.keys(), ...prefixes, ...probes]);
  for (const key of keys) {
    for (const f of ['lookup', 'lookupDemonym', 'lookupCode'] as const) {
      if (ids(bin[f](key)).join() !== ids(tsv[f](key)).join()) say(`${f}(${JSON.stringify(key)}): ${ids(bin[f](key))} ≠ ${ids(tsv[f](key))}`);
    }
    if (bin.hasPrefix(key) !== tsv.hasPrefix(key)) say(`hasPrefix(${JSON.stringify(key)})`);
  }
  for (const id of probes) if (bin.get(id)?.id !== tsv.get(id)?.id) say(`get(${JSON.stringify(id)}): ${bin.get(id)?.id} ≠ ${tsv.get(id)?.id}`);
  return out;
}

/** Keys and ids no gazetteer holds, and near misses of ones it does. */
const PROBES = ['', 'nowhere', 'new yor', 'new york c', 'springfiel', 'springfield ', 'SPRINGFIELD', 'київ', 'киів ', 'gn:', 'gn:1 ', 'gn:11', 'country:xx'];

describe('the binary answers as the TSV gazetteer does (invented places)', () => {
  const tsv = Gazetteer.fromTsv(SMALL);
  const bin = BinaryGazetteer.fromBytes(compileGazetteer(tsv, SOURCES), 'small.bin');

  it('every place, key, list, prefix and id', () => {
    expect(differences(tsv, bin, PROBES)).toEqual([]);
  });

  it.each([
    ['a shared key lists its places by id', 'springfield', ['gn:4', 'gn:5']],
    ['a key above Latin-1 (Київ folds to "киів")', foldName('Київ'), ['gn:3']],
    ['an accented name by its folded key', 'ciudad juarez', ['gn:10']],
    ['a typographic apostrophe folds as a plain one', "o'hare", ['gn:7']],
    ['an alias adds a name', 'mcallen city', ['gn:1']],
  ])('%s', (_why, key, expected) => {
    expect(ids(bin.lookup(key))).toEqual(expected);
  });

  it.each([
    ['McAllen', 'gn:1', 'McAllen', ['Mc Allen', 'MCALLEN', 'McAllen City']],
    ['Łódź', 'gn:2', 'Łódź', ['Lodz', 'Lodsch']],
    ['Київ', 'gn:3', 'Київ', ['Kyiv', 'Kiev']],
    ['Winston-Salem', 'gn:6', 'Winston-Salem', ['Winston Salem']],
    ['New York City', 'gn:8', 'New York City', ['New York', 'NYC', 'Big Apple', 'val-d’Or']],
  ])('names come back spelt as written: %s', (_why, id, name, names) => {
    expect(bin.get(id)).toMatchObject({ name, names });
  });

  it('demonyms, codes and prefixes, aliases included', () => {
    expect(ids(bin.lookupDemonym('springfielder'))).toEqual(['gn:4']);
    expect(ids(bin.lookupCode('xl'))).toEqual(['country:XX']);
    expect(ids(bin.lookupCode('np'))).toEqual(['admin1:XX.01']);
    expect(bin.get('country:XX')!.codes).toEqual(['XL', 'XLD', 'X.L.']);
    expect(bin.hasPrefix('big')).toBe(true);
    expect(bin.hasPrefix('big apple')).toBe(false);
    expect(bin.lookup('big')).toEqual([]);
    expect(bin.get('admin1:XX.01')!.population).toBe(4294967295);
  });

  it('a place is the same object on every lookup (resolve compares places with includes)', () => {
    const a = bin.lookup('springfield')[0]!;
    expect(bin.get('gn:4')).toBe(a);
    expect(bin.lookup('springfield')[0]).toBe(a);
    expect(bin.lookup('springfield').includes(bin.get('gn:4')!)).toBe(true);
    expect(bin.admin1Of(bin.get('gn:1')!)).toBe(bin.lookup('nova provincia')[0]);
    expect(bin.lookupDemonym('xlander')[0]).toBe(bin.get('country:XX'));
  });
});

describe('compiling', () => {
  it('the same TSVs give the same bytes', () => {
    const a = compileGazetteer(Gazetteer.fromTsv(SMALL), SOURCES);
    const b = compileGazetteer(Gazetteer.fromTsv(SMALL.map((s) => ({ ...s }))), SOURCES);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it.each([
    ['a sixth decimal', row('x:1', 'Somewhere', 'city', 'PPL', '10.123456', 20, 'MX', '25', 0, '', '', ''), 'gazetteer binary: x:1: latitude 10.123456 has more than 5 decimals'],
    ['a population of 2^32', row('x:1', 'Somewhere', 'city', 'PPL', 10, 20, 'MX', '25', 4294967296, '', '', ''), 'gazetteer binary: x:1: population 4294967296 is not a whole number below 2^32'],
    ['an id that is not ASCII', row('x:é', 'Somewhere', 'city', 'PPL', 10, 20, 'MX', '25', 0, '', '', ''), 'gazetteer binary: id "x:é" is not 1 to 127 ASCII characters'],
  ])('a value the format cannot hold fails, naming the place: %s', (_why, line, message) => {
    expect(() => compileGazetteer(Gazetteer.fromTsv([line]), SOURCES)).toThrow(message);
  });
});

describe('a bad file fails, naming the file and what is wrong', () => {
  const good = compileGazetteer(Gazetteer.fromTsv(SMALL), SOURCES);
  const headerLength = new DataView(good.buffer).getUint32(12, true);
  const edit = (f: (b: Uint8Array) => void) => {
    const b = good.slice();
    f(b);
    return b;
  };
  const withUint32 = (at: number, v: number) => edit((b) => new DataView(b.buffer).setUint32(at, v, true));
  it.each([
    ['empty', new Uint8Array(0), 'x.bin: truncated: 0 bytes, not even the 16-byte preamble of a gazetteer binary'],
    ['a TSV file', new TextEncoder().encode(PLACES), 'x.bin: not a plaza gazetteer binary (starts with "id\\tname\\t", expected "PLAZAGAZ")'],
    ['another format version', withUint32(8, 99), 'x.bin: format version 99, but this code reads version 2 (rebuild it: npm run build:gazetteer-bin)'],
    ['cut inside the header', good.slice(0, 100), `x.bin: truncated: 100 bytes, but the header alone runs to byte ${16 + headerLength}`],
    ['cut inside the data', good.slice(0, good.length - 8), `x.bin: truncated: ${good.length - 8} bytes, the header says ${good.length}`],
    ['bytes after its end', new Uint8Array([...good, 0, 0, 0, 0, 0, 0, 0, 0]), 'x.bin: 8 unexpected bytes after the end of the data'],
    ['a header that is not JSON', edit((b) => (b[16] = 0x5d)), 'x.bin: header is not valid JSON'],
    ['a header that is JSON of something else', edit((b) => b.set(new TextEncoder().encode('"x"'.padEnd(headerLength)), 16)), 'x.bin: header does not describe a plaza gazetteer'],
  ])('%s', (_why, bytes, message) => {
    expect(() => BinaryGazetteer.fromBytes(bytes, 'x.bin')).toThrow(message);
  });

  it('place blocks that do not add up to the strings (a corrupt length)', () => {
    const header = JSON.parse(new TextDecoder().decode(good.subarray(16, 16 + headerLength)));
    const dataStart = (16 + headerLength + 7) & ~7;
    const at = dataStart + header.sections.blockLength[0];
    const bad = edit((b) => (b[at] = (b[at]! + 1) & 0xff));
    expect(() => BinaryGazetteer.fromBytes(bad, 'x.bin')).toThrow(/^x\.bin: corrupt: place blocks add up to \d+ bytes, the strings section has \d+$/);
  });
});

describe('the Node edge compiles the binary when it is missing or stale, and only then', () => {
  let dir: string;
  const notes: string[] = [];
  const ensure = () => ensureGazetteerBinary(dir, { log: (l) => notes.push(l) });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plaza-gazetteer-bin-'));
    for (const s of SMALL) writeFileSync(join(dir, s.name), s.text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['missing: compiled and written', () => {}, true, 'because it does not exist yet'],
    ['fresh: used as it is', () => {}, false, null],
    ['a TSV changed: compiled again', () => appendFileSync(join(dir, 'places.tsv'), `\n${row('gn:11', 'Eleven', 'city', 'PPL', 1, 1, 'XX', '01', 0, '', '', '')}`), true, 'because aliases.tsv, places.tsv changed since it was compiled'],
    ['no stamp, TSVs unchanged: the digest says fresh', () => rmSync(join(dir, STAMP_FILE)), false, null],
    ['a TSV touched, bytes unchanged: the digest says fresh', () => utimesSync(join(dir, 'places.tsv'), new Date(), new Date(Date.now() + 5000)), false, null],
    ['another format version: compiled again', () => {
      const b = readFileSync(join(dir, BINARY_FILE));
      b.writeUInt32LE(99, 8);
      writeFileSync(join(dir, BINARY_FILE), b);
    }, true, 'format version 99'],
    ['a new TSV in the folder: compiled again', () => copyFileSync(join(dir, 'aliases.tsv'), join(dir, 'more-aliases.tsv')), true, 'the folder now holds aliases.tsv, more-aliases.tsv, places.tsv'],
  ])('%s', (_why, change, compiled, note) => {
    change();
    notes.length = 0;
    const r = ensure();
    expect(r.compiled).toBe(compiled);
    if (note) expect(notes.join('\n')).toContain(note);
    else expect(notes).toEqual([]);
    expect(Buffer.from(readFileSync(join(dir, BINARY_FILE))).equals(Buffer.from(r.bytes))).toBe(true);
    expect(Buffer.from(r.bytes).equals(Buffer.from(compileGazetteerDir(dir).bytes))).toBe(true);
  });

  it("the app's gzipped copy: written when missing or different, left alone when the same", () => {
    const { bytes } = ensure();
    rmSync(join(dir, GZIP_FILE), { force: true });
    expect(ensureGazetteerGzip(dir, bytes)).toBe(true);
    expect(Buffer.from(gunzipSync(readFileSync(join(dir, GZIP_FILE)))).equals(Buffer.from(bytes))).toBe(true);
    expect(ensureGazetteerGzip(dir, bytes)).toBe(false);
    expect(ensureGazetteerGzip(dir, bytes.subarray(0, 100))).toBe(true);
  });

  it('loadGazetteer gives the same answers from the binary and from the TSVs', () => {
    const tsv = loadGazetteer(dir, { format: 'tsv' }) as Gazetteer;
    expect(differences(tsv, loadGazetteer(dir), PROBES)).toEqual([]);
  });

  it.each([
    [{}, 'bin'],
    [{ PLAZA_GAZETTEER: 'bin' }, 'bin'],
    [{ PLAZA_GAZETTEER: 'tsv' }, 'tsv'],
  ])('PLAZA_GAZETTEER %j loads %s', (env, format) => {
    expect(gazetteerFormatFromEnv(env)).toBe(format);
  });

  it('PLAZA_GAZETTEER must be bin or tsv', () => {
    expect(() => gazetteerFormatFromEnv({ PLAZA_GAZETTEER: 'json' })).toThrow('PLAZA_GAZETTEER must be bin or tsv, not "json"');
  });
});

describe('the real extract (data/gazetteer)', () => {
  const DIR = 'data/gazetteer';
  let tsv: Gazetteer;
  let bin: BinaryGazetteer;
  beforeAll(() => {
    tsv = loadGazetteer(DIR, { format: 'tsv' }) as Gazetteer;
    const { bytes, path } = ensureGazetteerBinary(DIR);
    bin = BinaryGazetteer.fromBytes(bytes, path);
  }, 180_000);

  it('the binary on disk is what the TSVs compile to now (fresh, deterministic)', { timeout: 180_000 }, () => {
    expect(Buffer.from(readFileSync(join(DIR, BINARY_FILE))).equals(Buffer.from(compileGazetteerDir(DIR).bytes))).toBe(true);
  });

  it('every place, key, list, prefix and id answers as the TSV gazetteer', { timeout: 180_000 }, () => {
    expect(differences(tsv, bin, [...PROBES, 'sinaloa de', 'ciudad', 'los angeles international'])).toEqual([]);
  });
});
