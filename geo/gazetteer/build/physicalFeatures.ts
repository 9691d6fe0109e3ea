/**
 * Oceans, seas, rivers, deserts, ranges and named regions as gazetteer rows, from the hand-kept
 * table `data/sources/physical-features.tsv` (see its header). Pure: text in, rows out.
 */
import type { PlaceRow } from '../placeRow.ts';

/** GeoNames feature codes the table may use. */
export const PHYSICAL_FEATURE_TYPES: ReadonlySet<string> = new Set(['OCN', 'SEA', 'GULF', 'BAY', 'STRT', 'STM', 'DSRT', 'MTS', 'PEN', 'RGN']);

const HEADER = ['slug', 'name', 'featureType', 'lat', 'lon', 'country', 'names'];

/**
 * Parses the table into `feature:<slug>` rows of kind `region`, sorted by id. Throws
 * `file:line:column: problem` on a bad line (unknown feature type, coordinate out of range,
 * duplicate or unsorted slug).
 *
 * @param file name used in error messages
 * @example parsePhysicalFeatures('slug\tname\tfeatureType\tlat\tlon\tcountry\tnames\nred-sea\tRed Sea\tSEA\t20\t38.5\t\t', 'x.tsv')[0].id // 'feature:red-sea'
 */
export function parsePhysicalFeatures(text: string, file: string): PlaceRow[] {
  const rows: PlaceRow[] = [];
  let header = false;
  let previous = '';
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    const at = (col: number) => `${file}:${i + 1}:${cells.slice(0, col).join('\t').length + (col > 0 ? 2 : 1)}`;
    if (!header) {
      if (cells.join('\t') !== HEADER.join('\t')) throw new Error(`${at(0)}: expected the header "${HEADER.join('\\t')}"`);
      header = true;
      return;
    }
    // Trailing empty columns (no country, no names) may be left out.
    if (cells.length < 5 || cells.length > 7) throw new Error(`${at(0)}: expected 5 to 7 tab-separated columns, found ${cells.length}`);
    const [slug, name, featureType, lat, lon, country = '', names = ''] = cells as [string, string, string, string, string, string?, string?];
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`${at(0)}: slug "${slug}" must be lower-case words joined by hyphens`);
    if (slug <= previous) throw new Error(`${at(0)}: slug "${slug}" is not after "${previous}" (keep the table sorted, each slug once)`);
    previous = slug;
    if (!name.trim()) throw new Error(`${at(1)}: empty name`);
    if (!PHYSICAL_FEATURE_TYPES.has(featureType)) throw new Error(`${at(2)}: feature type "${featureType}" is not one of ${[...PHYSICAL_FEATURE_TYPES].join(', ')}`);
    const y = Number(lat);
    const x = Number(lon);
    if (lat.trim() === '' || !Number.isFinite(y) || y < -90 || y > 90) throw new Error(`${at(3)}: latitude "${lat}" is not a number in [-90, 90]`);
    if (lon.trim() === '' || !Number.isFinite(x) || x < -180 || x > 180) throw new Error(`${at(4)}: longitude "${lon}" is not a number in [-180, 180]`);
    if (country !== '' && !/^[A-Z]{2}$/.test(country)) throw new Error(`${at(5)}: country "${country}" is not an ISO 3166-1 alpha-2 code`);
    rows.push({
      id: `feature:${slug}`,
      name,
      kind: 'region',
      featureType,
      lat: y,
      lon: x,
      country,
      admin1: '',
      population: 0,
      names: names.split('|').map((n) => n.trim()).filter((n) => n && n !== name),
      demonyms: [],
      codes: [],
    });
  });
  if (!header) throw new Error(`${file}:1:1: no header line`);
  return rows;
}
