/**
 * Parses gazetteer TSV text (the `data/gazetteer/*.tsv` formats) into rows, checking every cell
 * and naming file and line on error: `places.tsv:1234: latitude 95 out of range [-90,90]`.
 *
 * Two formats, told apart by an optional header line (the first line that is not a `#` comment):
 * - places (no header, or the header `id name kind featureType lat lon country admin1
 *   population names demonyms codes`): one place per line, see `placeRow.ts`;
 * - aliases (header `id field value why`): each line adds `value` to the `names`, `demonyms` or
 *   `codes` of the place `id` defined in some places file; `why` says where the alias comes from.
 */
import { PLACE_COLUMNS, PLACE_KINDS, type PlaceRow } from './placeRow.ts';
import type { PlaceKind } from '../types.ts';

/** One TSV text and the file name used in error messages. */
export interface TsvSource {
  name: string;
  text: string;
}

/** One alias line. */
export interface AliasRow {
  id: string;
  field: 'names' | 'demonyms' | 'codes';
  value: string;
  /** `file:line`, for error messages. */
  where: string;
}

/** Header of the aliases format. */
export const ALIAS_COLUMNS = ['id', 'field', 'value', 'why'] as const;

const ALIAS_FIELDS: ReadonlySet<string> = new Set(['names', 'demonyms', 'codes']);
const COUNTRY = /^(?:[A-Z]{2})?$/;
const POPULATION = /^\d+$/;

/** Shared by every empty list cell (most of them): saves ~400,000 arrays. Never mutated. */
const EMPTY: string[] = Object.freeze([]) as unknown as string[];

/**
 * `Number(text.slice(from, to))` for plain decimals ("-108.25"), without the slice: digits
 * m and d decimals give m / 10^d, the correctly rounded value, as `Number` gives. NaN when the
 * cell is anything else (then the caller falls back to `Number`).
 */
function decimalAt(text: string, from: number, to: number): number {
  let i = from;
  const negative = i < to && text.charCodeAt(i) === 45; /* - */
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 /* . */ && decimals < 0) decimals = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15 || decimals === 0) return NaN;
  const v = decimals > 0 ? m / POWERS_OF_TEN[decimals]! : m;
  return negative ? -v : v;
}

/** `Number(text.slice(from, to))` for 1 to 15 digits; NaN for anything else. */
function wholeNumberAt(text: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return NaN;
  let m = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
    m = m * 10 + (c - 48);
  }
  return m;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

function degreesAt(text: string, from: number, to: number, what: 'latitude' | 'longitude', limit: number, file: string, lineNo: number): number {
  const v = decimalAt(text, from, to);
  if (v === v && v >= -limit && v <= limit) return v;
  return degrees(text.slice(from, to), what, limit, file, lineNo);
}

function degrees(cell: string, what: 'latitude' | 'longitude', limit: number, file: string, lineNo: number): number {
  if (cell === '') throw new Error(`${file}:${lineNo}: empty ${what}`);
  const v = Number(cell);
  if (!Number.isFinite(v)) throw new Error(`${file}:${lineNo}: ${what} "${cell}" is not a number`);
  if (v < -limit || v > limit) throw new Error(`${file}:${lineNo}: ${what} ${cell} out of range [-${limit},${limit}]`);
  return v;
}

/** Keeps one copy of each repeated short cell (kind, feature type, country, admin1 code). */
function intern(pool: Map<string, string>, s: string): string {
  const v = pool.get(s);
  if (v !== undefined) return v;
  pool.set(s, s);
  return s;
}

const TAB = 9;
const PIPE = 124;

/** The `|`-separated list in `text[from, to)`; the shared empty list when the cell is empty. */
function listAt(text: string, from: number, to: number): string[] {
  if (from === to) return EMPTY;
  const p = text.indexOf('|', from);
  if (p < 0 || p >= to) return [text.slice(from, to)];
  const out: string[] = [];
  let a = from;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === PIPE) {
      out.push(text.slice(a, i));
      a = i + 1;
    }
  }
  out.push(text.slice(a, to));
  return out;
}

/**
 * Parses one TSV source into place rows and alias rows.
 *
 * Place lines are scanned in place with `indexOf` (no per-line arrays of cells): the gazetteer's
 * 212,000 rows are most of its load time (issue 3, point 6).
 *
 * @param source file name (for messages) and text (UTF-8 decoded, `\n` or `\r\n` lines)
 * @example parseGazetteerTsv({ name: 'places.tsv', text: 'admin1:MX.25\tSinaloa\tadmin1\tADM1\t25.6\t-108\tMX\t25\t3026943\t\t\tSIN' })
 */
