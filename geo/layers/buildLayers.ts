/**
 * Builds the map's three layers from geoparsed articles: one feature per place (and, for
 * territory, per group), each carrying the excerpts that name it. Pure and deterministic:
 * features sorted by id, excerpts by (article, offset), coordinates rounded.
 */
import type { Geometry } from 'geojson';
import { groupKey } from '../actors.ts';
import { roleOf } from '../roles/roleOf.ts';
import { overlapTest } from '../overlaps.ts';
import { sentenceIndex, sentences } from '../sentences.ts';
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
  ShippedResult,
} from '../types.ts';
import { claimUnions, joinNames, unionGeometry, unionKey } from './claimUnions.ts';
import type { DistrictLocator } from './districtLocator.ts';
import { excerptOf } from './excerptOf.ts';
import { assertFiniteGeometry, circleAround, pointGeometry, roundGeometry } from './geometry.ts';
import { jurisdictionUnit } from './jurisdictionUnit.ts';
import { summarize } from './summarize.ts';
import { precisionOf, type Precision } from './precisionOf.ts';
import { whereOf } from './whereOf.ts';
import { codePointOrder } from '../codePointOrder.ts';

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
  /** `<article id> <offset>` of each excerpt, so a second role of one mention adds no second copy. */
  seen: Set<string>;
}

/**
 * Builds incidents, jurisdictions and territories. Every excerpt names its article, sentence,
 * the mention's span and the cue that gave the role; a mention whose sentence supports two
 * roles (`also`) feeds both layers.
 *
 * Mentions a reader corrected (`applyCorrections`) carry who checked them and the machine's
 * reading into their excerpts and marked places; a mention a reader moved (`point:<lon>,<lat>`,
 * an id no gazetteer entry has) is drawn at its own point.
 *
 * @param articles ingested articles (their `furniture` spans are excluded; an article without
 *   furniture, e.g. rebuilt from `articles.json`, takes its result's `furniture`)
 * @param results one geoparse result per article, matched by `id`, mentions with roles assigned
 * @param gazetteer for preferred names and representative points
 * @param areas polygon look-up for countries, first-level divisions and judicial districts
 * @example buildLayers([article], [{ id: article.id, mentions, unresolved: [] }], gazetteer, () => null).incidents.features[0].properties.id // 'incident:airport:LAX'
 */
