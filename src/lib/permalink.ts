/**
 * The view in the URL hash, so a link reopens the same place, layers and filter:
 * `#place=incident:airport:LAX&layers=incident,territory&q=sinaloa`.
 * Defaults (all layers, nothing selected, no filter) give an empty hash.
 */
import { LAYER_KEYS, refKey, type FeatureRef, type LayerKey } from './layers.ts';

/** What the hash keeps. */
export interface ViewState {
  place: FeatureRef | null;
  layers: LayerKey[];
  q: string;
}

/** `#place=…&layers=…&q=…`, or '' for the default view. */
export function encodeHash(v: ViewState): string {
  const p = new URLSearchParams();
  if (v.place) p.set('place', refKey(v.place));
  if (v.layers.length !== LAYER_KEYS.length) p.set('layers', LAYER_KEYS.filter((k) => v.layers.includes(k)).join(','));
  if (v.q.trim()) p.set('q', v.q.trim());
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Reads a hash back; unknown layers and malformed parts are ignored. */
export function decodeHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const isLayer = (s: string): s is LayerKey => (LAYER_KEYS as readonly string[]).includes(s);
  const layersParam = p.get('layers');
  const layers = layersParam === null ? [...LAYER_KEYS] : layersParam.split(',').filter(isLayer);
  const key = p.get('place') ?? '';
  const colon = key.indexOf(':');
  const layer = key.slice(0, colon);
  const place = colon > 0 && isLayer(layer) && key.length > colon + 1 ? { layer, id: key.slice(colon + 1) } : null;
  return { place, layers, q: p.get('q') ?? '' };
}
