/**
 * The gazetteer read from its binary form (`gazetteer.bin`, see `gazetteerBinaryFormat.ts`).
 * Pure (no `fs`): give it the file's bytes in Node or in a browser worker. It answers exactly as
 * the TSV `Gazetteer` it was compiled from, and loads in tens of milliseconds, because nothing is
 * parsed up front: places become objects on first use, then the same object every time.
 */
import { MISSPELLING_RULE, type WellKnownKeys } from '../../misspellings.ts';
import type { Place, PlaceKind } from '../../types.ts';
import type { PlaceGazetteer } from '../placeGazetteer.ts';
import type { PlaceRow } from '../placeRow.ts';
import {
  KEY_CODE,
  KEY_PREFIX,
  readGazetteerHeader,
  TAG_NEW_KEY,
  TAG_TEXT_NEW_KEY,
  viewSections,
  type GazetteerBinaryHeader,
  type Sections,
} from './gazetteerBinaryFormat.ts';
import { entryBits, hashBytes, hashString, tableSize } from './keyHash.ts';
import { CASE_LIST, CASE_LOWER, CASE_TITLE, CASE_UPPER, titleCase, withCapitals } from './nameCase.ts';

const NONE: readonly PlaceRow[] = Object.freeze([]);
/** Shared by every empty list of names, demonyms or codes, as in the TSV gazetteer. */
const EMPTY: string[] = Object.freeze([]) as unknown as string[];
const WIDE = 0x8000;
/** Caches are split in pages made on first use: one array of 240,000 slots costs ~15 ms to allocate. */
const PAGE_BITS = 10;
const PAGE = 1 << PAGE_BITS;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where each place's block of strings starts, and each place's first new name key: running sums. */
function indexPlaces(s: Sections, blockStart: Uint32Array, firstNewKey: Uint32Array): void {
  const { blockLength, newKeys } = s;
  const n = blockLength.length;
  let at = 0;
  let keys = 0;
  for (let i = 0; i < n; i++) {
    blockStart[i] = at;
    firstNewKey[i] = keys;
    at += blockLength[i]!;
    keys += newKeys[i]!;
  }
  blockStart[n] = at;
  firstNewKey[n] = keys;
}

/** The id hash table: slot → place index + 1. */
function idTable(strings: Uint8Array, blockStart: Uint32Array): Int32Array {
  const n = blockStart.length - 1;
  const slots = new Int32Array(tableSize(n));
  const mask = slots.length - 1;
  for (let i = 0; i < n; i++) {
    const at = blockStart[i]!;
    let slot = hashBytes(strings, at + 1, strings[at]!) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  }
  return slots;
}

/**
 * Walks the keys once: each key's record in `info`, two words: where it starts in `keyText`, and
 * its length | name count << 16 | flags << 24. One plain loop, which V8 optimises while it runs.
 * Returns the key text's length.
 */
function indexKeys(s: Sections, info: Uint32Array): number {
  const { keyLength, nameCount, keyFlags } = s;
  const k = keyLength.length;
  let at = 0;
  for (let e = 0; e < k; e++) {
    const length = keyLength[e]!;
    info[2 * e] = at;
    info[2 * e + 1] = length | (nameCount[e]! << 16) | (keyFlags[e]! << 24);
    at += length & WIDE ? 2 * (length & ~WIDE) : length;
  }
  return at;
}

function wideKey(text: Uint8Array, at: number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++, at += 2) out += String.fromCharCode(text[at]! | (text[at + 1]! << 8));
  return out;
}

/** The first index of `value` in the sorted `list`, or -1. */
function firstIndexOf(list: Uint32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] === value ? lo : -1;
}

/**
 * A gazetteer over the bytes of `gazetteer.bin`.
 *
 * @example
 * const g = BinaryGazetteer.fromBytes(new Uint8Array(await (await fetch(url)).arrayBuffer()), 'gazetteer.bin');
 * g.lookup('sinaloa').map((p) => p.id) // ['admin1:MX.25', 'gn:3983035', ...]
 */
