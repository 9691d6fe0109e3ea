/**
 * The messages between the page and the geoparser's Web Worker (`geoparser.worker.ts`): the page
 * asks for texts to be geoparsed; the worker answers each request by its id, and reports the
 * gazetteer's download and load on the way. Everything here survives structured cloning.
 */
import type { GeoparseOutput } from '../../../geo/geoparse.ts';
import type { Layers } from '../../../geo/layers/buildLayers.ts';
import type { Article, GeoparseResult } from '../../../geo/types.ts';

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
 * builder `npm run build:data` uses, areas from the gazetteer's topologies as there.
 */
export interface LayersRequest {
  type: 'layers';
  id: number;
  articles: Article[];
  results: GeoparseResult[];
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
export type WorkerRequest = GeoparseRequest | LayersRequest | ReadRequest;

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
  /** The answer to a `layers` request. */
  | { type: 'layers'; id: number; layers: Layers }
  /** A request failed: geoparsing threw, or the gazetteer could not be loaded (`gazetteer: ...`). */
  | { type: 'error'; id: number; message: string };
