/**
 * `npm run eval -- GOLD.jsonl [...] [--rule eupeg|overlap] [--limit N] [--resolver-only] [--errors FILE]`
 *
 * Runs the geoparser in-process (the same `geoparse()` the `geoparse` command calls, gazetteer
 * loaded once) over gold documents and scores it (see `geo/eval/score.ts`). Prints a table on
 * stdout and, as the last line, one JSON object with every figure; progress and bad gold lines go
 * to stderr. The gold format is described in /work/shared/geoparse-dev/README.md.
 */
import { readFileSync, renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Mention, Unresolved, Span } from '../types.ts';
import { parseGoldLine, type GoldDoc } from '../eval/gold.ts';
import { parseEvalArgs, EVAL_USAGE, type EvalArgs } from '../eval/parseEvalArgs.ts';
import {
  scoreDoc,
  scoreResolverDoc,
  sumDocScores,
  sumResolverScores,
  type DocScore,
  type ErrorRecord,
  type PredictedMention,
  type ResolverDocScore,
} from '../eval/score.ts';
import { formatTable, E2E_COLUMNS, RESOLVER_COLUMNS, type TableRow } from '../eval/formatTable.ts';
import { formatBands } from '../eval/confidenceBands.ts';

/** The parts of `geo/geoparse.ts` the evaluation uses. */
interface GeoparseModule {
  geoparse(text: string, gazetteer: unknown, options?: { debug?: boolean }): { mentions: Mention[]; unresolved: Unresolved[] };
  resolveSpans(text: string, spans: Span[], gazetteer: unknown): Array<Mention | null>;
}
interface GazetteerModule {
  loadGazetteer(dir?: string): unknown;
}

const PROGRESS_EVERY = 50;
/** Per-document failure messages printed before the rest are only counted. */
const MAX_FAILURE_MESSAGES = 10;
let failureMessages = 0;

function reportFailure(message: string): void {
  if (++failureMessages <= MAX_FAILURE_MESSAGES) process.stderr.write(message + '\n');
  else if (failureMessages === MAX_FAILURE_MESSAGES + 1) process.stderr.write('eval: further per-document failures counted, not printed\n');
}

interface Corpus {
  file: string;
  docs: GoldDoc[];
  /** 1-based line of each doc, for messages. */
  lines: number[];
  badLines: number;
}

function readGold(file: string, limit: number | null): Corpus {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const corpus: Corpus = { file, docs: [], lines: [], badLines: 0 };
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (limit !== null && corpus.docs.length >= limit) break;
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const r = parseGoldLine(line);
    if (!r.ok) {
      corpus.badLines++;
      process.stderr.write(`${file}:${i + 1}: ${r.error}; line skipped\n`);
      continue;
    }
    if (seen.has(r.doc.id)) {
      corpus.badLines++;
      process.stderr.write(`${file}:${i + 1}: duplicate id "${r.doc.id}"; line skipped\n`);
      continue;
    }
    seen.add(r.doc.id);
    corpus.docs.push(r.doc);
    corpus.lines.push(i + 1);
  }
  return corpus;
}

/** Saved `geoparse` output: id -> mentions. */
function readPredictions(file: string): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        const row = JSON.parse(line) as { id?: unknown; mentions?: unknown };
        if (typeof row.id !== 'string' || !Array.isArray(row.mentions)) throw new Error('needs "id" and "mentions"');
        out.set(row.id, row.mentions as Mention[]);
      } catch (e) {
        process.stderr.write(`${file}:${i + 1}: ${(e as Error).message}; line skipped\n`);
      }
    });
  return out;
}

/** Writes a file atomically: to a temporary sibling, then renamed over the target. */
function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  }
}

function progress(file: string, done: number, total: number, t0: number): void {
  const s = (performance.now() - t0) / 1000;
  process.stderr.write(`eval ${basename(file)}: ${done}/${total} docs, ${(done / Math.max(s, 1e-9)).toFixed(1)} docs/s\n`);
}

const round = (v: number | null, digits = 4): number | null =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;

