/**
 * Geoparses a corpus file (JSON lines, read as a stream, article by article) as the `geoparse`
 * command does in one thread, after a warm-up on other articles, and measures it; then times each
 * stage (tokenise, recognise, resolve, roles, facilities) on the first part of the file.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadGazetteer } from '../gazetteer/loadGazetteer.node.ts';
import { geoparse, type StageTimings } from '../geoparse.ts';
import { corpusVocabulary } from './corpusVocabulary.ts';
import { heapAfterGcMB, maxRssMB } from './memory.ts';
import { newsArticles } from './newsArticles.ts';

/** Articles geoparsed before the clock starts, from a seed no corpus uses. */
const WARM_UP_ARTICLES = 150;
const WARM_UP_SEED = 0x5eed;

/** One geoparse sample over one corpus file. */
export interface GeoparseSample {
  bytes: number;
  /** The articles' texts alone, in UTF-8 (less than `bytes` by the JSON around them, and any other fields). */
  textBytes: number;
  articles: number;
  mentions: number;
  unresolved: number;
  loadMs: number;
  /** The first `geoparse` call, which builds lazy indexes (misspellings); not in `seconds`. */
  firstCallMs: number;
  /** Geoparsing `WARM_UP_ARTICLES` articles of another seed, so the JIT is warm; not in `seconds`. */
  warmUpMs: number;
  /** Reading, JSON-parsing and geoparsing every line of the file. */
  seconds: number;
  /** Seconds for each tenth of the file: flat if the cost per byte does not drift. */
  tenths: number[];
  mbPerSecond: number;
  /**
   * MB/s over the second half of the file (its last five tenths): the first pass over a corpus
   * also pays for the JIT's warm-up and for places met for the first time.
   */
  secondHalfMBPerSecond: number;
  /** MB of text (`textBytes`) per second. */
  textMBPerSecond: number;
  articlesPerSecond: number;
  maxRssMB: number;
  heapAfterLoadMB: number;
  heapAfterMB: number;
  /**
   * Tagging (tokenise + recognise) and the rest (resolve, roles, facilities), and each stage's
   * MB/s, timed inside `geoparse` on the first `split.bytes` of the file.
   */
  split: {
    bytes: number;
    /** The texts alone among `bytes` (stage MB/s of text: a stage's figure × textBytes / bytes). */
    textBytes: number;
    geotagSeconds: number;
    resolveSeconds: number;
    geotagMBps: number;
    resolveMBps: number;
    stages: Record<keyof StageTimings, number>;
  };
}

/** Exercises every lazy index (misspellings too) before the clock starts. */
const WARM_UP =
  'Police in Culiacán, Sinaloa, said on Monday that Gen. Salvador Cienfuegos and the Mexican suspect ' +
  'Joaquín “El Chapo” Guzmán were flown from Sinoloa to Paris, Texas. Qwertyville officials and the ' +
  'Houston Chronicle said the Zyxwv Cartel moved into Jalisco and Ciudad Juarez.';

async function* articles(file: string, maxBytes = Infinity): AsyncGenerator<{ text: string; bytes: number; textBytes: number }> {
  const lines = createInterface({ input: createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let seen = 0;
  for await (const line of lines) {
    if (!line) continue;
    const bytes = Buffer.byteLength(line) + 1;
    const text = (JSON.parse(line) as { text: string }).text;
    yield { text, bytes, textBytes: Buffer.byteLength(text) };
    seen += bytes;
    if (seen >= maxBytes) break;
  }
  lines.close();
}

/**
 * Loads the gazetteer, then geoparses every article of `file`.
 *
 * @param splitBytes how much of the file to time stage by stage (the split costs a second pass)
 * @example await measureGeoparse('/tmp/plaza-bench-x/10mb.jsonl', 'data/gazetteer') // { mbPerSecond: 1.1, ... }
 */
export async function measureGeoparse(file: string, gazetteerDir: string, splitBytes = 2e6): Promise<GeoparseSample> {
  let t = performance.now();
  const gazetteer = loadGazetteer(gazetteerDir);
  const loadMs = performance.now() - t;
  const heapAfterLoadMB = heapAfterGcMB();
  t = performance.now();
  geoparse(WARM_UP, gazetteer);
  const firstCallMs = performance.now() - t;
  t = performance.now();
  const warm = newsArticles(corpusVocabulary(gazetteer.places()), WARM_UP_SEED);
  for (let i = 0; i < WARM_UP_ARTICLES; i++) geoparse(warm.next().value.text, gazetteer);
  const warmUpMs = performance.now() - t;
  const fileBytes = statSync(file).size;

  let bytes = 0;
  let textBytes = 0;
  let count = 0;
  let mentions = 0;
  let unresolved = 0;
  const tenths: number[] = [];
  t = performance.now();
  let tenthStart = t;
  let halfBytes = 0;
  for await (const a of articles(file)) {
    const out = geoparse(a.text, gazetteer);
    mentions += out.mentions.length;
    unresolved += out.unresolved.length;
    bytes += a.bytes;
    textBytes += a.textBytes;
    count++;
    if (bytes >= ((tenths.length + 1) * fileBytes) / 10) {
      if (tenths.length === 4) halfBytes = bytes;
      const now = performance.now();
      tenths.push(round3((now - tenthStart) / 1000));
      tenthStart = now;
    }
  }
  const seconds = (performance.now() - t) / 1000;
  const maxRss = maxRssMB();
  const heapAfterMB = heapAfterGcMB();

  // Stage by stage (geoparse's own timings), on the first `splitBytes` again.
  let splitSeen = 0;
  let splitText = 0;
  const timings: StageTimings = { tokenize: 0, recognize: 0, resolve: 0, roles: 0, facilities: 0 };
  for await (const a of articles(file, splitBytes)) {
    geoparse(a.text, gazetteer, { timings });
    splitSeen += a.bytes;
    splitText += a.textBytes;
  }
  const tagMs = timings.tokenize + timings.recognize;
  const resolveMs = timings.resolve + timings.roles + timings.facilities;
  const mbps = (ms: number) => round3(splitSeen / 1e3 / ms);
  return {
    bytes,
    textBytes,
    articles: count,
    mentions,
    unresolved,
    loadMs: Math.round(loadMs),
    firstCallMs: Math.round(firstCallMs),
    warmUpMs: Math.round(warmUpMs),
    seconds: round3(seconds),
    tenths,
    mbPerSecond: round3(bytes / 1e6 / seconds),
    secondHalfMBPerSecond: secondHalf(tenths, bytes - halfBytes),
    textMBPerSecond: round3(textBytes / 1e6 / seconds),
    articlesPerSecond: Math.round(count / seconds),
    maxRssMB: maxRss,
    heapAfterLoadMB,
    heapAfterMB,
    split: {
      bytes: splitSeen,
      textBytes: splitText,
      geotagSeconds: round3(tagMs / 1000),
      resolveSeconds: round3(resolveMs / 1000),
      geotagMBps: mbps(tagMs),
      resolveMBps: mbps(resolveMs),
      stages: {
        tokenize: mbps(timings.tokenize),
        recognize: mbps(timings.recognize),
        resolve: mbps(timings.resolve),
        roles: mbps(timings.roles),
        facilities: mbps(timings.facilities),
      },
    },
  };
}

/** MB/s over the last five tenths, which hold `bytes`; NaN for a file of too few articles to have ten. */
function secondHalf(tenths: number[], bytes: number): number {
  const seconds = tenths.slice(5).reduce((a, b) => a + b, 0);
  return tenths.length === 10 && seconds > 0 ? round3(bytes / 1e6 / seconds) : NaN;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
