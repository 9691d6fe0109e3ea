/**
 * Builds the map's three layers from geoparsed articles: one feature per place (and, for
 * territory, per group), each carrying the excerpts that name it. Pure and deterministic:
 * features sorted by id, excerpts by (article, offset), coordinates rounded.
 */
import type { Geometry } from 'geojson';
import { groupKey } from '../actors.ts';
import { excerptAround, sentences } from '../sentences.ts';
import type {
  Article,
  ArticleRecord,
  Excerpt,
  GeoparseResult,
  Layer,
  LayerCollection,
  LayerFeature,
  LayerProperties,
  MarkedPlace,
  Mention,
  Place,
} from '../types.ts';
import { assertFiniteGeometry, circleAround, pointGeometry, roundGeometry } from './geometry.ts';

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
}

/** The three layers and the article records for the reader view. */
export interface Layers {
  incidents: LayerCollection;
  jurisdictions: LayerCollection;
  territories: LayerCollection;
  articles: ArticleRecord[];
}

type MapLayer = Exclude<Layer, 'other'>;

/** Feature codes drawn as a point in the jurisdiction layer even when an area exists. */
const POINT_LIKE = /^(?:PPL\w*|CTHSE|AIRP|BLDG|PRN|MILB|PO|ADMF|STNB|FCL)$/;
/** Feature codes of areas (drawn as their polygon when the extract has one). */
const AREA_LIKE = /^(?:PCL\w*|ADM\d\w*|ADMD|TERR|RGN\w*|AREA)$/;

/**
 * Builds incidents, jurisdictions and territories.
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
  const groups = new Map<string, { layer: MapLayer; mention: Mention; excerpts: Array<Excerpt & { at: number }> }>();
  const records: ArticleRecord[] = [];

  for (const article of [...articles].sort((a, b) => cmp(a.id, b.id))) {
    const result = byId.get(article.id);
    const spans = sentences(article.text);
    const places: MarkedPlace[] = [];
    const mentions = [...(result?.mentions ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const m of mentions) {
      if (inFurniture(article, m)) continue;
      const id = featureId(m);
      places.push({ start: m.start, end: m.end, placeId: m.placeId, name: m.name, layer: m.layer, features: id ? [id] : [] });
      if (!id || m.layer === 'other') continue;
      const ex = excerptAround(article.text, m, spans, maxExcerpt);
      let entry = groups.get(id);
      if (!entry) {
        entry = { layer: m.layer, mention: m, excerpts: [] };
        groups.set(id, entry);
      }
      if (entry.excerpts.some((e) => e.articleId === article.id && e.at === m.start)) continue;
      entry.excerpts.push({ articleId: article.id, title: article.title, text: ex.text, start: ex.start, end: ex.end, at: m.start });
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
  for (const id of [...groups.keys()].sort(cmp)) {
    const { layer, mention, excerpts } = groups.get(id)!;
    const place = gazetteer.get(mention.placeId);
    const lat = place?.lat ?? mention.lat;
    const lon = place?.lon ?? mention.lon;
    const featureType = place?.featureType ?? mention.featureType;
    const geometry = geometryFor(layer, mention.placeId, featureType, lat, lon, areas, radius, precision);
    assertFiniteGeometry(geometry, id);
    excerpts.sort((a, b) => cmp(a.articleId, b.articleId) || a.at - b.at);
    const properties: LayerProperties = {
      id,
      name: place?.name ?? mention.name,
      layer,
      placeId: mention.placeId,
      featureType,
      ...(layer === 'territory' && mention.group ? { group: mention.group } : {}),
      count: excerpts.length,
      excerpts: excerpts.map(({ articleId, title, text, start, end }) => ({ articleId, title, text, start, end })),
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