/** Rounds every non-integer number, at any depth, to 4 decimals for the JSON line. */
function roundAll(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? v : round(v);
  if (Array.isArray(v)) return v.map(roundAll);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundAll(x)]));
  return v;
}

async function main(args: EvalArgs): Promise<void> {
  const corpora = args.files.map((f) => readGold(f, args.limit));

  let mod: GeoparseModule | null = null;
  let gazetteer: unknown = null;
  let loadSeconds = 0;
  const predictions = args.pred ? readPredictions(args.pred) : null;
  if (!predictions) {
    const t = performance.now();
    mod = (await import(new URL('../geoparse.ts', import.meta.url).href)) as GeoparseModule;
    const gaz = (await import(new URL('../gazetteer/loadGazetteer.node.ts', import.meta.url).href)) as GazetteerModule;
    gazetteer = await (args.gazetteer ? gaz.loadGazetteer(args.gazetteer) : gaz.loadGazetteer());
    loadSeconds = (performance.now() - t) / 1000;
    process.stderr.write(`eval: geoparser and gazetteer loaded in ${loadSeconds.toFixed(1)} s\n`);
  }

  const mistakes: Array<ErrorRecord & { corpus: string }> = [];
  const rows: TableRow[] = [];
  const summaries: Array<Record<string, unknown>> = [];
  const allDocScores: DocScore[] = [];
  const allResolverScores: ResolverDocScore[] = [];
  let totalSeconds = 0;
  let totalFailed = 0;
  let totalBad = 0;

  for (const corpus of corpora) {
    const name = basename(corpus.file);
    const docScores: DocScore[] = [];
    const resolverScores: ResolverDocScore[] = [];
    let failed = 0;
    let missing = 0;
    const t0 = performance.now();
    corpus.docs.forEach((doc, i) => {
      const where = `${corpus.file}:${corpus.lines[i]}`;
      if (args.resolverOnly) {
        let answers: Array<Mention | null>;
        try {
          answers = mod!.resolveSpans(doc.text, doc.toponyms.map((t) => ({ start: t.start, end: t.end })), gazetteer);
          if (!Array.isArray(answers) || answers.length !== doc.toponyms.length)
            throw new Error(`resolveSpans returned ${Array.isArray(answers) ? answers.length : typeof answers} answers for ${doc.toponyms.length} spans`);
        } catch (e) {
          failed++;
          reportFailure(`${where}: doc ${doc.id}: resolveSpans failed: ${(e as Error).message}; scored as no answers`);
          answers = doc.toponyms.map(() => null);
        }
        const s = scoreResolverDoc(doc, answers);
        resolverScores.push(s);
        for (const m of s.mistakes) mistakes.push({ corpus: name, ...m });
      } else {
        let mentions: PredictedMention[];
        if (predictions) {
          const p = predictions.get(doc.id);
          if (!p) missing++;
          mentions = p ?? [];
        } else {
          try {
            mentions = mod!.geoparse(doc.text, gazetteer).mentions;
          } catch (e) {
            failed++;
            reportFailure(`${where}: doc ${doc.id}: geoparse threw ${(e as Error).message}; scored as no predictions`);
            mentions = [];
          }
        }
        const s = scoreDoc(doc, mentions, args.rule);
        docScores.push(s);
        for (const m of s.mistakes) mistakes.push({ corpus: name, ...m });
      }
      if ((i + 1) % PROGRESS_EVERY === 0) progress(corpus.file, i + 1, corpus.docs.length, t0);
    });
    const seconds = (performance.now() - t0) / 1000;
    if (missing > 0) process.stderr.write(`${args.pred}: no row for ${missing} gold docs; scored as no predictions\n`);
    totalSeconds += seconds;
    totalFailed += failed;
    totalBad += corpus.badLines;
    allDocScores.push(...docScores);
    allResolverScores.push(...resolverScores);

    const timing = {
      seconds,
      docsPerSecond: seconds > 0 ? corpus.docs.length / seconds : null,
      badLines: corpus.badLines,
      failedDocs: failed,
    };
    const figures = args.resolverOnly ? sumResolverScores(resolverScores) : sumDocScores(docScores);
    rows.push({ corpus: name, ...tableFigures(figures), docsPerSecond: timing.docsPerSecond });
    summaries.push(summary(args, { file: corpus.file, ...figures, ...timing }));
  }

  const totals = args.resolverOnly ? sumResolverScores(allResolverScores) : sumDocScores(allDocScores);
  const nDocs = corpora.reduce((s, c) => s + c.docs.length, 0);
  const totalTiming = {
    seconds: totalSeconds,
    docsPerSecond: totalSeconds > 0 ? nDocs / totalSeconds : null,
    loadSeconds,
    badLines: totalBad,
    failedDocs: totalFailed,
  };
  if (corpora.length > 1) rows.push({ corpus: 'all', ...tableFigures(totals), docsPerSecond: totalTiming.docsPerSecond });

  if (args.errors) {
    writeAtomic(args.errors, mistakes.map((m) => JSON.stringify(m)).join('\n') + (mistakes.length ? '\n' : ''));
    process.stderr.write(`eval: ${mistakes.length} mistakes written to ${args.errors}\n`);
  }

  const mode = args.resolverOnly ? 'resolver-only' : `end-to-end, rule ${args.rule}`;
  const source = predictions ? `predictions from ${args.pred}` : 'geoparse in-process';
  process.stdout.write(`geoparse evaluation (${mode}; ${source})\n`);
  process.stdout.write(formatTable(rows, args.resolverOnly ? RESOLVER_COLUMNS : E2E_COLUMNS) + '\n');
  if (!args.resolverOnly && 'confidence' in totals) process.stdout.write(`\n${formatBands(totals.confidence)}\n`);
  if (totalBad > 0) process.stdout.write(`note: ${totalBad} bad gold line(s) skipped (see stderr)\n`);
  if (totalFailed > 0) process.stdout.write(`note: the geoparser failed on ${totalFailed} document(s), scored as finding nothing\n`);
  const last =
    corpora.length === 1
      ? { ...summaries[0]!, loadSeconds }
      : { ...summary(args, { file: null, ...totals, ...totalTiming }), corpora: summaries };
  process.stdout.write(JSON.stringify(roundAll(last)) + '\n');
}