export class BinaryGazetteer implements PlaceGazetteer, WellKnownKeys {
  /** Most words in any name or demonym key, for longest-match scanning. */
  readonly maxNameTokens: number;
  /** Number of places. */
  readonly size: number;
  /** The file's header: sources and their digest, counts, tables. */
  readonly header: GazetteerBinaryHeader;

  readonly #s: Sections;
  readonly #strings: Uint8Array;
  readonly #blockStart: Uint32Array;
  readonly #firstNewKey: Uint32Array;
  /** Made on the first `get`: the pipeline asks for few ids (phone areas), and it costs a third of the load. */
  #idSlots: Int32Array | null = null;
  readonly #keyText: Uint8Array;
  /** Per key: [start in `keyText`, length | name count << 16 | flags << 24]. */
  readonly #keyInfo: Uint32Array;
  readonly #keySlots: Int32Array;
  /** Bits of a key slot that hold the entry (+1); the rest hold the hash's fingerprint. */
  readonly #entryBits: number;
  /** Demonym keys (a few hundred), made on first use: a small `Map` is the quickest way to say no. */
  #demonymKeys: Map<string, number> | null = null;
  /** Places made so far, in pages of {@link PAGE}. */
  readonly #places: (PlaceRow | undefined)[][] = [];
  /** Name lists made so far, by key, in pages. */
  readonly #nameLists: (readonly PlaceRow[] | undefined)[][] = [];
  readonly #demonymLists = new Map<number, readonly PlaceRow[]>();
  readonly #codeLists = new Map<number, readonly PlaceRow[]>();
  /** The last key looked up and its entry: the recogniser asks for a word's demonym, name and prefix in a row. */
  #lastKey: string | null = null;
  #lastEntry = -1;

