/**
 * The geoparser's Web Worker: on the first request it fetches the binary gazetteer (a static
 * asset of the build), then runs the same pure `geo/geoparse.ts` as the Node command, one
 * request at a time, in the order received. See `protocol.ts` for the messages.
 */
/// <reference lib="webworker" />
import gazetteerUrl from '../../../data/gazetteer/gazetteer.bin?url&no-inline';
import { BinaryGazetteer } from '../../../geo/gazetteer/binary/binaryGazetteer.ts';
import { geoparse } from '../../../geo/geoparse.ts';
import type { GeoparseRequest, WorkerMessage } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage) => scope.postMessage(m);
let gazetteer: Promise<BinaryGazetteer> | null = null;

/** Fetches `gazetteer.bin`, reporting progress, and reads it. */
async function loadGazetteer(): Promise<BinaryGazetteer> {
  const t0 = performance.now();
  const url = new URL(gazetteerUrl, scope.location.href).href;
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
  const length = Number(res.headers.get('content-length'));
  const total = Number.isSafeInteger(length) && length > 0 && !res.headers.get('content-encoding') ? length : null;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    post({ type: 'download', loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  for (let i = 0, at = 0; i < chunks.length; at += chunks[i]!.length, i++) bytes.set(chunks[i]!, at);
  const t1 = performance.now();
  const g = BinaryGazetteer.fromBytes(bytes, url);
  post({ type: 'ready', stats: { bytes: loaded, places: g.size, fetchMs: Math.round(t1 - t0), parseMs: Math.round(performance.now() - t1) } });
  return g;
}

scope.onmessage = async (event: MessageEvent<GeoparseRequest>) => {
  const { id, text, options } = event.data;
  try {
    const g = await (gazetteer ??= loadGazetteer().catch((err: unknown) => {
      gazetteer = null; // the next request tries again
      throw new Error(`gazetteer: ${err instanceof Error ? err.message : String(err)}`);
    }));
    post({ type: 'result', id, output: geoparse(text, g, options) });
  } catch (err) {
    post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
  }
};