/** A corpus's figures for the table: the numbers, without the confidence bands printed under it. */
function tableFigures(figures: object): Record<string, number | string | null | undefined> {
  const { confidence: _bands, ...rest } = figures as Record<string, unknown>;
  return rest as Record<string, number | string | null | undefined>;
}

/** The JSON object of one corpus (or of all): every key always present, null when not applicable. */
function summary(args: EvalArgs, f: Record<string, unknown>): Record<string, unknown> {
  const get = (k: string) => (f[k] === undefined ? null : f[k]);
  const keys = args.resolverOnly
    ? ['resolverGold', 'resolverAnswered', 'resolverNoAnswer', 'resolverAcc161', 'resolverMedianKm', 'resolverMeanKm', 'resolverAuc']
    : [];
  const base: Record<string, unknown> = {
    file: get('file'),
    mode: args.resolverOnly ? 'resolver-only' : 'end-to-end',
    rule: args.resolverOnly ? null : args.rule,
    docs: get('docs'),
    gold: args.resolverOnly ? get('resolverToponyms') : get('gold'),
    goldWithCoords: args.resolverOnly ? get('resolverGold') : get('goldWithCoords'),
    predicted: get('predicted'),
    matched: get('matched'),
    resolved: get('resolved'),
    precision: get('precision'),
    recall: get('recall'),
    f1: get('f1'),
    acc161: get('acc161'),
    medianKm: get('medianKm'),
    meanKm: get('meanKm'),
    auc: get('auc'),
    e2eAcc161: get('e2eAcc161'),
    confidence: get('confidence'),
  };
  for (const k of keys) base[k] = get(k);
  base.seconds = get('seconds');
  base.docsPerSecond = get('docsPerSecond');
  base.badLines = get('badLines');
  base.failedDocs = get('failedDocs');
  return base;
}

let args: EvalArgs;
try {
  args = parseEvalArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`eval: ${(e as Error).message}\n${EVAL_USAGE}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(EVAL_USAGE + '\n');
} else {
  main(args).catch((e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
