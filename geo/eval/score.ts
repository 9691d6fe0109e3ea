/**
 * Pure scoring of a geoparser against gold toponyms: recognition (precision, recall, F1),
 * resolution on matched pairs (accuracy@161 km, median/mean error, AUC) and end-to-end accuracy;
 * plus the resolver-only mode, where the resolver is given the gold spans. No I/O here: the
 * command in `geo/cli/eval.ts` reads files, runs the geoparser and prints.
 *
 * Figures are micro-averaged over all documents of a corpus (every toponym weighs the same).
 */
import type { Mention } from '../types.ts';
import type { GoldDoc, GoldToponym } from './gold.ts';
import { confidenceBands, type ConfidenceBand } from './confidenceBands.ts';
import { ACC_KM, errorStats } from './errorStats.ts';
import { haversineKm, MAX_ERROR_KM } from './haversine.ts';
import { matchSpans, type MatchRule } from './matchSpans.ts';

/** What the scorer needs of a prediction: a `Mention` has all of it. */
export type PredictedMention = Pick<Mention, 'start' | 'end' | 'text' | 'lat' | 'lon'> &
  Partial<Pick<Mention, 'name' | 'placeId' | 'featureType' | 'layer' | 'confidence'>>;

/** One mistake, for error analysis (`--errors FILE`, one JSON object per line). */
export interface ErrorRecord {
  /**
   * `fp`: predicted, no gold toponym matches it; `fn`: gold toponym no prediction matches;
   * `far`: matched (or, resolver-only, given) but resolved more than 161 km from the gold point;
   * `noanswer`: resolver-only, the resolver returned null for a gold span.
   */
  kind: 'fp' | 'fn' | 'far' | 'noanswer';
  doc: string;
  /** The span: the gold one for fn/far/noanswer, the predicted one for fp. */
  start: number;
  end: number;
  text: string;
  /** The predicted span when it differs from the gold one (far under a loose matching rule). */
  predSpan?: { start: number; end: number; text: string };
  /** Error km (far, noanswer). */
  km?: number;
  pred?: PlaceInfo;
  gold?: PlaceInfo;
  /** Up to 40 characters either side, newlines as spaces. */
  context: string;
}

/** The place side of an error record. */
export interface PlaceInfo {
  name?: string;
  lat: number | null;
  lon: number | null;
  [extra: string]: unknown;
}

/** Counts of one document; add them up with `sumDocScores`. */
export interface DocScore {
  gold: number;
  /** Gold toponyms with coordinates. */
  goldWithCoords: number;
  predicted: number;
  matched: number;
  /** Errors (km) of matched pairs whose gold has coordinates. */
  errorsKm: number[];
  /** The same pairs' (confidence, km), where the prediction has a confidence. */
  confidenceKm: Array<{ confidence: number; km: number }>;
  mistakes: ErrorRecord[];
}

/**
 * Scores one document's predictions against its gold toponyms under a matching rule.
 * `unresolved` names are not predictions: only mentions (placed names) count.
 */
export function scoreDoc(doc: GoldDoc, predicted: readonly PredictedMention[], rule: MatchRule): DocScore {
  const gold = doc.toponyms.map((t) => ({ start: t.start, end: t.end, text: t.name }));
  const pairs = matchSpans(gold, predicted, rule);
  const goldMatched = new Set(pairs.map((p) => p.gold));
  const predMatched = new Set(pairs.map((p) => p.pred));
  const errorsKm: number[] = [];
  const confidenceKm: DocScore['confidenceKm'] = [];
  const mistakes: ErrorRecord[] = [];

  for (const { gold: gi, pred: pi } of pairs) {
    const g = doc.toponyms[gi]!;
    const p = predicted[pi]!;
    if (g.lat === null || g.lon === null) continue;
    const km = haversineKm(p.lat, p.lon, g.lat, g.lon);
    errorsKm.push(km);
    if (typeof p.confidence === 'number') confidenceKm.push({ confidence: p.confidence, km });
    if (km > ACC_KM) {
      const rec = record('far', doc, g, { pred: predInfo(p), gold: goldInfo(g), km });
      if (p.start !== g.start || p.end !== g.end) rec.predSpan = { start: p.start, end: p.end, text: p.text };
      mistakes.push(rec);
    }
  }
  doc.toponyms.forEach((g, i) => {
    if (!goldMatched.has(i)) mistakes.push(record('fn', doc, g, { gold: goldInfo(g) }));
  });
  predicted.forEach((p, i) => {
    if (!predMatched.has(i)) mistakes.push(record('fp', doc, p, { pred: predInfo(p) }));
  });
  mistakes.sort((a, b) => a.start - b.start || a.end - b.end);

  return {
    gold: doc.toponyms.length,
    goldWithCoords: doc.toponyms.filter(hasCoords).length,
    predicted: predicted.length,
    matched: pairs.length,
    errorsKm,
    confidenceKm,
    mistakes,
  };
}

/** Recognition, resolution and end-to-end figures of a corpus. */
export interface CorpusScore {
  docs: number;
  gold: number;
  goldWithCoords: number;
  predicted: number;
  matched: number;
  /** Matched pairs whose gold has coordinates (the resolution figures are over these). */
  resolved: number;
  /** matched / predicted; 0 when nothing was predicted. */
  precision: number;
  /** matched / gold; 0 when there is no gold. */
  recall: number;
  /** 2PR / (P + R); 0 when P + R = 0 (so 0 when nothing was predicted). */
  f1: number;
  acc161: number | null;
  medianKm: number | null;
  meanKm: number | null;
  auc: number | null;
  /** (matched, gold has coordinates, error <= 161 km) / gold toponyms with coordinates. */
  e2eAcc161: number | null;
  /** Matched names by the resolver's confidence, and each band's accuracy@161. */
  confidence: ConfidenceBand[];
}

