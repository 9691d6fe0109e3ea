/**
 * The layout of `data/gazetteer/gazetteer.bin`, the compiled gazetteer, and the checks that read
 * its header. Pure: runs in Node and in the browser.
 *
 * Layout (little-endian): the 8 ASCII bytes `PLAZAGAZ`; the format version (u32); the header's
 * length in bytes (u32); the header, UTF-8 JSON ({@link GazetteerBinaryHeader}); zero bytes up
 * to a multiple of 8; then the data: one typed array per section, each at a multiple of 8 from
 * the data's start, at the offset the header gives.
 *
 * Places (n, sorted by id; a place's index is its position):
 * - `strings` u8: one block per place, `blockLength` u16[n] bytes long: the id (a length byte,
 *   ASCII), the name, then the alternate names, demonyms and codes, each list after a varint
 *   count. Each string is a varint `v` whose low two bits say what follows: 0, `v >> 2` bytes of
 *   UTF-8; 1, the same, and the string is the first to bear the next name key; 2, the string is
 *   the next name key in the case `v >> 2` (see `nameCase.ts`; case 3 lists its capitals as a
 *   varint count and varint gaps); 3, the same for the key whose index follows as a varint.
 *   Name keys are numbered in the order strings first bear them, so a place's first new key is
 *   the sum of `newKeys` u8[n] over the places before it;
 * - `kind` and `featureType` u8[n], `country` and `admin1` u16[n]: indexes into the header's tables;
 * - `population` u32[n]; `lat`, `lon` i32[n]: degrees × 10^5 (the TSV's 5 decimals, exactly).
 *
 * Keys (k): every folded name, demonym and code key, and every word prefix of a name, once.
 * Name keys come first, in the order the TSV gazetteer indexed them (so `entries()` keeps it),
 * then demonym, code and prefix-only keys.
 * - `keyLength` u16[k]: the key's length in UTF-16 code units, bit 15 set when it is stored as
 *   UTF-16LE (some unit above 255) rather than Latin-1; `keyText` u8: the keys, one after another;
 * - `keyFlags` u8[k]: {@link KEY_PREFIX}, {@link KEY_DEMONYM}, {@link KEY_CODE};
 * - `nameCount` u8[k]: how many places bear the key as a name. The first is the place whose
 *   string first bore it; the others are (key, place) pairs in `nameExtraKeys`/`nameExtraPlaces`
 *   u32, sorted by key then place. Demonyms and codes are such pairs too (`demonymKeys`, ...);
 * - `wellKnown` u32: the name keys whose misspellings are read as them (`geo/misspellings.ts`),
 *   in entry order, so that the misspelling index needs no pass over every name;
 * - `keySlots` i32: the key hash table, stored so that loading hashes nothing (see `keySlots` in
 *   `keyHash.ts`). The id table, which only `get` needs, is built on the first `get`.
 */

/** The first 8 bytes of every gazetteer binary. */
export const MAGIC = 'PLAZAGAZ';
/** The format version this code writes and reads; bump it on any change of layout. */
export const FORMAT_VERSION = 2;
/** Bytes before the header: magic, version, header length. */
export const PREAMBLE_BYTES = 16;

/** Key flag: some longer name or demonym starts with this key and a space. */
export const KEY_PREFIX = 1;
/** Key flag: some place has the key as a demonym. */
export const KEY_DEMONYM = 2;
/** Key flag: some place has the key as a code. */
export const KEY_CODE = 4;

/** String tags: the low two bits of a string's varint (see the layout above). */
export const TAG_TEXT = 0;
export const TAG_TEXT_NEW_KEY = 1;
export const TAG_NEW_KEY = 2;
export const TAG_KEY = 3;

/** The typed array each section is, in file order. */
export const SECTIONS = {
  keySlots: Int32Array,
  population: Uint32Array,
  lat: Int32Array,
  lon: Int32Array,
  nameExtraKeys: Uint32Array,
  nameExtraPlaces: Uint32Array,
  demonymKeys: Uint32Array,
  demonymPlaces: Uint32Array,
  codeKeys: Uint32Array,
  codePlaces: Uint32Array,
  wellKnown: Uint32Array,
  blockLength: Uint16Array,
  country: Uint16Array,
  admin1: Uint16Array,
  keyLength: Uint16Array,
  newKeys: Uint8Array,
  kind: Uint8Array,
  featureType: Uint8Array,
  keyFlags: Uint8Array,
  nameCount: Uint8Array,
  strings: Uint8Array,
  keyText: Uint8Array,
} as const;

/** A section's name. */
export type SectionName = keyof typeof SECTIONS;
/** The sections, as typed arrays over the file's bytes. */
export type Sections = { [K in SectionName]: InstanceType<(typeof SECTIONS)[K]> };

