import { bbox } from '@turf/turf';
import type { LayerFeature } from '../../geo/types.ts';

/** [west, south, east, north] in degrees around some features, or null when there are none. */
export function boundsOf(features: LayerFeature[]): [number, number, number, number] | null {
  if (features.length === 0) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features });
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
