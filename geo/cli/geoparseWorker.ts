/**
 * A worker thread of `geoparse --workers N`: loads the gazetteer once, then answers
 * `{ seq, line }` messages with `{ seq, answer }` (or `{ seq, fatal }` if geoparsing threw),
 * one at a time, in the order received.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer } from '../gazetteer/loadGazetteer.node.ts';
import { geoparseLine, type LineAnswer } from './geoparseLine.ts';

/** What the main thread sends. */
export interface WorkerRequest {
  seq: number;
  line: string;
}

/** What a worker sends back. */
export type WorkerReply = { seq: number; answer: LineAnswer } | { seq: number; fatal: string };

/** What the main thread passes at start-up. */
export interface WorkerSetup {
  gazetteerDir: string;
  debug: boolean;
}

const port = parentPort;
if (port) {
  const { gazetteerDir, debug } = workerData as WorkerSetup;
  const gazetteer = loadGazetteer(gazetteerDir);
  port.on('message', ({ seq, line }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { seq, answer: geoparseLine(line, gazetteer, debug) };
    } catch (err) {
      reply = { seq, fatal: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}
