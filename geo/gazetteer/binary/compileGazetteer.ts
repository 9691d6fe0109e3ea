/**
 * Compiles a gazetteer built from the TSV extract into the binary format of
 * `gazetteerBinaryFormat.ts`. Pure and deterministic: the same gazetteer and sources give the
 * same bytes.
 */
import { codePointOrder } from '../../codePointOrder.ts';
import { foldName } from '../../fold.ts';
import { isWellKnownName, MISSPELLING_RULE } from '../../misspellings.ts';
import type { Gazetteer } from '../gazetteer.ts';
import type { PlaceRow } from '../placeRow.ts';
import { foldProbe } from './foldProbe.ts';
import { hashString, keySlots } from './keyHash.ts';
import { CASE_LIST, nameCase } from './nameCase.ts';
import {
  align8,
  FORMAT_VERSION,
  KEY_CODE,
  KEY_DEMONYM,
  KEY_PREFIX,
  MAGIC,
  PREAMBLE_BYTES,
  SECTIONS,
  TAG_KEY,
  TAG_NEW_KEY,
  TAG_TEXT,
  TAG_TEXT_NEW_KEY,
  type GazetteerBinaryHeader,
  type SectionName,
} from './gazetteerBinaryFormat.ts';

/** What the binary records about the TSV files it was compiled from. */
export interface CompileSources {
  /** The TSV files, sorted by name, with their sizes in bytes. */
  sources: Array<{ name: string; bytes: number }>;
  /** `sha256:<hex>` of the sources (see `sourceDigest` in `gazetteerBinary.node.ts`). */
  sourceDigest: string;
}

/** Growable byte buffer. */
class ByteWriter {
  bytes = new Uint8Array(1 << 20);
  length = 0;

  reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  varint(v: number): void {
    this.reserve(8);
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    this.bytes[this.length++] = v;
  }

  raw(b: Uint8Array): void {
    this.reserve(b.length);
    this.bytes.set(b, this.length);
    this.length += b.length;
  }

