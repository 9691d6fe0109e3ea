/**
 * Builds the map's three layers from geoparsed articles: one feature per place (and, for
 * territory, per group), each carrying the excerpts that name it. Pure and deterministic:
 * features sorted by id, excerpts by (article, offset), coordinates rounded.
 */
import { featureCollection, union } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { groupKey } from '../actors.ts';
import { excerptAround, sentences } from '../sentences.ts';
import type {
  Article,
  ArticleRecord,
  Excerpt,
  GeoparseResult,
  JurisdictionKind,
  Layer,
  LayerCollection,
  LayerFeature,
  LayerProperties,
  MarkedPlace,
  Mention,
  Place,
  RoleDetail,
  Span,
} from '../types.ts';
import type { DistrictLocator } from './districtLocator.ts';
import { assertFiniteGeometry, circleAround, pointGeometry, roundGeometry } from './geometry.ts';
import { jurisdictionUnit } from './jurisdictionUnit.ts';
import { summarize } from './summarize.ts';

/** The gazetteer as the layer builder needs it. */
export interface PlaceLookup {
  get(id: string): Place | undefined;
}

/** An area's polygon by place id, or null (e.g. `(id) => areaGeometryIn(topologies, id)`). */
export type AreaLookup = (placeId: string) => Geometry | null;

/** Options of {@link buildLayers}. */
export interface BuildLayersOptions {
  /** Radius of the area drawn around a city a group claims, kilometres (default 15). */
  cityRadiusKm?: number;
  /** Decimals kept in coordinates (default 5, about 1 m). */
  precision?: number;
  /** Longest excerpt, characters (default 400). */
  maxExcerpt?: number;
  /** The judicial district containing a point, so a federal court or prosecutor "in" a city ends on its district. */
  districtAt?: DistrictLocator;
}

/** The three layers and the article records for the reader view. */
export interface Layers {
  incidents: LayerCollection;
  jurisdictions: LayerCollection;
  territories: LayerCollection;
  articles: ArticleRecord[];
}

type MapLayer = Exclude<Layer, 'other'>;
type Role = RoleDetail & { layer: MapLayer };

/** Feature codes drawn as a point in the jurisdiction layer even when an area exists. */
const POINT_LIKE = /^(?:PPL\w*|CTHSE|AIRP|BLDG|PRN|MILB|PO|ADMF|STNB|FCL)$/;
/** Feature codes of areas (drawn as their polygon when the extract has one). */
const AREA_LIKE = /^(?:PCL\w*|ADM\d\w*|ADMD|TERR|RGN\w*|AREA)$/;

interface Entry {
  layer: MapLayer;
  mention: Mention;
  /** The feature's place (a jurisdiction's unit), or several areas drawn as their union. */
  places: string[];
  group?: string;
  excerpts: Array<Excerpt & { at: number }>;
}

/**
 * Builds incidents, jurisdictions and territories. Every excerpt names its article, sentence,
 * the mention's span and the cue that gave the role; a mention whose sentence supports two
 * roles (`also`) feeds both layers.
 *
 * @param articles ingested articles (their `furniture` spans are excluded)
 * @param results one geoparse result per article, matched by `id`, mentions with roles assigned
 * @param gazetteer for preferred names and representative points
 * @param areas polygon look-up for countries, first-level divisions and judicial districts
 * @example buildLayers([article], [{ id: article.id, mentions, unresolved: [] }], gazetteer, () => null).incidents.features[0].properties.id // 'incident:airport:LAX'
 */
