/**
 * The messages between the page and the geoparser's Web Worker (`geoparser.worker.ts`): the page
 * asks for texts to be geoparsed; the worker answers each request by its id, and reports the
 * gazetteer's download and load on the way. Everything here survives structured cloning.
 */
import type { OrphanedCorrection } from '../../../geo/annotations/applyCorrections.ts';
import type { CorrectionAnnotation } from '../../../geo/annotations/model.ts';
import type { GeoparseOutput } from '../../../geo/geoparse.ts';
import type { PlaceChoice } from '../../../geo/gazetteer/searchPlaces.ts';
import type { Layers } from '../../../geo/layers/buildLayers.ts';
import type { Article, ShippedResult } from '../../../geo/types.ts';

/** Options a page may pass through to `geoparse` (the lexicon is the worker's own). */
export interface WorkerGeoparseOptions {
  /** Keep, on each mention, the candidates the resolver weighed. */
  debug?: boolean;
  /** The article's date (`YYYY-MM-DD`), against which relative dates resolve. */
  date?: string | null;
}

/** Page → worker: geoparse one text. */
export interface GeoparseRequest {
  type: 'geoparse';
  id: number;
  text: string;
  options: WorkerGeoparseOptions;
}

/**
 * Page → worker: build the three layers for these geoparsed articles with `buildLayers`, the
 * builder `npm run build:data` uses, areas from the gazetteer's topologies as there. Readers'
 * corrections, when given, apply first to the mentions of the article each targets
 * (`target.source`) with `applyCorrections`, as `build:data --corrections` applies them; those for
 * articles not in the request are ignored (the page sends shipped and added articles apart).
 */
export interface LayersRequest {
  type: 'layers';
  id: number;
  articles: Article[];
  /** One per article; a shipped result (`mentions.json`) may carry the article's furniture. */
  results: ShippedResult[];
  corrections?: CorrectionAnnotation[];
}

/**
 * Page → worker: search the gazetteer for "Choose another place" (`placeSearch`): the article's
 * other places (`first`) when they match, then exact names nearest `near`, then prefixes.
 */
export interface PlacesRequest {
  type: 'places';
  id: number;
  query: string;
  near?: { lat: number; lon: number } | null;
  first?: string[];
  limit?: number;
}

/**
 * Page → worker: read one `.txt`/`.md`/`.jsonl` file into articles with `readArticleFile` (off
 * the page's thread: a 20 MB file takes a while). HTML needs the page's `DOMParser`; not here.
 */
export interface ReadRequest {
  type: 'read';
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** Anything the page sends. */
export type WorkerRequest = GeoparseRequest | LayersRequest | ReadRequest | PlacesRequest;

/** How the gazetteer was loaded in the worker (milliseconds on the worker's clock). */
export interface GazetteerLoadStats {
  /** Bytes received (the gzipped binary). */
  bytes: number;
  places: number;
  /** From the worker's first request to the last byte received and gunzipped. */
  fetchMs: number;
  /** Reading the bytes into a gazetteer. */
  parseMs: number;
}

/** Worker → page. */
export type WorkerMessage =
  /** Gazetteer bytes received so far (`total`: from Content-Length, null when unknown). */
  | { type: 'download'; loaded: number; total: number | null }
  /** The gazetteer is loaded; requests are answered from now on. */
  | { type: 'ready'; stats: GazetteerLoadStats }
  | { type: 'result'; id: number; output: GeoparseOutput }
  /** The answer to a `read` request: the articles, and the fixes made on the way (`file:line:col: what`). */
  | { type: 'read'; id: number; articles: Article[]; notices: string[] }
  /** The answer to a `layers` request: the layers, the corrections applied and those that could not be (with their quotes). */
  | { type: 'layers'; id: number; layers: Layers; orphaned: OrphanedCorrection[]; applied: number }
  /** The answer to a `places` request. */
  | { type: 'places'; id: number; places: PlaceChoice[] }
  /** A request failed: geoparsing threw, or the gazetteer could not be loaded (`gazetteer: ...`). */
  | { type: 'error'; id: number; message: string };