  done(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

const encoder = new TextEncoder();

/** A small table of distinct values, sorted, and each value's index. */
function table(values: Iterable<string>, limit: number, what: string): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort(codePointOrder);
  if (list.length > limit) throw new Error(`gazetteer binary: ${list.length} distinct ${what}, the format holds ${limit}`);
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

/** Degrees × 10^5 as an integer, checked to give back exactly the same number. */
function fixedDegrees(v: number, row: PlaceRow, what: string): number {
  const q = Math.round(v * 1e5);
  if (!Object.is(q / 1e5, v)) throw new Error(`gazetteer binary: ${row.id}: ${what} ${v} has more than 5 decimals`);
  return q;
}

/**
 * Compiles `gazetteer` (built with `Gazetteer.fromTsv`) into the bytes of `gazetteer.bin`.
 * Throws, naming the place, when a value does not fit the format (a sixth decimal, a population
 * of 2^32, a non-ASCII id, more than 255 places under one key).
 *
 * @example compileGazetteer(Gazetteer.fromTsv([{ name: 'places.tsv', text }]), { sources: [{ name: 'places.tsv', bytes: 120 }], sourceDigest: 'sha256:…' })
 */
export function compileGazetteer(gazetteer: Gazetteer, sources: CompileSources): Uint8Array {
  const rows = [...gazetteer.places()];
  const n = rows.length;
  const placeIndex = new Map<PlaceRow, number>();
  rows.forEach((r, i) => placeIndex.set(r, i));
  const kinds = table(rows.map((r) => r.kind), 255, 'kinds');
  const featureTypes = table(rows.map((r) => r.featureType), 255, 'feature types');
  const countries = table(rows.map((r) => r.country), 65535, 'countries');
  const admin1s = table(rows.map((r) => r.admin1), 65535, 'admin1 codes');

  // Keys: names in the order the TSV gazetteer indexed them, then the others.
  const { names, demonyms, codes, prefixes } = gazetteer.keyIndexes();
  const keys = [...names.keys()];
  const keyIndex = new Map<string, number>(keys.map((k, e) => [k, e]));
  for (const more of [demonyms.keys(), codes.keys(), prefixes]) {
    for (const k of more) if (!keyIndex.has(k)) keyIndex.set(k, keys.push(k) - 1);
  }

  const population = new Uint32Array(n);
  const lat = new Int32Array(n);
  const lon = new Int32Array(n);
  const country = new Uint16Array(n);
  const admin1 = new Uint16Array(n);
  const kind = new Uint8Array(n);
  const featureType = new Uint8Array(n);
  const blockLength = new Uint16Array(n);
  const newKeys = new Uint8Array(n);
  const strings = new ByteWriter();
  let nextNewKey = 0;
  /** One string of a place; `named`: a name or alternate name, which may bear a new name key. */
  const string = (s: string, named: boolean): number => {
    const key = foldName(s);
    const e = keyIndex.get(key);
    const isNew = named && e !== undefined && e === nextNewKey && names.has(key);
    if (isNew) nextNewKey++;
    const bytes = encoder.encode(s);
    const textCost = varintBytes(bytes.length * 4) + bytes.length;
    const shape = e === undefined ? null : nameCase(s, key);
    let cost = Infinity;
    if (shape) cost = varintBytes(shape.mode * 4) + (isNew ? 0 : varintBytes(e!)) + (shape.mode === CASE_LIST ? listBytes(shape.positions) : 0);
    if (shape && (isNew || cost < textCost)) {
      strings.varint(shape.mode * 4 + (isNew ? TAG_NEW_KEY : TAG_KEY));
      if (!isNew) strings.varint(e!);
      if (shape.mode === CASE_LIST) {
        strings.varint(shape.positions.length);
        let from = 0;
        for (const p of shape.positions) {
          strings.varint(p - from);
          from = p;
        }
      }
    } else {
      strings.varint(bytes.length * 4 + (isNew ? TAG_TEXT_NEW_KEY : TAG_TEXT));
      strings.raw(bytes);
    }
    return isNew ? 1 : 0;
  };
  const list = (xs: readonly string[], named: boolean): number => {
    strings.varint(xs.length);
    let made = 0;
    for (const x of xs) made += string(x, named);
    return made;
  };
  rows.forEach((r, i) => {
    const from = strings.length;
    if (!/^[\x20-\x7e]{1,127}$/.test(r.id)) throw new Error(`gazetteer binary: id ${JSON.stringify(r.id)} is not 1 to 127 ASCII characters`);
    strings.varint(r.id.length);
    strings.raw(encoder.encode(r.id));
    const made = string(r.name, true) + list(r.names, true) + list(r.demonyms, false) + list(r.codes, false);
    if (made > 255) throw new Error(`gazetteer binary: ${r.id} bears ${made} new name keys, the format holds 255`);
    newKeys[i] = made;
    if (strings.length - from > 0xffff) throw new Error(`gazetteer binary: ${r.id}: its strings take ${strings.length - from} bytes, the format holds 65535`);
    blockLength[i] = strings.length - from;
    if (!Number.isInteger(r.population) || r.population < 0 || r.population > 0xffffffff) {
      throw new Error(`gazetteer binary: ${r.id}: population ${r.population} is not a whole number below 2^32`);
    }
    population[i] = r.population;
    lat[i] = fixedDegrees(r.lat, r, 'latitude');
    lon[i] = fixedDegrees(r.lon, r, 'longitude');
    country[i] = countries.index.get(r.country)!;
    admin1[i] = admin1s.index.get(r.admin1)!;
    kind[i] = kinds.index.get(r.kind)!;
    featureType[i] = featureTypes.index.get(r.featureType)!;
  });
  if (nextNewKey !== names.size) throw new Error(`gazetteer binary: strings bore ${nextNewKey} name keys, the gazetteer has ${names.size}`);

  const k = keys.length;
  const keyLength = new Uint16Array(k);
  const keyText = new ByteWriter();
  const nameCount = new Uint8Array(k);
  const keyFlags = new Uint8Array(k);
  const pairs = { nameKeys: [] as number[], namePlaces: [] as number[], demonymKeys: [] as number[], demonymPlaces: [] as number[], codeKeys: [] as number[], codePlaces: [] as number[] };
  const addPairs = (key: string, e: number, places: readonly PlaceRow[], keyList: number[], placeList: number[]) => {
    if (places.length > 255) throw new Error(`gazetteer binary: key ${JSON.stringify(key)} names ${places.length} places, the format holds 255`);
    for (const p of places) {
      keyList.push(e);
      placeList.push(placeIndex.get(p)!);
    }
  };
  const wellKnown: number[] = [];
  let maxTokens = 0;
  keys.forEach((key, e) => {
    if (key.length >= 0x8000) throw new Error(`gazetteer binary: key ${JSON.stringify(key.slice(0, 40))}… is too long`);
    let wide = false;
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0xff) wide = true;
    keyLength[e] = key.length | (wide ? 0x8000 : 0);
    keyText.reserve(key.length * 2);
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      keyText.bytes[keyText.length++] = c & 0xff;
      if (wide) keyText.bytes[keyText.length++] = c >> 8;
    }
    const named = names.get(key);
    const demonymOf = demonyms.get(key);
    const codeOf = codes.get(key);
    if (named) {
      if (named.length > 255) throw new Error(`gazetteer binary: key ${JSON.stringify(key)} names ${named.length} places, the format holds 255`);
      nameCount[e] = named.length;
      // The first place is the one whose string bore the key first: implied by the strings.
      addPairs(key, e, named.slice(1), pairs.nameKeys, pairs.namePlaces);
    }
    if (demonymOf) addPairs(key, e, demonymOf, pairs.demonymKeys, pairs.demonymPlaces);
    if (codeOf) addPairs(key, e, codeOf, pairs.codeKeys, pairs.codePlaces);
    if (named && isWellKnownName(key, named)) wellKnown.push(e);
    keyFlags[e] =
      (prefixes.has(key) ? KEY_PREFIX : 0) |
      (demonymOf ? KEY_DEMONYM : 0) |
      (codeOf ? KEY_CODE : 0);
    if (named || demonymOf) maxTokens = Math.max(maxTokens, key.split(' ').length);
  });
  if (maxTokens !== gazetteer.maxNameTokens) throw new Error(`gazetteer binary: maxNameTokens ${maxTokens} ≠ ${gazetteer.maxNameTokens}`);