export function buildLayers(
  articles: readonly Article[],
  results: readonly GeoparseResult[],
  gazetteer: PlaceLookup,
  areas: AreaLookup,
  options: BuildLayersOptions = {},
): Layers {
  const radius = options.cityRadiusKm ?? 15;
  const precision = options.precision ?? 5;
  const maxExcerpt = options.maxExcerpt ?? 400;
  const byId = new Map(results.map((r) => [r.id, r]));
  const entries = new Map<string, Entry>();
  const records: ArticleRecord[] = [];

  for (const article of [...articles].sort((a, b) => cmp(a.id, b.id))) {
    const result = byId.get(article.id);
    const spans = sentences(article.text);
    const places: MarkedPlace[] = [];
    const mentions = [...(result?.mentions ?? [])]
      .filter((m) => !inFurniture(article, m))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const sentenceOf = (m: Mention) => spans.findIndex((s) => s.start <= m.start && m.start < s.end);
    const unions = claimUnions(mentions, sentenceOf);
    for (const m of mentions) {
      const ids: string[] = [];
      const roles = [roleOf(m), ...(m.also ?? [])].filter((r): r is Role => r.layer !== 'other');
      const sentence = sentenceOf(m);
      for (const role of roles) {
        let placeIds = [m.placeId];
        if (role.layer === 'jurisdiction') placeIds = [jurisdictionUnit(m, role, gazetteer, options.districtAt)];
        if (role.layer === 'territory') placeIds = unions.get(unionKey(m, role, sentence)) ?? placeIds;
        const id = featureId({ layer: role.layer, placeId: placeIds.join('+'), group: role.group });
        if (!id || ids.includes(id)) continue;
        ids.push(id);
        let entry = entries.get(id);
        if (!entry) {
          entry = { layer: role.layer, mention: m, places: placeIds, group: role.group, excerpts: [] };
          entries.set(id, entry);
        }
        if (entry.excerpts.some((e) => e.articleId === article.id && e.at === m.start)) continue;
        entry.excerpts.push({ ...excerptOf(article, m, role, spans, sentence, maxExcerpt), at: m.start });
      }
      places.push({ start: m.start, end: m.end, placeId: m.placeId, name: m.name, layer: m.layer, features: ids });
    }
    records.push({
      id: article.id,
      title: article.title,
      publication: article.publication,
      date: article.date,
      url: article.url,
      text: article.text,
      places,
    });
  }

  const collections: Record<MapLayer, LayerFeature[]> = { incident: [], jurisdiction: [], territory: [] };
  for (const id of [...entries.keys()].sort(cmp)) {
    const { layer, mention, excerpts, places, group } = entries.get(id)!;
    excerpts.sort((a, b) => cmp(a.articleId, b.articleId) || a.at - b.at);
    const clean: Excerpt[] = excerpts.map(({ at: _at, ...e }) => e);
    const union = places.length > 1;
    const placeId = places[0];
    const place = gazetteer.get(placeId);
    const lat = place?.lat ?? mention.lat;
    const lon = place?.lon ?? mention.lon;
    const featureType = place?.featureType ?? mention.featureType;
    let geometry: Geometry;
    let court: { id: string; name: string } | undefined;
    if (union) {
      geometry = unionGeometry(places.map((p) => gazetteer.get(p)).filter((p): p is Place => !!p), areas, radius, precision);
    } else {
      geometry = geometryFor(layer, placeId, featureType, lat, lon, areas, radius, precision);
      const code = /^district:(.+)$/.exec(placeId)?.[1];
      const courthouse = code ? gazetteer.get(`court:${code}`) : undefined;
      if (layer === 'jurisdiction' && courthouse && geometry.type !== 'Point') {
        // The district as its polygon, its courthouse as a point: one feature, drawn as both.
        court = { id: courthouse.id, name: courthouse.name };
        geometry = { type: 'GeometryCollection', geometries: [geometry, pointGeometry(courthouse.lat, courthouse.lon, precision)] };
      }
    }
    assertFiniteGeometry(geometry, id);
    const name = union ? joinNames(places.map((p) => gazetteer.get(p)?.name ?? p)) : (place?.name ?? mention.name);
    const properties: LayerProperties = {
      id,
      name,
      layer,
      placeId: places.join('+'),
      featureType,
      ...(layer === 'territory' && group ? { group } : {}),
      ...summarize(layer, clean, layer === 'jurisdiction' ? unitKind(placeId, featureType) : null),
      ...(union ? { places } : {}),
      ...(court ? { court } : {}),
      count: clean.length,
      excerpts: clean,
    };
    collections[layer].push({ type: 'Feature', geometry, properties });
  }

  return {
    incidents: { type: 'FeatureCollection', features: collections.incident },
    jurisdictions: { type: 'FeatureCollection', features: collections.jurisdiction },
    territories: { type: 'FeatureCollection', features: collections.territory },
    articles: records,
  };
}

/** A mention's main role as a {@link RoleDetail}. */
function roleOf(m: Mention): RoleDetail {
  const { layer, cue, cueStart, cueEnd, roleConfidence, kind, actors, date, dateApprox, dateText, group, claim, period } = m;
  return { layer, cue, cueStart, cueEnd, roleConfidence, kind, actors, date, dateApprox, dateText, group, claim, period };
}

