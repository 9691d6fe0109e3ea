/**
 * The jurisdiction a mention ends on. A court and its district are one jurisdiction, and a
 * federal prosecutor or court "in" a US city acts for the judicial district the city lies in:
 * "federal prosecutors in Brooklyn", "the Brooklyn federal court", "the U.S. Attorney in
 * Brooklyn" and "the Eastern District of New York" all end on `district:nyed`.
 */
import type { Mention, RoleDetail } from '../types.ts';
import type { DistrictLocator } from './districtLocator.ts';

/** The gazetteer as this needs it. */
export interface UnitLookup {
  get(id: string): { id: string; country: string; lat: number; lon: number } | undefined;
}

/**
 * The place id of the jurisdiction feature a mention feeds.
 *
 * @param role the mention's jurisdiction role (its `kind` says whether a court or prosecutor acts)
 * @param districtAt point-in-polygon over the judicial districts; without it, only courts map to districts
 * @example jurisdictionUnit({ placeId: 'gn:5110302', … }, { layer: 'jurisdiction', kind: 'prosecutor' }, gazetteer, locate) // 'district:nyed'
 */
export function jurisdictionUnit(m: Pick<Mention, 'placeId' | 'featureType' | 'lat' | 'lon'>, role: RoleDetail, gazetteer: UnitLookup, districtAt?: DistrictLocator): string {
  const court = /^court:(.+)$/.exec(m.placeId);
  if (court && gazetteer.get(`district:${court[1]}`)) return `district:${court[1]}`;
  if (role.kind !== 'prosecutor' && role.kind !== 'court') return m.placeId;
  if (!districtAt || /^(?:country|admin1|district):/.test(m.placeId) || /^(?:PCL|ADM1)/.test(m.featureType)) return m.placeId;
  const place = gazetteer.get(m.placeId);
  if (place && place.country !== 'US') return m.placeId;
  return districtAt(place?.lat ?? m.lat, place?.lon ?? m.lon) ?? m.placeId;
}
