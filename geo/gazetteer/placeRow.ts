/**
 * The row format of `data/gazetteer/*.tsv` (a contract other code depends on): one place per
 * line, twelve tab-separated columns, `#` comment lines allowed anywhere.
 *
 * `id name kind featureType lat lon country admin1 population names demonyms codes`, where the
 * last three are `|`-separated lists.
 */
import type { Place, PlaceKind } from '../types.ts';

/** A gazetteer row: the place plus its alternate names, demonyms and "City, XX" codes. */
export interface PlaceRow extends Place {
  /** Alternate names usable in free text, excluding `name`. */
  names: string[];
  /** Adjectives and demonyms ("Mexican", "Mexicans"). */
  demonyms: string[];
  /** Abbreviations usable only after a comma ("TX", "Tex.", "LAX"). */
  codes: string[];
}

/** Column order of the places format. */
export const PLACE_COLUMNS = [
  'id', 'name', 'kind', 'featureType', 'lat', 'lon', 'country', 'admin1', 'population', 'names', 'demonyms', 'codes',
] as const;

/** The allowed `kind` values, mirroring `PlaceKind`. */
export const PLACE_KINDS: ReadonlySet<string> = new Set<PlaceKind>([
  'country', 'admin1', 'admin2', 'city', 'airport', 'court', 'district', 'facility', 'region',
]);

/**
 * Rounds degrees to at most 5 decimals (about 1 m) and prints them without trailing zeros.
 *
 * @param deg degrees
 * @example formatDegrees(24.80694444) // '24.80694'
 */
export function formatDegrees(deg: number): string {
  const r = Math.round(deg * 1e5) / 1e5;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Characters that would break the format inside a cell. */
const CELL_BREAKERS = /[\t\n\r|]/g;

function cell(s: string): string {
  return s.replace(CELL_BREAKERS, ' ').trim();
}

/**
 * Formats one row as a TSV line (no trailing newline).
 *
 * @example formatPlaceRow({ id: 'admin1:MX.25', name: 'Sinaloa', ... }) // 'admin1:MX.25\tSinaloa\tadmin1\tADM1\t...'
 */
export function formatPlaceRow(r: PlaceRow): string {
  return [
    r.id,
    cell(r.name),
    r.kind,
    r.featureType,
    formatDegrees(r.lat),
    formatDegrees(r.lon),
    r.country,
    r.admin1,
    String(Math.round(r.population)),
    r.names.map(cell).join('|'),
    r.demonyms.map(cell).join('|'),
    r.codes.map(cell).join('|'),
  ].join('\t');
}
