/**
 * The geoparser's Web Worker: on the first request it fetches the binary gazetteer (a static
 * asset of the build, gzipped: 7.5 MB instead of 18, whether or not the server compresses), then
 * runs the same pure `geo/geoparse.ts` as the Node command, one request at a time, in the order
 * received; it also builds layers (with readers' corrections applied as `build:data` applies
 * them) and searches the gazetteer. See `protocol.ts` for the messages.
 */
/// <reference lib="webworker" />
import type { Topology } from 'topojson-specification';
import gazetteerUrl from '../../../data/gazetteer/gazetteer.bin.gz?url&no-inline';
import areasUrl from '../../../data/gazetteer/areas.topo.json?url&no-inline';
import districtsUrl from '../../../data/gazetteer/districts.topo.json?url&no-inline';
import { correctResults } from '../../../geo/annotations/applyCorrections.ts';
import { areaGeometryIn } from '../../../geo/gazetteer/areas.ts';
import { BinaryGazetteer } from '../../../geo/gazetteer/binary/binaryGazetteer.ts';
import { geoparse } from '../../../geo/geoparse.ts';
import { buildLayers } from '../../../geo/layers/buildLayers.ts';
import { formatNotice } from '../../../geo/ingest/decode.ts';
import { readArticleFile } from '../../../geo/ingest/readArticleFile.ts';
import { placeSearch } from '../../../geo/gazetteer/searchPlaces.ts';
import { districtLocator, type DistrictLocator } from '../../../geo/layers/districtLocator.ts';
import type { WorkerMessage, WorkerRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage) => scope.postMessage(m);
let gazetteer: Promise<BinaryGazetteer> | null = null;
let topologies: Promise<{ topos: Topology[]; districtAt: DistrictLocator }> | null = null;
/** The gazetteer search, made on the first `places` request (its sorted keys on the first prefix search). */
let search: ReturnType<typeof placeSearch> | null = null;

/**
 * The area polygons `npm run build:data` draws with (`loadAreas`: areas first, then districts),
 * fetched on the first `layers` request.
 */
async function loadTopologies(): Promise<{ topos: Topology[]; districtAt: DistrictLocator }> {
  const topos = await Promise.all(
    [areasUrl, districtsUrl].map(async (u) => {
      const url = new URL(u, scope.location.href).href;
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return (await res.json()) as Topology;
    }),
  );
  return { topos, districtAt: districtLocator(topos) };
}

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

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const { id } = request;
  if (request.type === 'read') {
    try {
      const notices: string[] = [];
      const articles = readArticleFile(request.name, request.bytes, () => {
        throw new Error('HTML is read in the page (DOMParser)');
      }, (n) => notices.push(formatNotice(n)));
      post({ type: 'read', id, articles, notices });
    } catch (err) {
      post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  try {
    const g = await (gazetteer ??= loadGazetteer().catch((err: unknown) => {
      gazetteer = null; // the next request tries again
      throw new Error(`gazetteer: ${err instanceof Error ? err.message : String(err)}`);
    }));
    if (request.type === 'geoparse') {
      post({ type: 'result', id, output: geoparse(request.text, g, request.options) });
      return;
    }
    if (request.type === 'places') {
      const places = (search ??= placeSearch(g))(request.query, { near: request.near, first: request.first, limit: request.limit });
      post({ type: 'places', id, places });
      return;
    }
    const { topos, districtAt } = await (topologies ??= loadTopologies().catch((err: unknown) => {
      topologies = null;
      throw new Error(`areas: ${err instanceof Error ? err.message : String(err)}`);
    }));
    // As geo/cli/build-data.ts calls it: areas from the gazetteer's topologies, districts located in them.
    const { results, orphaned, applied } = correctResults(request.articles, request.results, request.corrections ?? [], g);
    const layers = buildLayers(request.articles, results, g, (placeId) => areaGeometryIn(topos, placeId), { districtAt });
    post({ type: 'layers', id, layers, orphaned, applied });
  } catch (err) {
    post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
  }
};