/** The excerpt of one mention in one role, with its provenance and evidence. */
function excerptOf(article: Article, m: Mention, role: RoleDetail, spans: Span[], sentence: number, max: number): Excerpt {
  const ex = excerptAround(article.text, m, spans, max);
  const base = m.start - ex.start; // article offset of excerpt text index 0 (ignoring a leading "…")
  const e: Excerpt = {
    articleId: article.id,
    title: article.title,
    text: ex.text,
    start: ex.start,
    end: ex.end,
    mentionStart: m.start,
    mentionEnd: m.end,
    sentence,
    role: role.layer as MapLayer,
  };
  if (role.cue !== undefined) e.cue = role.cue;
  if (role.cueStart !== undefined && role.cueEnd !== undefined) {
    const s = role.cueStart - base;
    const t = role.cueEnd - base;
    if (s >= 0 && t <= ex.text.length && ex.text.slice(s, t) === article.text.slice(role.cueStart, role.cueEnd)) {
      e.cueStart = s;
      e.cueEnd = t;
    }
  }
  if (role.roleConfidence !== undefined) e.confidence = role.roleConfidence;
  if (role.kind !== undefined) e.kind = role.kind;
  if (role.actors?.length) e.actors = role.actors;
  if (role.date !== undefined) {
    e.date = role.date;
    e.dateApprox = role.dateApprox ?? false;
  }
  if (role.claim !== undefined) e.claim = role.claim;
  if (role.period !== undefined) e.period = role.period;
  return e;
}

/**
 * Claims over several areas in one statement ("the H-2 cartel, based in Nayarit and Sinaloa"):
 * statement key → the areas' place ids, when there are two or more. Cities stay apart (each an
 * area around it).
 */
function claimUnions(mentions: readonly Mention[], sentenceOf: (m: Mention) => number): Map<string, string[]> {
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

function unionKey(m: Mention, role: RoleDetail, sentence: number): string {
  if (!isArea(m.placeId, m.featureType) || role.claim === 'named after') return '';
  return `${sentence}|${role.group ?? ''}|${role.claim ?? ''}|${role.cueStart ?? -1}`;
}

function isArea(placeId: string, featureType: string): boolean {
  return /^(?:country|admin1):/.test(placeId) || (AREA_LIKE.test(featureType) && !/^ADM[2-5]/.test(featureType));
}

/** The union of several areas' polygons (Turf), points standing in for areas without one. */
function unionGeometry(places: Place[], areas: AreaLookup, radiusKm: number, precision: number): Geometry {
  const polys: Array<Feature<Polygon | MultiPolygon>> = [];
  for (const p of places) {
    const g = areas(p.id) ?? circleAround(p.lat, p.lon, radiusKm, 32, precision);
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') polys.push({ type: 'Feature', properties: {}, geometry: g });
  }
  if (polys.length === 1) return roundGeometry(polys[0].geometry, precision);
  const u = union(featureCollection(polys));
  return roundGeometry(u ? u.geometry : polys[0].geometry, precision);
}

/** "Nayarit and Sinaloa", "A, B and C". */
function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What a jurisdiction feature's place is, or null for a city (its excerpts say who acts there). */
function unitKind(placeId: string, featureType: string): JurisdictionKind | null {
  if (/^district:/.test(placeId) || featureType === 'ADMD') return 'district';
  if (/^court:/.test(placeId) || featureType === 'CTHSE') return 'court';
  if (/^country:/.test(placeId) || /^PCL/.test(featureType)) return 'country';
  if (/^admin1:/.test(placeId) || featureType === 'ADM1') return 'state';
  return null;
}

/**
 * The stable feature id a mention feeds, or null for `other`: `incident:<placeId>`,
 * `jurisdiction:<placeId>`, `territory:<group-key>:<placeId>`.
 *
 * @example featureId({ layer: 'territory', group: 'H-2 Cartel', placeId: 'admin1:MX.18', … }) // 'territory:h-2-cartel:admin1:MX.18'
 */
export function featureId(m: Pick<Mention, 'layer' | 'placeId' | 'group'>): string | null {
  if (m.layer === 'other') return null;
  if (m.layer === 'territory') return `territory:${groupKey(m.group ?? 'unnamed group') || 'unnamed-group'}:${m.placeId}`;
  return `${m.layer}:${m.placeId}`;
}

function geometryFor(
  layer: MapLayer,
  placeId: string,
  featureType: string,
  lat: number,
  lon: number,
  areas: AreaLookup,
  radiusKm: number,
  precision: number,
): Geometry {
  if (layer === 'incident') return pointGeometry(lat, lon, precision);
  const isArea = AREA_LIKE.test(featureType) || /^(?:country|admin1|admin2|district):/.test(placeId);
  if (layer === 'jurisdiction') {
    if (isArea && !POINT_LIKE.test(featureType)) {
      const area = areas(placeId);
      if (area) return roundGeometry(area, precision);
    }
    return pointGeometry(lat, lon, precision);
  }
  // Territory: the area itself, or a circle around a city or other point.
  if (isArea) {
    const area = areas(placeId);
    if (area) return roundGeometry(area, precision);
  }
  return circleAround(lat, lon, radiusKm, 32, precision);
}

function inFurniture(article: Article, m: Mention): boolean {
  return article.furniture.some((f) => m.start < f.end && f.start < m.end);
}

/** Code-point order (never locale order: ids and file names must sort the same everywhere). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