export function parseGazetteerTsv(source: TsvSource): { places: PlaceRow[]; aliases: AliasRow[] } {
  const places: PlaceRow[] = [];
  const aliases: AliasRow[] = [];
  let format: 'places' | 'aliases' | null = null;
  const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  const pool = new Map<string, string>();
  const tabs = new Int32Array(PLACE_COLUMNS.length + 1);
  const length = text.length;
  let lineNo = 0;
  for (let pos = 0; pos <= length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = length;
    const start = pos;
    let end = nl;
    pos = nl + 1;
    lineNo++;
    if (end > start && text.charCodeAt(end - 1) === 13 /* \r */) end--;
    if (end === start || text.charCodeAt(start) === 35 /* # */) continue;
    if (format !== 'places') {
      const c = text.slice(start, end).split('\t');
      if (format === null) {
        if (c[0] === 'id') {
          if (c.join('\t') === ALIAS_COLUMNS.join('\t')) format = 'aliases';
          else if (c.join('\t') === PLACE_COLUMNS.join('\t')) format = 'places';
          else throw new Error(`${source.name}:${lineNo}: unknown header "${c.join(' ')}"`);
          continue;
        }
        format = 'places';
      } else {
        aliases.push(aliasRow(c, source.name, lineNo));
        continue;
      }
    }
    // Cell k is text[tabs[k] + 1, tabs[k + 1]) (no closure per row: tsx wraps each in __name()).
    tabs[0] = start - 1;
    let columns = 1;
    for (let t = text.indexOf('\t', start); t >= 0 && t < end; t = text.indexOf('\t', t + 1)) {
      if (columns === PLACE_COLUMNS.length) {
        columns++;
        break;
      }
      tabs[columns++] = t;
    }
    if (columns !== PLACE_COLUMNS.length) {
      throw new Error(`${source.name}:${lineNo}: expected ${PLACE_COLUMNS.length} columns, got ${text.slice(start, end).split('\t').length}`);
    }
    tabs[columns] = end;
    const id = text.slice(start, tabs[1]!);
    if (!id) throw new Error(`${source.name}:${lineNo}: empty id`);
    const name = text.slice(tabs[1]! + 1, tabs[2]!);
    if (!name) throw new Error(`${source.name}:${lineNo}: empty name`);
    const kind = intern(pool, text.slice(tabs[2]! + 1, tabs[3]!));
    if (!PLACE_KINDS.has(kind)) throw new Error(`${source.name}:${lineNo}: unknown kind "${kind}"`);
    const country = intern(pool, text.slice(tabs[6]! + 1, tabs[7]!));
    if (country.length !== 0 && !COUNTRY.test(country)) throw new Error(`${source.name}:${lineNo}: country "${country}" is not an ISO 3166-1 alpha-2 code`);
    let pop = wholeNumberAt(text, tabs[8]! + 1, tabs[9]!);
    if (pop !== pop) {
      const population = text.slice(tabs[8]! + 1, tabs[9]!);
      if (population === '') throw new Error(`${source.name}:${lineNo}: empty population`);
      pop = Number(population);
      if (!Number.isSafeInteger(pop) || pop < 0 || !POPULATION.test(population)) throw new Error(`${source.name}:${lineNo}: population "${population}" is not a whole number`);
    }
    places.push({
      id,
      name,
      kind: kind as PlaceKind,
      featureType: intern(pool, text.slice(tabs[3]! + 1, tabs[4]!)),
      lat: degreesAt(text, tabs[4]! + 1, tabs[5]!, 'latitude', 90, source.name, lineNo),
      lon: degreesAt(text, tabs[5]! + 1, tabs[6]!, 'longitude', 180, source.name, lineNo),
      country,
      admin1: intern(pool, text.slice(tabs[7]! + 1, tabs[8]!)),
      population: pop,
      names: listAt(text, tabs[9]! + 1, tabs[10]!),
      demonyms: listAt(text, tabs[10]! + 1, tabs[11]!),
      codes: listAt(text, tabs[11]! + 1, tabs[12]!),
    });
  }
  return { places, aliases };
}

function aliasRow(c: string[], file: string, lineNo: number): AliasRow {
  if (c.length !== ALIAS_COLUMNS.length) throw new Error(`${file}:${lineNo}: expected ${ALIAS_COLUMNS.length} columns, got ${c.length}`);
  const [id, field, value] = c as [string, string, string, string];
  if (!id) throw new Error(`${file}:${lineNo}: empty id`);
  if (!ALIAS_FIELDS.has(field)) throw new Error(`${file}:${lineNo}: field "${field}" is not names, demonyms or codes`);
  if (!value.trim() || value.includes('|')) throw new Error(`${file}:${lineNo}: bad alias value "${value}"`);
  return { id, field: field as AliasRow['field'], value: value.trim(), where: `${file}:${lineNo}` };
}
