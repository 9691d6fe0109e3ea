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

function list(cell: string): string[] {
  return cell === '' ? EMPTY : cell.split('|');
}

function degrees(cell: string, what: 'latitude' | 'longitude', limit: number, file: string, lineNo: number): number {
  if (cell === '') throw new Error(`${file}:${lineNo}: empty ${what}`);
  const v = Number(cell);
  if (!Number.isFinite(v)) throw new Error(`${file}:${lineNo}: ${what} "${cell}" is not a number`);
  if (v < -limit || v > limit) throw new Error(`${file}:${lineNo}: ${what} ${cell} out of range [-${limit},${limit}]`);
  return v;
}

/**
 * Parses one TSV source into place rows and alias rows.
 *
 * @param source file name (for messages) and text (UTF-8 decoded, `\n` or `\r\n` lines)
 * @example parseGazetteerTsv({ name: 'places.tsv', text: 'admin1:MX.25\tSinaloa\tadmin1\tADM1\t25.6\t-108\tMX\t25\t3026943\t\t\tSIN' })
 */
export function parseGazetteerTsv(source: TsvSource): { places: PlaceRow[]; aliases: AliasRow[] } {
  const places: PlaceRow[] = [];
  const aliases: AliasRow[] = [];
  let format: 'places' | 'aliases' | null = null;
  const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const lineNo = i + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '' || line.charCodeAt(0) === 35 /* # */) continue;
    const c = line.split('\t');
    if (format === null) {
      if (c[0] === 'id') {
        if (c.join('\t') === ALIAS_COLUMNS.join('\t')) format = 'aliases';
        else if (c.join('\t') === PLACE_COLUMNS.join('\t')) format = 'places';
        else throw new Error(`${source.name}:${lineNo}: unknown header "${c.join(' ')}"`);
        continue;
      }
      format = 'places';
    }
    if (format === 'aliases') {
      if (c.length !== ALIAS_COLUMNS.length) throw new Error(`${source.name}:${lineNo}: expected ${ALIAS_COLUMNS.length} columns, got ${c.length}`);
      const [id, field, value] = c as [string, string, string, string];
      if (!id) throw new Error(`${source.name}:${lineNo}: empty id`);
      if (!ALIAS_FIELDS.has(field)) throw new Error(`${source.name}:${lineNo}: field "${field}" is not names, demonyms or codes`);
      if (!value.trim() || value.includes('|')) throw new Error(`${source.name}:${lineNo}: bad alias value "${value}"`);
      aliases.push({ id, field: field as AliasRow['field'], value: value.trim(), where: `${source.name}:${lineNo}` });
      continue;
    }
    if (c.length !== PLACE_COLUMNS.length) throw new Error(`${source.name}:${lineNo}: expected ${PLACE_COLUMNS.length} columns, got ${c.length}`);
    const [id, name, kind, featureType, lat, lon, country, admin1, population, names, demonyms, codes] = c as [
      string, string, string, string, string, string, string, string, string, string, string, string,
    ];
    if (!id) throw new Error(`${source.name}:${lineNo}: empty id`);
    if (!name) throw new Error(`${source.name}:${lineNo}: empty name`);
    if (!PLACE_KINDS.has(kind)) throw new Error(`${source.name}:${lineNo}: unknown kind "${kind}"`);
    if (country.length !== 0 && !COUNTRY.test(country)) throw new Error(`${source.name}:${lineNo}: country "${country}" is not an ISO 3166-1 alpha-2 code`);
    if (population === '') throw new Error(`${source.name}:${lineNo}: empty population`);
    const pop = Number(population);
    if (!Number.isSafeInteger(pop) || pop < 0 || !POPULATION.test(population)) throw new Error(`${source.name}:${lineNo}: population "${population}" is not a whole number`);
    places.push({
      id,
      name,
      kind: kind as PlaceKind,
      featureType,
      lat: degrees(lat, 'latitude', 90, source.name, lineNo),
      lon: degrees(lon, 'longitude', 180, source.name, lineNo),
      country,
      admin1,
      population: pop,
      names: list(names),
      demonyms: list(demonyms),
      codes: list(codes),
    });
  }
  return { places, aliases };
}