  private constructor(header: GazetteerBinaryHeader, s: Sections, file: string) {
    this.header = header;
    this.#s = s;
    this.size = header.places;
    this.maxNameTokens = header.maxNameTokens;
    const n = header.places;
    const k = header.keys;
    const fail = (what: string): never => {
      throw new Error(`${file}: corrupt: ${what}`);
    };
    for (const name of ['population', 'lat', 'lon', 'country', 'admin1', 'kind', 'featureType', 'blockLength', 'newKeys'] as const) {
      if (s[name].length !== n) fail(`section ${name} has ${s[name].length} entries for ${n} places`);
    }
    for (const name of ['keyLength', 'keyFlags', 'nameCount'] as const) {
      if (s[name].length !== k) fail(`section ${name} has ${s[name].length} entries for ${k} keys`);
    }
    for (const [keys, places] of [['nameExtraKeys', 'nameExtraPlaces'], ['demonymKeys', 'demonymPlaces'], ['codeKeys', 'codePlaces']] as const) {
      if (s[keys].length !== s[places].length) fail(`sections ${keys} and ${places} differ in length`);
    }
    this.#strings = s.strings;
    this.#keyText = s.keyText;
    this.#blockStart = new Uint32Array(n + 1);
    this.#firstNewKey = new Uint32Array(n + 1);
    indexPlaces(s, this.#blockStart, this.#firstNewKey);
    if (this.#blockStart[n] !== s.strings.length) fail(`place blocks add up to ${this.#blockStart[n]} bytes, the strings section has ${s.strings.length}`);
    if (this.#firstNewKey[n] !== header.nameKeys) fail(`places bear ${this.#firstNewKey[n]} name keys, the header says ${header.nameKeys}`);
    // The key hash table is built here rather than stored: stored, it would add a quarter to the download.
    this.#keyInfo = new Uint32Array(2 * k);
    this.#keySlots = s.keySlots;
    this.#entryBits = entryBits(k);
    if (s.keySlots.length < k || (s.keySlots.length & (s.keySlots.length - 1)) !== 0) fail(`the key table has ${s.keySlots.length} slots for ${k} keys`);
    const keyBytes = indexKeys(s, this.#keyInfo);
    if (keyBytes !== s.keyText.length) fail(`key lengths add up to ${keyBytes} bytes, the key text has ${s.keyText.length}`);
  }

  /**
   * Reads a gazetteer binary. Throws `<file>: <what is wrong>` when the bytes are not a gazetteer
   * binary of this format version, are truncated, or do not add up.
   *
   * @param bytes the whole file
   * @param file its name, for error messages
   * @example BinaryGazetteer.fromBytes(readFileSync('data/gazetteer/gazetteer.bin'), 'data/gazetteer/gazetteer.bin').size // 240318
   */
  static fromBytes(bytes: Uint8Array | ArrayBuffer, file = 'gazetteer.bin'): BinaryGazetteer {
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error(`${file}: this machine is big-endian; the gazetteer binary is little-endian`);
    const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const { header, dataStart } = readGazetteerHeader(u8, file);
    return new BinaryGazetteer(header, viewSections(u8, header, dataStart), file);
  }

  /** The key entry of `key`, or -1: the hot path, for every capitalised word and n-gram. */
  #find(key: string): number {
    if (key === this.#lastKey) return this.#lastEntry;
    const n = key.length;
    const h = hashString(key);
    const slots = this.#keySlots;
    const mask = slots.length - 1;
    const entryBits = this.#entryBits;
    const fingerprint = h >>> (entryBits + 1);
    const entryMask = (1 << entryBits) - 1;
    const info = this.#keyInfo;
    let found = -1;
    for (let slot = h & mask, v = slots[slot]!; v !== 0; slot = (slot + 1) & mask, v = slots[slot]!) {
      if (v >>> entryBits !== fingerprint) continue;
      const e = (v & entryMask) - 1;
      const length = info[2 * e + 1]! & 0xffff;
      if (length === n) {
        const text = this.#keyText;
        let at = info[2 * e]!;
        let i = 0;
        while (i < n && text[at] === key.charCodeAt(i)) i++, at++;
        if (i === n) {
          found = e;
          break;
        }
      } else if (length === (n | WIDE) && wideKey(this.#keyText, info[2 * e]!, n) === key) {
        found = e;
        break;
      }
    }
    this.#lastKey = key;
    this.#lastEntry = found;
    return found;
  }

  /** The flags of key entry `e`. */
  #flags(e: number): number {
    return this.#keyInfo[2 * e + 1]! >>> 24;
  }

  /** The key of entry `e`. */
  #key(e: number): string {
    const length = this.#keyInfo[2 * e + 1]! & 0xffff;
    const at = this.#keyInfo[2 * e]!;
    const text = this.#keyText;
    if (length & WIDE) return wideKey(text, at, length & ~WIDE);
    let ascii = true;
    for (let i = at; i < at + length; i++) if (text[i]! >= 0x80) ascii = false;
    if (ascii) return utf8.decode(text.subarray(at, at + length));
    let out = '';
    for (let i = at; i < at + length; i++) out += String.fromCharCode(text[i]!);
    return out;
  }

  /** The place at index `i`, made on first use and the same object ever after. */
  #place(i: number): PlaceRow {
    const page = this.#places[i >>> PAGE_BITS];
    return page?.[i & (PAGE - 1)] ?? this.#makePlace(i);
  }

  #makePlace(i: number): PlaceRow {
    const s = this.#s;
    const strings = this.#strings;
    let at = this.#blockStart[i]!;
    let newKey = this.#firstNewKey[i]!;
    const varint = (): number => {
      let v = 0;
      let scale = 1;
      let b: number;
      do {
        b = strings[at++]!;
        v += (b & 0x7f) * scale;
        scale *= 128;
      } while (b & 0x80);
      return v;
    };
    const string = (): string => {
      const v = varint();
      const tag = v & 3;
      const arg = (v - tag) / 4;
      if (tag <= TAG_TEXT_NEW_KEY) {
        if (tag === TAG_TEXT_NEW_KEY) newKey++;
        const from = at;
        at += arg;
        return utf8.decode(strings.subarray(from, at));
      }
      const key = this.#key(tag === TAG_NEW_KEY ? newKey++ : varint());
      if (arg === CASE_LOWER) return key;
      if (arg === CASE_TITLE) return titleCase(key);
      if (arg === CASE_UPPER) return key.toUpperCase();
      if (arg !== CASE_LIST) throw new Error(`gazetteer binary: corrupt: unknown case ${arg} in place ${i}`);
      const positions: number[] = [];
      for (let count = varint(), p = 0; count > 0; count--) positions.push((p += varint()));
      return withCapitals(key, positions);
    };
    const list = (): string[] => {
      const count = varint();
      if (count === 0) return EMPTY;
      const out: string[] = [];
      for (let j = 0; j < count; j++) out.push(string());
      return out;
    };
    const idLength = strings[at++]!;
    const id = String.fromCharCode.apply(null, strings.subarray(at, (at += idLength)) as unknown as number[]);
    const name = string();
    const names = list();
    const demonyms = list();
    const codes = list();
    const h = this.header;
    // The TSV gazetteer's property order, so that both print alike.
    const place: PlaceRow = {
      id,
      name,
      kind: h.kinds[s.kind[i]!] as PlaceKind,
      featureType: h.featureTypes[s.featureType[i]!]!,
      lat: s.lat[i]! / 1e5,
      lon: s.lon[i]! / 1e5,
      country: h.countries[s.country[i]!]!,
      admin1: h.admin1s[s.admin1[i]!]!,
      population: s.population[i]!,
      names,
      demonyms,
      codes,
    };
    (this.#places[i >>> PAGE_BITS] ??= new Array(PAGE))[i & (PAGE - 1)] = place;
    return place;
  }

  /** The place whose strings first bore name key `e`: the first place of its list. */
  #bearer(e: number): number {
    const first = this.#firstNewKey;
    let lo = 0;
    let hi = first.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (first[mid]! <= e) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  #demonymKeyMap(): Map<string, number> {
    const map = new Map<string, number>();
    for (const e of this.#s.demonymKeys) if (!map.has(this.#key(e))) map.set(this.#key(e), e);
    return map;
  }

  /** The places paired with key `e` in a (keys, places) pair of sections, from `from` on. */
  #paired(keys: Uint32Array, places: Uint32Array, e: number, out: PlaceRow[]): readonly PlaceRow[] {
    for (let j = firstIndexOf(keys, e); j >= 0 && j < keys.length && keys[j] === e; j++) out.push(this.#place(places[j]!));
    return out;
  }

  #names(e: number): readonly PlaceRow[] {
    const count = (this.#keyInfo[2 * e + 1]! >>> 16) & 0xff;
    if (count === 0) return NONE;
    const page = this.#nameLists[e >>> PAGE_BITS];
    const cached = page?.[e & (PAGE - 1)];
    if (cached) return cached;
    const list = [this.#place(this.#bearer(e))];
    if (count > 1) this.#paired(this.#s.nameExtraKeys, this.#s.nameExtraPlaces, e, list);
    (this.#nameLists[e >>> PAGE_BITS] ??= new Array(PAGE))[e & (PAGE - 1)] = list;
    return list;
  }

  /** The place with this id, or undefined. @example g.get('admin1:MX.25')?.name // 'Sinaloa' */
  get(id: string): PlaceRow | undefined {
    const n = id.length;
    const strings = this.#strings;
    const starts = this.#blockStart;
    const slots = (this.#idSlots ??= idTable(strings, starts));
    const mask = slots.length - 1;
    let slot = hashString(id) & mask;
    for (let i = slots[slot]! - 1; i >= 0; slot = (slot + 1) & mask, i = slots[slot]! - 1) {
      let at = starts[i]!;
      if (strings[at] !== n) continue;
      at++;
      let j = 0;
      while (j < n && strings[at] === id.charCodeAt(j)) j++, at++;
      if (j === n) return this.#place(i);
    }
    return undefined;
  }

  /**
   * Every place whose main or alternate name folds to `key`, sorted by id.
   *
   * @param key a `foldName` key
   * @example g.lookup('juarez') // [..., Ciudad Juárez (gn:4013708), ...]
   */
  lookup(key: string): readonly PlaceRow[] {
    const e = this.#find(key);
    return e < 0 ? NONE : this.#names(e);
  }

  /** Places whose demonym folds to `key` ("mexican" → Mexico), sorted by id. */
  lookupDemonym(key: string): readonly PlaceRow[] {
    const e = (this.#demonymKeys ??= this.#demonymKeyMap()).get(key);
    if (e === undefined) return NONE;
    let list = this.#demonymLists.get(e);
    if (!list) this.#demonymLists.set(e, (list = this.#paired(this.#s.demonymKeys, this.#s.demonymPlaces, e, [])));
    return list;
  }

  /** Places with this code, for "City, XX" patterns ("tex" → Texas, "lax" → the airport), sorted by id. */
  lookupCode(key: string): readonly PlaceRow[] {
    const e = this.#find(key);
    if (e < 0 || !(this.#flags(e) & KEY_CODE)) return NONE;
    let list = this.#codeLists.get(e);
    if (!list) this.#codeLists.set(e, (list = this.#paired(this.#s.codeKeys, this.#s.codePlaces, e, [])));
    return list;
  }

  /** True if some name or demonym key starts with `key + ' '`: keep scanning for a longer match. */
  hasPrefix(key: string): boolean {
    const e = this.#find(key);
    return e >= 0 && (this.#flags(e) & KEY_PREFIX) !== 0;
  }

  /** The first-level division a place lies in (`admin1:<country>.<admin1>`), if in the gazetteer. */
  admin1Of(place: Place): PlaceRow | undefined {
    if (!place.country || !place.admin1) return undefined;
    return this.get(`admin1:${place.country}.${place.admin1}`);
  }

  /** The country a place lies in, if in the gazetteer. */
  countryOf(place: Place): PlaceRow | undefined {
    return place.country ? this.get(`country:${place.country}`) : undefined;
  }

  /** Every name key with its places, in the order the TSV gazetteer indexed them. */
  *entries(): IterableIterator<[string, readonly PlaceRow[]]> {
    for (let e = 0; e < this.header.nameKeys; e++) yield [this.#key(e), this.#names(e)];
  }

  /** Every name key, in `entries()` order, without making its places (the place search sorts them). */
  *nameKeys(): IterableIterator<string> {
    const info = this.#keyInfo;
    const text = this.#keyText;
    // The key text read once as one byte per character (as #key reads a key that is not wide:
    // ASCII or Latin-1), then sliced: a decoder call per key would take several times longer.
    let bytes = '';
    for (let i = 0; i < text.length; i += 8192) bytes += String.fromCharCode.apply(null, text.subarray(i, i + 8192) as unknown as number[]);
    for (let e = 0; e < this.header.nameKeys; e++) {
      const length = info[2 * e + 1]! & 0xffff;
      const at = info[2 * e]!;
      yield length & WIDE ? wideKey(text, at, length & ~WIDE) : bytes.slice(at, at + length);
    }
  }

  /** All places, sorted by id. */
  *places(): IterableIterator<PlaceRow> {
    for (let i = 0; i < this.size; i++) yield this.#place(i);
  }

  /**
   * The name keys the misspelling index covers, marked when compiled (no pass over every name);
   * null when they were marked by another rule than today's.
   */
  wellKnownKeys(): string[] | null {
    if (this.header.misspellingRule !== MISSPELLING_RULE) return null;
    return Array.from(this.#s.wellKnown, (e) => this.#key(e));
  }
}