/** The JSON header of a gazetteer binary. */
export interface GazetteerBinaryHeader {
  format: 'plaza-gazetteer';
  version: number;
  /** The TSV files compiled, sorted by name, with their sizes in bytes. */
  sources: Array<{ name: string; bytes: number }>;
  /** `sha256:` and the hex SHA-256 of the sources (each: name, NUL, bytes): stale when it differs. */
  sourceDigest: string;
  /** `foldName` applied to probe strings when compiled (see `foldProbe.ts`): the keys' folding. */
  foldProbe: string;
  /** The misspelling rule the well-known flags were set by (`MISSPELLING_RULE`). */
  misspellingRule: string;
  places: number;
  keys: number;
  /** Keys `0 .. nameKeys-1` are the name keys. */
  nameKeys: number;
  maxNameTokens: number;
  kinds: string[];
  featureTypes: string[];
  countries: string[];
  admin1s: string[];
  /** Bytes from the data's start to the end of the file. */
  dataLength: number;
  /** Each section's byte offset from the data's start and its byte length. */
  sections: Record<SectionName, [offset: number, byteLength: number]>;
}

/** Rounds up to a multiple of 8. */
export function align8(n: number): number {
  return (n + 7) & ~7;
}

/**
 * Reads and checks a gazetteer binary's header, naming `file` in every error: not a gazetteer
 * binary, another format version, truncated, a header that is no JSON or lacks a field, a section
 * outside the data or of the wrong length.
 *
 * @param bytes the whole file
 * @param file the name to put in error messages
 * @example readGazetteerHeader(bytes, 'data/gazetteer/gazetteer.bin').places // 240318
 */
export function readGazetteerHeader(bytes: Uint8Array, file: string): { header: GazetteerBinaryHeader; dataStart: number } {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  if (bytes.length < PREAMBLE_BYTES) fail(`truncated: ${bytes.length} bytes, not even the ${PREAMBLE_BYTES}-byte preamble of a gazetteer binary`);
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) fail(`not a plaza gazetteer binary (starts with ${JSON.stringify(magic)}, expected ${JSON.stringify(MAGIC)})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) {
    fail(`format version ${version}, but this code reads version ${FORMAT_VERSION} (rebuild it: npm run build:gazetteer-bin)`);
  }
  const headerLength = view.getUint32(12, true);
  const dataStart = align8(PREAMBLE_BYTES + headerLength);
  if (bytes.length < PREAMBLE_BYTES + headerLength) fail(`truncated: ${bytes.length} bytes, but the header alone runs to byte ${PREAMBLE_BYTES + headerLength}`);
  let header: GazetteerBinaryHeader;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)));
  } catch (err) {
    return fail(`header is not valid JSON (${(err as Error).message})`);
  }
  if (!header || typeof header !== 'object' || header.format !== 'plaza-gazetteer') fail('header does not describe a plaza gazetteer');
  for (const field of ['places', 'keys', 'nameKeys', 'maxNameTokens', 'dataLength'] as const) {
    if (!Number.isSafeInteger(header[field]) || header[field] < 0) fail(`header field ${field} is not a whole number`);
  }
  for (const field of ['kinds', 'featureTypes', 'countries', 'admin1s', 'sources'] as const) {
    if (!Array.isArray(header[field])) fail(`header field ${field} is not a list`);
  }
  if (typeof header.sections !== 'object' || header.sections === null) fail('header has no sections');
  const expected = dataStart + header.dataLength;
  if (bytes.length < expected) fail(`truncated: ${bytes.length} bytes, the header says ${expected}`);
  if (bytes.length > expected) fail(`${bytes.length - expected} unexpected bytes after the end of the data (${expected} bytes)`);
  for (const [name, type] of Object.entries(SECTIONS)) {
    const s = header.sections[name as SectionName];
    if (!Array.isArray(s) || !Number.isSafeInteger(s[0]) || !Number.isSafeInteger(s[1])) fail(`header lacks section ${name}`);
    const [offset, length] = s;
    if (offset % 8 !== 0 || length % type.BYTES_PER_ELEMENT !== 0) fail(`section ${name} is misaligned (offset ${offset}, ${length} bytes)`);
    if (offset < 0 || length < 0 || offset + length > header.dataLength) fail(`section ${name} (bytes ${offset}–${offset + length}) lies outside the data (${header.dataLength} bytes)`);
  }
  return { header, dataStart };
}

/**
 * Views every section of a checked binary as its typed array (no copy when `bytes` starts at a
 * multiple of 8 of its buffer, as `fetch` and `readFileSync` give).
 */
export function viewSections(bytes: Uint8Array, header: GazetteerBinaryHeader, dataStart: number): Sections {
  const base = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const out = {} as Record<string, ArrayBufferView>;
  for (const [name, Type] of Object.entries(SECTIONS)) {
    const [offset, length] = header.sections[name as SectionName];
    out[name] = new Type(base.buffer as ArrayBuffer, base.byteOffset + dataStart + offset, length / Type.BYTES_PER_ELEMENT);
  }
  return out as Sections;
}
