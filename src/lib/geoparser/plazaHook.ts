/**
 * `window.__plaza`, the app's hook for browser tests (a contract, beside `window.__map`):
 * `geoparse(text, options)` geoparses a text in the app's geoparser worker and resolves with the
 * same `GeoparseOutput` Node gives; `gazetteerLoad()` resolves, after a first `geoparse`, with how
 * long the worker took to fetch and read the gazetteer. Nothing starts until the first call.
 */
import type { GeoparseOutput } from '../../../geo/geoparse.ts';
import { GeoparserClient, type GazetteerLoad } from './geoparserClient.ts';
import type { WorkerGeoparseOptions } from './protocol.ts';

/** The shape of `window.__plaza`. */
export interface PlazaHook {
  geoparse(text: string, options?: WorkerGeoparseOptions): Promise<GeoparseOutput>;
  gazetteerLoad(): Promise<GazetteerLoad>;
}

/** Installs `window.__plaza` with one lazily started geoparser. */
export function installPlazaHook(): void {
  let client: GeoparserClient | null = null;
  const get = () => (client ??= new GeoparserClient());
  const hook: PlazaHook = {
    geoparse: (text, options) => get().geoparse(text, options),
    gazetteerLoad: () => get().gazetteerLoad(),
  };
  (window as unknown as { __plaza: PlazaHook }).__plaza = hook;
}
