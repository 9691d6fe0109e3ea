/**
 * The map's copy of a layer: each feature with only what the style and hit-testing read. The
 * excerpts stay in the page, looked up by id when a place is chosen, so they are not copied to
 * MapLibre's worker and into every tile (at 100,000 features they were most of the bytes).
 */
import type { LayerCollection, LayerFeature, LayerProperties } from '../../../geo/types.ts';

/** Properties the map keeps (the style's expressions and the hover tooltip read these). */
const KEEP = ['id', 'name', 'layer', 'placeId', 'kind', 'group', 'claim', 'featureType', 'count', 'verified', 'confidence', 'precision', 'where'] as const;

/** A feature without its excerpts and other page-only properties. */
export function slimFeature(f: LayerFeature): LayerFeature {
  const p = f.properties as LayerProperties & Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of KEEP) if (p[k] !== undefined) out[k] = p[k];
  return { type: 'Feature', geometry: f.geometry, properties: out as unknown as LayerProperties };
}

/** A layer as the map draws it. @example slimCollection(fc).features[0].properties.excerpts // undefined */
export function slimCollection(fc: LayerCollection): LayerCollection {
  return { type: 'FeatureCollection', features: fc.features.map(slimFeature) };
}
