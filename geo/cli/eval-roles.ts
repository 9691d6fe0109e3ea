/**
 * `npm run eval:roles [-- --errors]`: role accuracy on the hand-labelled sets.
 *
 * - `tests/fixtures/roles/eval.jsonl`, `dev2.jsonl` … `dev4.jsonl` (dev: each was written fresh,
 *   scored once, then the rules were tuned on it; the first-run figures are in the README) and
 *   `heldout.jsonl` (written last, never tuned on): invented news sentences, one JSON object a line:
 *   `{"id","date","text","labels":[{"text","role","nth"?}]}` (`nth`: which occurrence of `text`, 0-based).
 * - `tests/fixtures/roles/seed-labels.jsonl`: the seed corpus's mentions, labelled by hand:
 *   `{"article","start","end","placeId","role","note"?}` (offsets into the ingested article text).
 * - `tests/fixtures/news/dev.jsonl` and `test.jsonl`: the news set (85 invented passages in wire,
 *   local and investigative style, labelled blind; `tests/fixtures/news/README.md`), the same
 *   line format plus `style` and `topic`; scored whole and by style. `dev.jsonl` may be tuned on;
 *   `test.jsonl` never is.
 *
 * Options: `--labels DIR` (default tests/fixtures/roles), `--news DIR` (default
 * tests/fixtures/news), `--corpus DIR` (default data/corpus).
 *
 * Each text is geoparsed and given roles exactly as `build:data` does (article date included).
 * Prints accuracy and a confusion matrix per set, with `--errors` every disagreement of the sets
 * that may be tuned on — never those of `heldout.jsonl` or the news `test.jsonl`, whose errors no
 * one reads — and a JSON summary as the last line. A bad fixture line is reported as
 * `file:line:col: what` (exit 2).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../gazetteer/loadGazetteer.node.ts';
import { geoparse } from '../geoparse.ts';
import { parseArticleFile } from '../ingest/index.ts';
import { assignRoles } from '../roles.ts';
import { compareRoles, formatConfusion, ROLES, scoreRoles, type RoleLabel, type RoleOutcome } from '../roles/scoreRoles.ts';
import { sentences } from '../sentences.ts';
import type { GazetteerIndex, Layer } from '../types.ts';

/** A labelled set of passages: where it is, what the summary calls it, and whether its errors may be read. */
interface PassageSet {
  name: string;
  file: string;
  /** Rules may be tuned on it, so its errors may be printed. */
  tuning: boolean;
  /** Also scored by style (the news set). */
  byStyle?: boolean;
}

class FixtureError extends Error {}

function lines(path: string): Array<{ n: number; value: Record<string, unknown> }> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l, i) => ({ l, n: i + 1 }))
    .filter(({ l }) => l.trim())
    .map(({ l, n }) => {
      try {
        return { n, value: JSON.parse(l) as Record<string, unknown> };
      } catch (err) {
        throw new FixtureError(`${path}:${n}:1: ${(err as Error).message}`);
      }
    });
}

function role(v: unknown, where: string): Layer {
  if (typeof v !== 'string' || !(ROLES as readonly string[]).includes(v)) throw new FixtureError(`${where}: role must be one of ${ROLES.join(', ')}`);
  return v as Layer;
}

type Row = RoleOutcome & { doc: string; style: string; text: string; context: string };

const context = (text: string, s: number, e: number) => `${text.slice(Math.max(0, s - 60), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 60)}`.replace(/\s+/g, ' ');

