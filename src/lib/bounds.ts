import { bbox } from '@turf/turf';
import type { LayerFeature } from '../../geo/types.ts';

/** [west, south, east, north] in degrees around some features, or null when there are none. */
export function boundsOf(features: LayerFeature[]): [number, number, number, number] | null {
  if (features.length === 0) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features });
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

/**
 * The bounds the map opens on: the data without whole countries and world regions, whose
 * outlines (the United States with Alaska and the Aleutians) would zoom out to the whole world;
 * all of it when there is nothing else.
 */
export function focusBounds(features: LayerFeature[]): [number, number, number, number] | null {
  const local = features.filter((f) => !/^(?:country|region):/.test(f.properties.placeId) && !f.properties.featureType.startsWith('PCL'));
  return boundsOf(local.length ? local : features);
}
