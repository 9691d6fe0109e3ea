/**
 * `window.__plaza`, the app's hook for browser tests (a contract, beside `window.__map`):
 * `geoparse(text, options)` geoparses a text in the app's geoparser worker and resolves with the
 * same `GeoparseOutput` Node gives; `gazetteerLoad()` resolves, after a first `geoparse`, with how
 * long the worker took to fetch and read the gazetteer. Nothing starts until the first call.
 */
import type { GeoparseOutput } from '../../../geo/geoparse.ts';
import type { LayerProperties } from '../../../geo/types.ts';
import { GeoparserClient, type GazetteerLoad } from './geoparserClient.ts';
import type { WorkerGeoparseOptions } from './protocol.ts';

/** The shape of `window.__plaza`. */
export interface PlazaHook {
  geoparse(text: string, options?: WorkerGeoparseOptions): Promise<GeoparseOutput>;
  gazetteerLoad(): Promise<GazetteerLoad>;
  /**
   * A feature's whole properties, excerpts included, by `<layer>:<id>` (the map's sources carry
   * no excerpts); set once the app has its data.
   */
  place?: (key: string) => LayerProperties | undefined;
}

let client: GeoparserClient | null = null;

/** The page's one geoparser (the hook's and the "Add articles" dialog's); its worker starts on first use. */
export function sharedGeoparser(): GeoparserClient {
  return (client ??= new GeoparserClient());
}

let places: ((key: string) => LayerProperties | undefined) | null = null;

/** Lets `window.__plaza.place(key)` read the app's features. */
export function exposePlaces(lookup: (key: string) => LayerProperties | undefined): void {
  places = lookup;
}

/** Installs `window.__plaza` with the page's lazily started geoparser. */
export function installPlazaHook(): void {
  const get = sharedGeoparser;
  const hook: PlazaHook = {
    geoparse: (text, options) => get().geoparse(text, options),
    gazetteerLoad: () => get().gazetteerLoad(),
    place: (key) => places?.(key),
  };
  (window as unknown as { __plaza: PlazaHook }).__plaza = hook;
}
