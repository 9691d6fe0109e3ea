import type { LayerFeature } from '../../../geo/types.ts';
import { LAYER_KEYS } from '../layers.ts';

/**
 * Features in export order: by layer (incidents, jurisdictions, territory claims), then by id in
 * code-unit order (not the locale's), so equal sets export byte-identically whatever order the
 * view held them in.
 *
 * @example sortForExport([territory, incident]) // [incident, territory]
 */
export function sortForExport(features: readonly LayerFeature[]): LayerFeature[] {
  const rank = (f: LayerFeature) => LAYER_KEYS.indexOf(f.properties.layer);
  return [...features].sort((a, b) => rank(a) - rank(b) || (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0));
}