  const data: Record<SectionName, ArrayBufferView> = {
    keySlots: keySlots(keys.map(hashString)),
    population,
    lat,
    lon,
    nameExtraKeys: Uint32Array.from(pairs.nameKeys),
    nameExtraPlaces: Uint32Array.from(pairs.namePlaces),
    demonymKeys: Uint32Array.from(pairs.demonymKeys),
    demonymPlaces: Uint32Array.from(pairs.demonymPlaces),
    codeKeys: Uint32Array.from(pairs.codeKeys),
    codePlaces: Uint32Array.from(pairs.codePlaces),
    wellKnown: Uint32Array.from(wellKnown),
    blockLength,
    country,
    admin1,
    keyLength,
    newKeys,
    kind,
    featureType,
    keyFlags,
    nameCount,
    strings: strings.done(),
    keyText: keyText.done(),
  };
  const sections = {} as GazetteerBinaryHeader['sections'];
  let dataLength = 0;
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    sections[name] = [dataLength, data[name].byteLength];
    dataLength = align8(dataLength + data[name].byteLength);
  }
  const header: GazetteerBinaryHeader = {
    format: 'plaza-gazetteer',
    version: FORMAT_VERSION,
    sources: sources.sources,
    sourceDigest: sources.sourceDigest,
    foldProbe: foldProbe(),
    misspellingRule: MISSPELLING_RULE,
    places: n,
    keys: k,
    nameKeys: names.size,
    maxNameTokens: gazetteer.maxNameTokens,
    kinds: kinds.list,
    featureTypes: featureTypes.list,
    countries: countries.list,
    admin1s: admin1s.list,
    dataLength,
    sections,
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const dataStart = align8(PREAMBLE_BYTES + headerBytes.length);
  const out = new Uint8Array(dataStart + dataLength);
  out.set(encoder.encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setUint32(12, headerBytes.length, true);
  out.set(headerBytes, PREAMBLE_BYTES);
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const d = data[name];
    // Typed arrays are in the platform's byte order; every platform Node and browsers run on is little-endian.
    out.set(new Uint8Array(d.buffer, d.byteOffset, d.byteLength), dataStart + sections[name][0]);
  }
  return out;
}

/** Bytes of `v` as a varint. */
function varintBytes(v: number): number {
  let b = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    b++;
  }
  return b;
}

/** Bytes of a capitals list: its count and the gaps. */
function listBytes(positions: readonly number[]): number {
  let b = varintBytes(positions.length);
  let from = 0;
  for (const p of positions) {
    b += varintBytes(p - from);
    from = p;
  }
  return b;
}