/** Adds up document scores into corpus figures. */
export function sumDocScores(docs: readonly DocScore[]): CorpusScore {
  let gold = 0;
  let goldWithCoords = 0;
  let predicted = 0;
  let matched = 0;
  const errorsKm: number[] = [];
  const confidenceKm: DocScore['confidenceKm'] = [];
  for (const d of docs) {
    gold += d.gold;
    goldWithCoords += d.goldWithCoords;
    predicted += d.predicted;
    matched += d.matched;
    for (const e of d.errorsKm) errorsKm.push(e);
    for (const c of d.confidenceKm) confidenceKm.push(c);
  }
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const stats = errorStats(errorsKm);
  const within = errorsKm.filter((e) => e <= ACC_KM).length;
  return {
    docs: docs.length,
    gold,
    goldWithCoords,
    predicted,
    matched,
    resolved: errorsKm.length,
    precision,
    recall,
    f1,
    acc161: stats.acc161,
    medianKm: stats.medianKm,
    meanKm: stats.meanKm,
    auc: stats.auc,
    e2eAcc161: goldWithCoords === 0 ? null : within / goldWithCoords,
    confidence: confidenceBands(confidenceKm),
  };
}

/** Resolver-only counts of one document. */
export interface ResolverDocScore {
  /** All gold toponyms, with coordinates or not. */
  toponyms: number;
  /** Gold toponyms with coordinates (the only ones scored). */
  gold: number;
  answered: number;
  noAnswer: number;
  /** One per scored gold toponym; a no-answer counts as 20039 km. */
  errorsKm: number[];
  mistakes: ErrorRecord[];
}

/**
 * Scores the resolver given the gold spans: `answers[i]` is its answer for `doc.toponyms[i]`
 * (null: no answer). Only gold toponyms with coordinates are scored. A no-answer is charged the
 * maximum error, 20039 km, so it is a miss for accuracy@161 and weighs fully in mean, median and AUC.
 */
export function scoreResolverDoc(doc: GoldDoc, answers: ReadonlyArray<PredictedMention | null>): ResolverDocScore {
  if (answers.length !== doc.toponyms.length)
    throw new Error(`doc ${doc.id}: ${answers.length} answers for ${doc.toponyms.length} gold spans`);
  const errorsKm: number[] = [];
  const mistakes: ErrorRecord[] = [];
  let answered = 0;
  doc.toponyms.forEach((g, i) => {
    if (g.lat === null || g.lon === null) return;
    const a = answers[i];
    if (!a) {
      errorsKm.push(MAX_ERROR_KM);
      mistakes.push(record('noanswer', doc, g, { gold: goldInfo(g), km: MAX_ERROR_KM }));
      return;
    }
    answered++;
    const km = haversineKm(a.lat, a.lon, g.lat, g.lon);
    errorsKm.push(km);
    if (km > ACC_KM) mistakes.push(record('far', doc, g, { pred: predInfo(a), gold: goldInfo(g), km }));
  });
  return { toponyms: doc.toponyms.length, gold: errorsKm.length, answered, noAnswer: errorsKm.length - answered, errorsKm, mistakes };
}

/** Resolver-only figures of a corpus. */
export interface ResolverScore {
  docs: number;
  /** All gold toponyms, with coordinates or not. */
  resolverToponyms: number;
  resolverGold: number;
  resolverAnswered: number;
  resolverNoAnswer: number;
  resolverAcc161: number | null;
  resolverMedianKm: number | null;
  resolverMeanKm: number | null;
  resolverAuc: number | null;
}

/** Adds up resolver-only document scores. */
export function sumResolverScores(docs: readonly ResolverDocScore[]): ResolverScore {
  const errorsKm = docs.flatMap((d) => d.errorsKm);
  const stats = errorStats(errorsKm);
  return {
    docs: docs.length,
    resolverToponyms: docs.reduce((s, d) => s + d.toponyms, 0),
    resolverGold: errorsKm.length,
    resolverAnswered: docs.reduce((s, d) => s + d.answered, 0),
    resolverNoAnswer: docs.reduce((s, d) => s + d.noAnswer, 0),
    resolverAcc161: stats.acc161,
    resolverMedianKm: stats.medianKm,
    resolverMeanKm: stats.meanKm,
    resolverAuc: stats.auc,
  };
}

function hasCoords(t: GoldToponym): boolean {
  return t.lat !== null && t.lon !== null;
}

function goldInfo(g: GoldToponym): PlaceInfo {
  const { start: _s, end: _e, name, lat, lon, ...extra } = g;
  return { name, lat, lon, ...extra };
}

function predInfo(p: PredictedMention): PlaceInfo {
  return { name: p.name, lat: p.lat, lon: p.lon, placeId: p.placeId, featureType: p.featureType, layer: p.layer, confidence: p.confidence };
}

function record(
  kind: ErrorRecord['kind'],
  doc: GoldDoc,
  span: { start: number; end: number },
  more: Partial<ErrorRecord>,
): ErrorRecord {
  const context = doc.text
    .slice(Math.max(0, span.start - 40), Math.min(doc.text.length, span.end + 40))
    .replace(/\s+/g, ' ');
  return { kind, doc: doc.id, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end), ...more, context };
}