export function buildLayers(
  articles: readonly Article[],
  results: readonly (GeoparseResult | ShippedResult)[],
  gazetteer: PlaceLookup,
  areas: AreaLookup,
  options: BuildLayersOptions = {},
): Layers {
  const radius = options.cityRadiusKm ?? 15;
  const decimals = options.precision ?? 5;
  const maxExcerpt = options.maxExcerpt ?? 400;
  const byId = new Map(results.map((r) => [r.id, r]));
  const entries = new Map<string, Entry>();
  const records: ArticleRecord[] = [];

  for (const article of [...articles].sort((a, b) => codePointOrder(a.id, b.id))) {
    const result = byId.get(article.id);
    const spans = sentences(article.text);
    const places: MarkedPlace[] = [];
    const furniture = article.furniture?.length ? article.furniture : ((result as ShippedResult | undefined)?.furniture ?? []);
    const inFurniture = overlapTest(furniture);
    const mentions = [...(result?.mentions ?? [])]
      .filter((m) => !inFurniture(m))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const sentenceOf = (m: Mention) => sentenceIndex(spans, m.start);
    // A reader's point is never a district's or a union's part: it is drawn where they put it.
    const unions = claimUnions(mentions.filter((m) => !isReaderPoint(m.placeId)), sentenceOf);
    for (const m of mentions) {
      const ids: string[] = [];
      const roles = [roleOf(m), ...(m.also ?? [])].filter((r): r is Role => r.layer !== 'other');
      const sentence = sentenceOf(m);
      const own = isReaderPoint(m.placeId);
      const checked = checkOf(m);
      for (const role of roles) {
        let placeIds = [m.placeId];
        if (!own && role.layer === 'jurisdiction') placeIds = [jurisdictionUnit(m, role, gazetteer, options.districtAt)];
        if (!own && role.layer === 'territory') placeIds = unions.get(unionKey(m, role, sentence)) ?? placeIds;
        const id = featureId({ layer: role.layer, placeId: placeIds.join('+'), group: role.group });
        if (!id || ids.includes(id)) continue;
        ids.push(id);
        let entry = entries.get(id);
        if (!entry) {
          entry = { layer: role.layer, mention: m, places: placeIds, group: role.group, excerpts: [], seen: new Set() };
          entries.set(id, entry);
        }
        const seenKey = `${article.id}\u0000${m.start}`;
        if (entry.seen.has(seenKey)) continue;
        entry.seen.add(seenKey);
        entry.excerpts.push({ ...excerptOf(article, m, role, spans, sentence, maxExcerpt), placeConfidence: m.confidence, ...checked, at: m.start });
      }
      const markedPlace = own ? undefined : gazetteer.get(m.placeId);
      const where = markedPlace ? whereOf(markedPlace, (pid) => gazetteer.get(pid)) : undefined;
      places.push({ start: m.start, end: m.end, placeId: m.placeId, name: m.name, ...(where ? { where } : {}), layer: m.layer, features: ids, confidence: m.confidence, ...checked });
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
  for (const id of [...entries.keys()].sort(codePointOrder)) {
    const { layer, mention, excerpts, places, group } = entries.get(id)!;
    excerpts.sort((a, b) => codePointOrder(a.articleId, b.articleId) || a.at - b.at);
    const clean: Excerpt[] = excerpts.map(({ at: _at, ...e }) => e);
    const union = places.length > 1;
    const placeId = places[0];
    const place = gazetteer.get(placeId);
    const lat = place?.lat ?? mention.lat;
    const lon = place?.lon ?? mention.lon;
    const featureType = place?.featureType ?? mention.featureType;
    const parts = places.map((p) => ({ id: p, place: gazetteer.get(p) }));
    const precision = Math.max(...parts.map(({ id: p, place: q }) => precisionOf(q?.featureType ?? (p === placeId ? featureType : ''), p))) as Precision;
    const where = whereOfParts(parts.map(({ place: q }) => q), gazetteer);
    let geometry: Geometry;
    let court: { id: string; name: string } | undefined;
    if (union) {
      geometry = unionGeometry(places.map((p) => gazetteer.get(p)).filter((p): p is Place => !!p), areas, radius, decimals);
    } else {
      geometry = geometryFor(layer, placeId, featureType, precision, lat, lon, areas, radius, decimals);
      const code = /^district:(.+)$/.exec(placeId)?.[1];
      const courthouse = code ? gazetteer.get(`court:${code}`) : undefined;
      if (layer === 'jurisdiction' && courthouse && geometry.type !== 'Point') {
        // The district as its polygon, its courthouse as a point: one feature, drawn as both.
        court = { id: courthouse.id, name: courthouse.name };
        geometry = { type: 'GeometryCollection', geometries: [geometry, pointGeometry(courthouse.lat, courthouse.lon, decimals)] };
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
      precision,
      ...(where ? { where } : {}),
      ...(layer === 'territory' && group ? { group } : {}),
      ...summarize(layer, clean, layer === 'jurisdiction' ? unitKind(placeId, featureType) : null),
      ...(union ? { places } : {}),
      ...(court ? { court } : {}),
      ...facilitiesOf(clean),
      ...verifiedCount(clean),
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

/**
 * Where a feature's place lies: its part's {@link whereOf}, or for a union of areas the distinct
 * ones joined with "; " (so "Nayarit and Sinaloa" is in "Mexico"); undefined when none is known.
 */
function whereOfParts(parts: ReadonlyArray<Place | undefined>, gazetteer: PlaceLookup): string | undefined {
  const wheres = [...new Set(parts.map((p) => (p ? whereOf(p, (id) => gazetteer.get(id)) : undefined)).filter((w): w is string => !!w))];
  return wheres.length ? wheres.join('; ') : undefined;
}

/** Whether a place id is a reader's own point (`point:<lon>,<lat>`, set by a "Move" correction). */
function isReaderPoint(placeId: string): boolean {
  return placeId.startsWith('point:');
}

/** A mention's verification and machine reading, each only when present (a build without corrections gains no field). */
function checkOf(m: Mention): Pick<Excerpt, 'verified' | 'machine'> {
  const out: Pick<Excerpt, 'verified' | 'machine'> = {};
  if (m.verified) out.verified = { by: m.verified.by, at: m.verified.at, change: m.verified.change };
  if (m.machine !== undefined) out.machine = m.machine && { layer: m.machine.layer, placeId: m.machine.placeId, name: m.machine.name, confidence: m.machine.confidence };
  return out;
}

/** How many excerpts a person checked, or {} when none. */
function verifiedCount(excerpts: readonly Excerpt[]): { verified?: number } {
  const n = excerpts.filter((e) => e.verified).length;
  return n ? { verified: n } : {};
}

/** The facilities the excerpts name, sorted, each once (by lower-cased words); none gives {}. */
function facilitiesOf(excerpts: readonly Excerpt[]): { facilities?: string[] } {
  const byKey = new Map<string, string>();
  for (const e of excerpts) if (e.facility) {
    const key = e.facility.text.toLowerCase().replace(/^the /, '');
    if (!byKey.has(key)) byKey.set(key, e.facility.text.replace(/^the /i, ''));
  }
  return byKey.size ? { facilities: [...byKey.keys()].sort(codePointOrder).map((k) => byKey.get(k)!) } : {};
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
  placePrecision: Precision,
  lat: number,
  lon: number,
  areas: AreaLookup,
  radiusKm: number,
  decimals: number,
): Geometry {
  if (layer === 'incident') {
    // An incident "in Mexico" or "in Sinaloa" happened somewhere in that area, not at its middle:
    // drawn as the area (ACLED's precision 3 and 4), or the point when the extract has no polygon.
    const area = placePrecision >= 3 && !isReaderPoint(placeId) ? areas(placeId) : null;
    return area ? roundGeometry(area, decimals) : pointGeometry(lat, lon, decimals);
  }
  // A reader's own point: a point feature, or (territory, drawn as areas) the area around it.
  if (isReaderPoint(placeId)) return layer === 'territory' ? circleAround(lat, lon, radiusKm, 32, decimals) : pointGeometry(lat, lon, decimals);
  const isArea = AREA_LIKE.test(featureType) || /^(?:country|admin1|admin2|district):/.test(placeId);
  if (layer === 'jurisdiction') {
    if (isArea && !POINT_LIKE.test(featureType)) {
      const area = areas(placeId);
      if (area) return roundGeometry(area, decimals);
    }
    return pointGeometry(lat, lon, decimals);
  }
  // Territory: the area itself, or a circle around a city or other point.
  if (isArea) {
    const area = areas(placeId);
    if (area) return roundGeometry(area, decimals);
  }
  return circleAround(lat, lon, radiusKm, 32, decimals);
}
