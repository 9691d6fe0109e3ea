/**
 * The page's side of the geoparser worker: starts the worker on the first request (never at page
 * load, so the gazetteer is downloaded only when a text is to be geoparsed), sends texts and
 * resolves each request with its output, and reports the gazetteer's download and load.
 */
import type { OrphanedCorrection } from '../../../geo/annotations/applyCorrections.ts';
import type { CorrectionAnnotation } from '../../../geo/annotations/model.ts';
import type { GeoparseOutput } from '../../../geo/geoparse.ts';
import type { PlaceChoice, PlaceSearchOptions } from '../../../geo/gazetteer/searchPlaces.ts';
import type { Layers } from '../../../geo/layers/buildLayers.ts';
import type { Article, GeoparseResult, ShippedResult } from '../../../geo/types.ts';
import type { GazetteerLoadStats, GeoparseRequest, LayersRequest, PlacesRequest, ReadRequest, WorkerGeoparseOptions, WorkerMessage } from './protocol.ts';

/** What a progress listener hears. */
export type GeoparserProgress =
  | { stage: 'download'; loaded: number; total: number | null }
  | { stage: 'ready'; load: GazetteerLoad }
  | { stage: 'geoparse'; done: number; pending: number };

/** The gazetteer load as the page saw it. */
export interface GazetteerLoad extends GazetteerLoadStats {
  /** From the first request (page clock) to the worker's "ready". */
  totalMs: number;
}

/** Starts the worker; a test or another page may pass its own. */
export type WorkerFactory = () => Worker;

const defaultWorker: WorkerFactory = () => new Worker(new URL('./geoparser.worker.ts', import.meta.url), { type: 'module', name: 'geoparser' });

/**
 * A geoparser running in a Web Worker.
 *
 * @example
 * const geoparser = new GeoparserClient();
 * const { mentions } = await geoparser.geoparse('Culiacán, Sinaloa', { date: '2024-03-01' });
 */
export class GeoparserClient {
  #factory: WorkerFactory;
  #worker: Worker | null = null;
  #nextId = 1;
  #pending = new Map<number, { resolve: (o: any) => void; reject: (e: Error) => void }>();
  #done = 0;
  #listeners = new Set<(p: GeoparserProgress) => void>();
  #startedAt = 0;
  #load: GazetteerLoad | null = null;
  #loadWaiters: Array<(l: GazetteerLoad) => void> = [];

  constructor(factory: WorkerFactory = defaultWorker) {
    this.#factory = factory;
  }

  /** Listens to progress; returns a function that stops listening. */
  onProgress(listener: (p: GeoparserProgress) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Geoparses one text in the worker: the same output as `geoparse(text, gazetteer, options)` in
   * Node with the same gazetteer binary. The first call starts the worker and its gazetteer load.
   */
  geoparse(text: string, options: WorkerGeoparseOptions = {}): Promise<GeoparseOutput> {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const request: GeoparseRequest = { type: 'geoparse', id, text, options: { debug: options.debug, date: options.date } };
      worker.postMessage(request);
    });
  }

  /**
   * Builds the three layers for geoparsed articles in the worker, with the same `buildLayers`
   * and areas as `npm run build:data` (starts the worker and its gazetteer load if needed).
   */
  layers(articles: Article[], results: GeoparseResult[]): Promise<Layers> {
    return this.correctedLayers(articles, results, []).then((r) => r.layers);
  }

  /**
   * Builds the layers as {@link layers} does, after applying readers' corrections to the
   * mentions of the articles they target (those for other articles are ignored), as
   * `npm run build:data -- --corrections FILE` applies them.
   *
   * @param results one per article; shipped ones (`mentions.json`) carry their article's furniture
   * @example const { layers, orphaned } = await geoparser.correctedLayers(shipped, results, corrections);
   */
  correctedLayers(
    articles: Article[],
    results: ShippedResult[],
    corrections: CorrectionAnnotation[],
  ): Promise<{ layers: Layers; orphaned: OrphanedCorrection[]; applied: number }> {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const request: LayersRequest = { type: 'layers', id, articles, results, ...(corrections.length ? { corrections } : {}) };
      worker.postMessage(request);
    });
  }

  /**
   * Searches the gazetteer in the worker for "Choose another place" (`placeSearch`): the
   * article's places (`first`) that match, then exact names nearest `near`, then prefixes.
   *
   * @example await geoparser.searchPlaces('juarez', { near: { lat: 31.76, lon: -106.49 } }) // [{ name: 'Ciudad Juárez', country: 'Mexico', … }, …]
   */
  searchPlaces(query: string, { near = null, first = [], limit }: PlaceSearchOptions = {}): Promise<PlaceChoice[]> {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const request: PlacesRequest = { type: 'places', id, query, near, first: [...first], ...(limit !== undefined ? { limit } : {}) };
      worker.postMessage(request);
    });
  }

  /**
   * Reads a `.txt`/`.md`/`.jsonl` file into articles in the worker (`readArticleFile`); the bytes
   * are moved, not copied. Rejects with the reader's message (`file:line:col: what`).
   */
  read(name: string, bytes: Uint8Array): Promise<{ articles: Article[]; notices: string[] }> {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const request: ReadRequest = { type: 'read', id, name, bytes };
      worker.postMessage(request, [bytes.buffer]);
    });
  }

  /** Whether the worker has been started (the gazetteer is loaded on the first request). */
  get started(): boolean {
    return this.#worker !== null;
  }

  /** Resolves once the gazetteer is loaded in the worker (after a first `geoparse`), with how long it took. */
  gazetteerLoad(): Promise<GazetteerLoad> {
    if (this.#load) return Promise.resolve(this.#load);
    return new Promise((resolve) => this.#loadWaiters.push(resolve));
  }

  /** Stops the worker; pending requests fail. */
  terminate(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll(new Error('geoparser stopped'));
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    this.#startedAt = performance.now();
    const worker = this.#factory();
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => this.#receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      this.#worker = null;
      this.#failAll(new Error(`geoparser worker failed: ${e.message || 'could not start'}`));
    };
    this.#worker = worker;
    return worker;
  }

  #receive(m: WorkerMessage): void {
    if (m.type === 'download') return this.#emit({ stage: 'download', loaded: m.loaded, total: m.total });
    if (m.type === 'ready') {
      this.#load = { ...m.stats, totalMs: Math.round(performance.now() - this.#startedAt) };
      for (const w of this.#loadWaiters.splice(0)) w(this.#load);
      return this.#emit({ stage: 'ready', load: this.#load });
    }
    const waiting = this.#pending.get(m.id);
    if (!waiting) return;
    this.#pending.delete(m.id);
    this.#done++;
    if (m.type === 'result') waiting.resolve(m.output);
    else if (m.type === 'layers') waiting.resolve({ layers: m.layers, orphaned: m.orphaned, applied: m.applied });
    else if (m.type === 'places') waiting.resolve(m.places);
    else if (m.type === 'read') waiting.resolve({ articles: m.articles, notices: m.notices });
    else waiting.reject(new Error(m.message));
    this.#emit({ stage: 'geoparse', done: this.#done, pending: this.#pending.size });
  }

  #failAll(err: Error): void {
    for (const { reject } of this.#pending.values()) reject(err);
    this.#pending.clear();
  }

  #emit(p: GeoparserProgress): void {
    for (const l of this.#listeners) l(p);
  }
}
