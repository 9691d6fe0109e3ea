/**
 * The messages between the page and the geoparser's Web Worker (`geoparser.worker.ts`): the page
 * asks for texts to be geoparsed; the worker answers each request by its id, and reports the
 * gazetteer's download and load on the way. Everything here survives structured cloning.
 */
import type { GeoparseOutput } from '../../../geo/geoparse.ts';

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
  /** A request failed: geoparsing threw, or the gazetteer could not be loaded (`gazetteer: ...`). */
  | { type: 'error'; id: number; message: string };
