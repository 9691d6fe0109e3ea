/**
 * The geoparser's Web Worker: on the first request it fetches the binary gazetteer (a static
 * asset of the build, gzipped: 7.5 MB instead of 18, whether or not the server compresses), then
 * runs the same pure `geo/geoparse.ts` as the Node command, one request at a time, in the order
 * received. See `protocol.ts` for the messages.
 */
/// <reference lib="webworker" />
import gazetteerUrl from '../../../data/gazetteer/gazetteer.bin.gz?url&no-inline';
import { BinaryGazetteer } from '../../../geo/gazetteer/binary/binaryGazetteer.ts';
import { geoparse } from '../../../geo/geoparse.ts';
import type { GeoparseRequest, WorkerMessage } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage) => scope.postMessage(m);
let gazetteer: Promise<BinaryGazetteer> | null = null;

/** The stream's bytes, gunzipped when they start with gzip's magic (a server may have decoded them already). */
async function gunzipped(chunks: ReadableStream<Uint8Array<ArrayBuffer>>): Promise<Uint8Array> {
  const reader = chunks.getReader();
  const first = await reader.read();
  const head = first.value ?? new Uint8Array(0);
  const rest = new ReadableStream<BufferSource>({
    start(controller) {
      if (head.length) controller.enqueue(head);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  return new Uint8Array(await new Response(gzip ? rest.pipeThrough(new DecompressionStream('gzip')) : rest).arrayBuffer());
}

/** Fetches the gazetteer, reporting progress, and reads it. */
async function loadGazetteer(): Promise<BinaryGazetteer> {
  const t0 = performance.now();
  const url = new URL(gazetteerUrl, scope.location.href).href;
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
  const length = Number(res.headers.get('content-length'));
  const total = Number.isSafeInteger(length) && length > 0 && !res.headers.get('content-encoding') ? length : null;
  let loaded = 0;
  const counted = res.body.pipeThrough(
    new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
      transform(chunk, controller) {
        loaded += chunk.length;
        post({ type: 'download', loaded, total });
        controller.enqueue(chunk);
      },
    }),
  );
  const bytes = await gunzipped(counted);
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
