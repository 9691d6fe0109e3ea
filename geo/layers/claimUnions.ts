/**
 * Territory claims over several areas in one statement ("the H-2 cartel, based in Nayarit and
 * Sinaloa") become one feature drawn as the areas' union.
 */
import { featureCollection, union } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { roleOf } from '../roles/roleOf.ts';
import type { Mention, Place, RoleDetail } from '../types.ts';
import type { AreaLookup } from './buildLayers.ts';
import { circleAround, roundGeometry } from './geometry.ts';

/** Feature codes of areas. */
const AREA_LIKE = /^(?:PCL\w*|ADM\d\w*|ADMD|TERR|RGN\w*|AREA)$/;

/**
 * Claims over several areas in one statement ("the H-2 cartel, based in Nayarit and Sinaloa"):
 * statement key → the areas' place ids, when there are two or more. Cities stay apart (each an
 * area around it).
 */
export function claimUnions(mentions: readonly Mention[], sentenceOf: (m: Mention) => number): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const m of mentions) {
    const role = roleOf(m);
    if (role.layer !== 'territory' || role.claim === 'named after' || !isArea(m.placeId, m.featureType)) continue;
    const key = unionKey(m, role, sentenceOf(m));
    const list = groups.get(key) ?? [];
    if (!list.includes(m.placeId)) list.push(m.placeId);
    groups.set(key, list);
  }
  for (const [k, v] of groups) if (v.length < 2) groups.delete(k);
  return groups;
}

/** The statement a territory role belongs to: same sentence, group, claim and cue. Empty for non-areas. */
export function unionKey(m: Mention, role: RoleDetail, sentence: number): string {
  if (!isArea(m.placeId, m.featureType) || role.claim === 'named after') return '';
  return `${sentence}|${role.group ?? ''}|${role.claim ?? ''}|${role.cueStart ?? -1}`;
}

/** A country or first-level division (drawn as its polygon and merged with others in one claim). */
export function isArea(placeId: string, featureType: string): boolean {
  return /^(?:country|admin1):/.test(placeId) || (AREA_LIKE.test(featureType) && !/^ADM[2-5]/.test(featureType));
}

/**
 * The union of several areas' polygons (Turf); an area without a polygon counts as a circle around its point.
 *
 * @param radiusKm kilometres
 * @example unionGeometry([nayarit, sinaloa], areas, 15, 5).type // 'MultiPolygon'
 */
export function unionGeometry(places: Place[], areas: AreaLookup, radiusKm: number, precision: number): Geometry {
  const polys: Array<Feature<Polygon | MultiPolygon>> = [];
  for (const p of places) {
    const g = areas(p.id) ?? circleAround(p.lat, p.lon, radiusKm, 32, precision);
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') polys.push({ type: 'Feature', properties: {}, geometry: g });
  }
  if (polys.length === 1) return roundGeometry(polys[0].geometry, precision);
  const u = union(featureCollection(polys));
  return roundGeometry(u ? u.geometry : polys[0].geometry, precision);
}

/**
 * A list of names in prose.
 *
 * @example joinNames(['Nayarit', 'Sinaloa']) // 'Nayarit and Sinaloa'
 */
export function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
