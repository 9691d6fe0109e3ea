/**
 * First-level divisions rebuilt from Natural Earth units where Natural Earth's units are one
 * level down (France's departments → its regions; the Philippines' provinces → its regions).
 * A region is built for each GeoNames admin1 code most of some units' cities carry. It is named
 * from `divisionNames` (iso3166-2-db) when that knows the code; else only when all its units share
 * one Natural Earth `region` name and no unit with that name lies elsewhere (so Latvia's
 * historical regions, which cut across GeoNames' municipalities, are not built).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlaceRow } from '../placeRow.ts';
import type { Admin1Unit } from './admin1.ts';
import { dissolve } from './dissolve.ts';
import { representativePoint } from './representativePoint.ts';
import { uniqueByFold } from './selectNames.ts';
import type { DivisionNames } from './isoSubdivisions.ts';

type Area = Polygon | MultiPolygon;

/** A demoted unit with the GeoNames admin1 code most of its cities carry. */
export interface DemotedUnit {
  unit: Admin1Unit;
  admin1: string;
}

/**
 * Builds admin1 rows and dissolved polygons for the regions of misaligned countries.
 *
 * @param demoted units of misaligned countries with their majority GeoNames admin1 code
 * @param population city population sums by `CC.admin1`
 * @example mergeRegions(frenchDepartments, pop)[0].row.id // 'admin1:FR.11' (Île-de-France)
 */
export function mergeRegions(
  demoted: readonly DemotedUnit[],
  population: ReadonlyMap<string, number>,
  known: ReadonlyMap<string, DivisionNames> = new Map(),
): { row: PlaceRow; geometry: Area }[] {
  const groups = new Map<string, DemotedUnit[]>();
  const regionCodes = new Map<string, Set<string>>();
  for (const d of demoted) {
    const region = `${d.unit.country}\u0000${d.unit.props.region ?? ''}`;
    (regionCodes.get(region) ?? regionCodes.set(region, new Set()).get(region)!).add(d.admin1);
    if (!d.admin1) continue;
    const k = `${d.unit.country}.${d.admin1}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(d);
  }
  const out: { row: PlaceRow; geometry: Area }[] = [];
  for (const [key, members] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const names = new Set(members.map((m) => m.unit.props.region ?? ''));
    const country = members[0]!.unit.country;
    const division = known.get(key);
    let region = division?.name ?? '';
    if (!division) {
      if (names.size !== 1) continue;
      region = [...names][0]!;
      if (!region || regionCodes.get(`${country}\u0000${region}`)!.size !== 1) continue;
    }
    const geometry = dissolve(members.map((m) => m.unit.geometry));
    const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(region);
    const name = paren ? paren[1]! : region;
    const extra = paren ? paren[2]! : '';
    const codeLike = /^[A-Z]{2,5}$/.test(extra);
    const [lon, lat] = representativePoint(geometry, []);
    const admin1 = key.slice(key.indexOf('.') + 1);
    out.push({
      row: {
        id: `admin1:${key}`,
        name,
        kind: 'admin1',
        featureType: 'ADM1',
        lat,
        lon,
        country,
        admin1,
        population: population.get(key) ?? 0,
        names: uniqueByFold([...(division?.names ?? []), ...(extra && !codeLike ? [extra] : [])], [name]),
        demonyms: [],
        codes: codeLike ? [extra] : [],
      },
      geometry,
    });
  }
  return out;
}
