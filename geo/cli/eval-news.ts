/**
 * `npm run eval:news [-- FILE ...] [--errors FILE] [--rule eupeg|overlap]`: the geoparser on the
 * news set (`tests/fixtures/news/`, invented passages labelled blind; see its README). For each
 * file: recognition (P, R, F1), resolution (accuracy within 161 km, median error), how many of
 * the capitalised non-places (people, nicknames, gangs, papers) were read as places, and by topic
 * and style; then how confidence tracks correctness (accuracy by confidence band). A JSON summary
 * is the last line.
 *
 * `--errors FILE` writes the mistakes of the development half only: `test.jsonl` is never tuned
 * on, so its errors are not written anywhere.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../gazetteer/loadGazetteer.node.ts';
import { geoparse } from '../geoparse.ts';
import { parseNewsLine, type NewsDoc } from '../eval/newsGold.ts';
import { scoreDoc, sumDocScores, type DocScore, type ErrorRecord } from '../eval/score.ts';
import { haversineKm } from '../eval/haversine.ts';
import { confidenceBands, formatBands } from '../eval/confidenceBands.ts';
import { MATCH_RULES, matchSpans, type MatchRule } from '../eval/matchSpans.ts';
import type { Mention } from '../types.ts';

const DEFAULT_FILES = ['tests/fixtures/news/dev.jsonl', 'tests/fixtures/news/test.jsonl'];

interface Group {
  scores: DocScore[];
  nonPlaces: number;
  nonPlaceHits: number;
}

function newGroup(): Group {
  return { scores: [], nonPlaces: 0, nonPlaceHits: 0 };
}

function readNews(file: string, where: (id: string) => { lat: number; lon: number } | undefined): NewsDoc[] {
  const out: NewsDoc[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      const r = parseNewsLine(line, where);
      if (!r.ok) throw new Error(`${file}:${i + 1}:1: ${r.error}`);
      out.push(r.news);
    });
  return out;
}

function pct(x: number | null): string {
  return x === null ? '–' : x.toFixed(3);
}

function row(name: string, g: Group): { line: string; json: Record<string, unknown> } {
  const s = sumDocScores(g.scores);
  const json = {
    set: name, docs: s.docs, gold: s.gold, predicted: s.predicted, matched: s.matched, precision: s.precision, recall: s.recall, f1: s.f1,
    acc161: s.acc161, medianKm: s.medianKm, nonPlaces: g.nonPlaces, nonPlacesReadAsPlaces: g.nonPlaceHits,
  };
  const line = [
    name.padEnd(22), String(s.docs).padStart(5), String(s.gold).padStart(5), String(s.predicted).padStart(5), String(s.matched).padStart(7),
    pct(s.precision).padStart(6), pct(s.recall).padStart(6), pct(s.f1).padStart(6), pct(s.acc161).padStart(8),
    (s.medianKm === null ? '–' : s.medianKm.toFixed(1)).padStart(9), `${g.nonPlaceHits}/${g.nonPlaces}`.padStart(12),
  ].join(' ');
  return { line, json };
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { errors: { type: 'string' }, rule: { type: 'string', default: 'eupeg' } },
  });
  const rule = values.rule as MatchRule;
  if (!(MATCH_RULES as readonly string[]).includes(rule)) {
    process.stderr.write(`eval:news: --rule must be one of ${MATCH_RULES.join(', ')}\n`);
    return 2;
  }
  const files = positionals.length ? positionals : DEFAULT_FILES;
  const gazetteer = loadGazetteer();
  const where = (id: string) => gazetteer.get(id);
  const groups = new Map<string, Group>();
  const group = (k: string) => groups.get(k) ?? (groups.set(k, newGroup()), groups.get(k)!);
  const mistakes: Array<ErrorRecord & { set: string }> = [];
  /** Every matched mention with gold coordinates: its confidence and error. */
  const confidenceKm: Array<{ confidence: number; km: number }> = [];
  for (const file of files) {
    const set = basename(file, '.jsonl');
    const tuning = set !== 'test';
    let docs: NewsDoc[];
    try {
      docs = readNews(file, where);
    } catch (e) {
      process.stderr.write(`eval:news: ${(e as Error).message}\n`);
      return 2;
    }
    for (const news of docs) {
      const mentions: Mention[] = geoparse(news.doc.text, gazetteer, { date: news.date }).mentions;
      const score = scoreDoc(news.doc, mentions, rule);
      const hits = mentions.filter((m) => news.nonPlaces.some((n) => m.start < n.end && n.start < m.end));
      for (const key of [set, `${set} · ${news.topic}`, `${set} · ${news.style}`]) {
        const g = group(key);
        g.scores.push(score);
        g.nonPlaces += news.nonPlaces.length;
        g.nonPlaceHits += hits.length;
      }
      const goldSpans = news.doc.toponyms.map((t) => ({ start: t.start, end: t.end, text: t.name }));
      for (const pair of matchSpans(goldSpans, mentions, rule)) {
        const t = news.doc.toponyms[pair.gold]!;
        const m = mentions[pair.pred]!;
        if (t.lat === null || t.lon === null) continue;
        confidenceKm.push({ confidence: m.confidence, km: haversineKm(t.lat, t.lon, m.lat, m.lon) });
      }
      if (tuning) {
        for (const e of score.mistakes) mistakes.push({ set, ...e });
        for (const m of hits) mistakes.push({ set, kind: 'fp', doc: news.doc.id, start: m.start, end: m.end, text: m.text, pred: { name: m.name, lat: m.lat, lon: m.lon, placeId: m.placeId }, context: `not a place: ${news.doc.text.slice(Math.max(0, m.start - 40), m.end + 40).replace(/\s+/g, ' ')}` });
      }
    }
  }
  const header = ['set'.padEnd(22), 'docs'.padStart(5), 'gold'.padStart(5), 'pred'.padStart(5), 'matched'.padStart(7), 'P'.padStart(6), 'R'.padStart(6), 'F1'.padStart(6), 'acc@161'.padStart(8), 'median km'.padStart(9), 'non-places'.padStart(12)].join(' ');
  const rows = [...groups.keys()].sort().map((k) => row(k, groups.get(k)!));
  process.stdout.write(`news set evaluation (end-to-end, rule ${rule}); non-places: capitalised names that are not places, read as places / listed\n`);
  process.stdout.write([header, '-'.repeat(header.length), ...rows.map((r) => r.line)].join('\n') + '\n\n');
  const calibration = confidenceBands(confidenceKm);
  process.stdout.write(formatBands(calibration) + '\n');
  if (values.errors) {
    const tmp = `${values.errors}.tmp-${process.pid}`;
    writeFileSync(tmp, mistakes.map((m) => JSON.stringify(m)).join('\n') + (mistakes.length ? '\n' : ''));
    renameSync(tmp, values.errors);
    process.stderr.write(`eval:news: ${mistakes.length} mistakes of the development half written to ${values.errors} (test.jsonl's are never written)\n`);
  }
  process.stdout.write(JSON.stringify({ rule, sets: rows.map((r) => r.json), calibration }) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