/** Scores every passage of a file: `{"id","date","text","style"?,"labels":[{"text","role","nth"?}]}`. */
function scorePassages(path: string, gazetteer: GazetteerIndex): Row[] {
  const rows: Row[] = [];
  for (const { n, value: d } of lines(path)) {
    const text = String(d.text ?? '');
    const date = typeof d.date === 'string' ? d.date : null;
    const labels: RoleLabel[] = [];
    for (const [k, l] of ((d.labels as Array<Record<string, unknown>>) ?? []).entries()) {
      const surface = String(l.text ?? '');
      let at = -1;
      for (let i = 0; i <= Number(l.nth ?? 0); i++) at = text.indexOf(surface, at + 1);
      if (!surface || at < 0) throw new FixtureError(`${path}:${n}:1: label ${k} "${surface}" is not in the text`);
      labels.push({ start: at, end: at + surface.length, role: role(l.role, `${path}:${n}:1: label ${k}`) });
    }
    const mentions = assignRoles(text, geoparse(text, gazetteer).mentions, sentences(text), date);
    const style = typeof d.style === 'string' ? d.style : '';
    for (const o of compareRoles(labels, mentions)) rows.push({ ...o, doc: String(d.id), style, text: text.slice(o.start, o.end), context: context(text, o.start, o.end) });
  }
  return rows;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      errors: { type: 'boolean', default: false },
      corpus: { type: 'string', default: 'data/corpus' },
      labels: { type: 'string', default: 'tests/fixtures/roles' },
      news: { type: 'string', default: 'tests/fixtures/news' },
    },
  });
  const sets: PassageSet[] = [
    { name: 'invented (dev)', file: join(values.labels!, 'eval.jsonl'), tuning: true },
    { name: 'invented (dev2)', file: join(values.labels!, 'dev2.jsonl'), tuning: true },
    { name: 'invented (dev3)', file: join(values.labels!, 'dev3.jsonl'), tuning: true },
    { name: 'invented (dev4)', file: join(values.labels!, 'dev4.jsonl'), tuning: true },
    { name: 'invented (held out)', file: join(values.labels!, 'heldout.jsonl'), tuning: false },
    { name: 'news (dev)', file: join(values.news!, 'dev.jsonl'), tuning: true, byStyle: true },
    { name: 'news (test)', file: join(values.news!, 'test.jsonl'), tuning: false, byStyle: true },
  ];
  const SEED = join(values.labels!, 'seed-labels.jsonl');
  const gazetteer = loadGazetteer();

  const scored: Array<{ name: string; rows: Row[]; tuning: boolean }> = [];
  for (const set of sets) {
    if (!existsSync(set.file)) continue;
    const rows = scorePassages(set.file, gazetteer);
    scored.push({ name: set.name, rows, tuning: set.tuning });
    if (set.byStyle) {
      for (const style of [...new Set(rows.map((r) => r.style))].sort()) {
        scored.push({ name: `${set.name} ${style}`, rows: rows.filter((r) => r.style === style), tuning: false });
      }
    }
  }

  const seed: Row[] = [];
  const byArticle = new Map<string, Array<RoleLabel & { n: number }>>();
  for (const { n, value: l } of existsSync(SEED) ? lines(SEED) : []) {
    if (!Number.isInteger(l.start) || !Number.isInteger(l.end)) throw new FixtureError(`${SEED}:${n}:1: start and end must be integers`);
    const list = byArticle.get(String(l.article)) ?? [];
    list.push({ start: Number(l.start), end: Number(l.end), role: role(l.role, `${SEED}:${n}:1`), n });
    byArticle.set(String(l.article), list);
  }
  const corpusFiles = byArticle.size ? readdirSync(values.corpus!).filter((f) => /\.(?:txt|md)$/i.test(f)).sort() : [];
  for (const name of corpusFiles) {
    const a = parseArticleFile(join(values.corpus!, name), readFileSync(join(values.corpus!, name)));
    const labels = byArticle.get(a.id);
    if (!labels) continue;
    const mentions = assignRoles(a.text, geoparse(a.text, gazetteer).mentions, sentences(a.text), a.date);
    for (const o of compareRoles(labels, mentions)) seed.push({ ...o, doc: a.id, style: '', text: a.text.slice(o.start, o.end), context: context(a.text, o.start, o.end) });
  }
  scored.push({ name: 'seed', rows: seed, tuning: true });

  const summary: Record<string, unknown> = {};
  for (const { name, rows, tuning } of scored) {
    const s = scoreRoles(rows);
    console.log(`\n${name}: accuracy ${(s.accuracy * 100).toFixed(1)}% (${s.correct}/${s.found} found; ${s.labelled - s.found} labelled mention(s) not found by the geoparser)`);
    console.log(formatConfusion(s));
    // Sets never tuned on keep their errors unread: a held-out figure is only worth its name if no one tunes on it.
    if (values.errors && tuning) {
      for (const r of rows.filter((x) => x.predicted !== x.gold)) {
        console.log(`  ${r.doc} ${r.start}-${r.end} gold=${r.gold} predicted=${r.predicted ?? 'not found'}${r.cue ? ` cue="${r.cue}"` : ''}: ${r.context}`);
      }
    }
    summary[name] = s;
  }
  console.log(JSON.stringify(summary));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`eval:roles: ${(err as Error).message}\n`);
  process.exitCode = err instanceof FixtureError ? 2 : 1;
}
