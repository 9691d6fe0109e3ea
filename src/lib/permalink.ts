/**
 * The view in the URL hash, so a link reopens exactly that view: the map's centre and zoom, the
 * visible layers, every filter, the time range, the search words, the selected place and the
 * open article:
 * `#place=incident:airport:LAX&layers=incident,territory&actor=Sinaloa+Cartel&from=2019-01-01&to=2019-12-31&q=sinaloa&read=nbc-2020&map=6/24.8/-107.4`.
 * Defaults (all layers, nothing selected, no filter, the map's own fit) give an empty hash.
 */
import { NO_FILTER, type Checked, type ViewFilter } from './explore/filter.ts';
import { LAYER_KEYS, refKey, type FeatureRef, type LayerKey } from './layers.ts';

/** The map's camera as the hash keeps it. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** What the hash keeps. */
export interface ViewState {
  place: FeatureRef | null;
  layers: LayerKey[];
  q: string;
  /** The filters (`q` is the search words, kept above for older links). */
  filter: ViewFilter;
  camera: Camera | null;
  /** The article open in the reader. */
  read: string | null;
}

const LISTS = { actor: 'actors', kind: 'kinds', article: 'articles', pub: 'publications' } as const;
const CHECKED: readonly Checked[] = ['all', 'verified', 'machine'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** `#map=…&place=…&…`, or '' for the default view. */
export function encodeHash(v: Pick<ViewState, 'place' | 'layers' | 'q'> & Partial<ViewState>): string {
  const p = new URLSearchParams();
  if (v.place) p.set('place', refKey(v.place));
  if (v.layers.length !== LAYER_KEYS.length) p.set('layers', LAYER_KEYS.filter((k) => v.layers.includes(k)).join(','));
  const f = v.filter ?? NO_FILTER;
  for (const [key, field] of Object.entries(LISTS)) for (const x of f[field]) p.append(key, x);
  if (f.minConfidence > 0) p.set('conf', String(Math.round(f.minConfidence * 100)));
  if (f.checked !== 'all') p.set('checked', f.checked);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  const q = (v.q || f.q).trim();
  if (q) p.set('q', q);
  if (v.read) p.set('read', v.read);
  if (v.camera) p.set('map', `${round(v.camera.zoom, 2)}/${round(v.camera.lat, 5)}/${round(v.camera.lon, 5)}`);
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
  const q = p.get('q') ?? '';
  const conf = Number(p.get('conf'));
  const checked = p.get('checked') as Checked | null;
  const date = (k: string) => {
    const d = p.get(k);
    return d && ISO.test(d) ? d : null;
  };
  const filter: ViewFilter = {
    actors: p.getAll('actor'),
    kinds: p.getAll('kind'),
    articles: p.getAll('article'),
    publications: p.getAll('pub'),
    minConfidence: Number.isFinite(conf) && conf > 0 && conf <= 100 ? conf / 100 : 0,
    checked: checked && CHECKED.includes(checked) ? checked : 'all',
    from: date('from'),
    to: date('to'),
    q,
  };
  const m = /^(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(p.get('map') ?? '');
  const camera = m && Math.abs(Number(m[2])) <= 90 && Math.abs(Number(m[3])) <= 180 && Number(m[1]) >= 0 && Number(m[1]) <= 24 ? { zoom: Number(m[1]), lat: Number(m[2]), lon: Number(m[3]) } : null;
  return { place, layers, q, filter, camera, read: p.get('read') || null };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
