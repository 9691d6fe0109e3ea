/**
 * `npm run bench:roles [-- --mb 10] [--seed 1] [--reps 3] [--single 1,4]`
 *
 * The roles stage alone (`assignRoles`, with `findActors`, dates and `describeRole`), on the
 * articles `npm run bench` generates: geoparses each article once (untimed), then times
 * `assignRoles(text, mentions, undefined, date)` over every article as `geoparse()` calls it,
 * `--reps` times (median of the process's CPU time, which other jobs on a shared machine disturb
 * less than the wall clock; garbage collection on helper threads counts too). With `--single`, also joins the articles into single
 * articles of the sizes given (MB; their mentions shifted, not re-geoparsed) and times roles on
 * each, to show how the cost grows within one article. Prints a table, then one JSON line.
 */
import { parseArgs } from 'node:util';
import { corpusVocabulary } from '../bench/corpusVocabulary.ts';
import { newsArticles } from '../bench/newsArticles.ts';
import { loadGazetteer } from '../gazetteer/loadGazetteer.node.ts';
import { geoparse } from '../geoparse.ts';
import { assignRoles } from '../roles.ts';
import type { Mention } from '../types.ts';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    reps: { type: 'string', default: '3' },
    single: { type: 'string', default: '' },
  },
});
const targetBytes = Number(values.mb) * 1e6;
const reps = Math.max(1, Number(values.reps));
const DATE = '2024-03-08';

const gazetteer = loadGazetteer();
const vocab = corpusVocabulary(gazetteer.places());
const docs: Array<{ text: string; mentions: Mention[] }> = [];
let bytes = 0;
const t0 = performance.now();
for (const a of newsArticles(vocab, Number(values.seed))) {
  if (bytes >= targetBytes) break;
  docs.push({ text: a.text, mentions: geoparse(a.text, gazetteer).mentions });
  bytes += Buffer.byteLength(a.text);
}
const geoparseSeconds = (performance.now() - t0) / 1000;
const mentions = docs.reduce((n, d) => n + d.mentions.length, 0);
process.stderr.write(`bench:roles: ${docs.length} articles, ${(bytes / 1e6).toFixed(1)} MB, ${mentions} mentions, geoparsed in ${geoparseSeconds.toFixed(1)} s\n`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** CPU seconds for roles over `list`, median of `n` runs after a warm-up pass over its first 200 articles (`warm`). */
function timeRoles(list: Array<{ text: string; mentions: Mention[] }>, n: number, warm = true): number {
  let sink = 0;
  if (warm) for (const d of list.slice(0, 200)) sink += assignRoles(d.text, d.mentions, undefined, DATE).length;
  const samples: number[] = [];
  for (let r = 0; r < n; r++) {
    // CPU time of this thread's process, not the wall clock: on a shared machine other jobs stretch the wall clock, not this.
    const t = process.cpuUsage();
    for (const d of list) sink += assignRoles(d.text, d.mentions, undefined, DATE).length;
    const u = process.cpuUsage(t);
    samples.push((u.user + u.system) / 1e6);
  }
  if (sink < 0) console.log(sink);
  return median(samples);
}

const rolesSeconds = timeRoles(docs, reps);
const report: Record<string, unknown> = {
  articles: docs.length,
  mb: bytes / 1e6,
  mentions,
  geoparseSeconds,
  rolesSeconds,
  rolesMBps: bytes / 1e6 / rolesSeconds,
  rolesShareOfGeoparse: rolesSeconds / geoparseSeconds,
};
console.log(`roles over ${docs.length} articles (${(bytes / 1e6).toFixed(1)} MB, ${mentions} mentions): ${rolesSeconds.toFixed(2)} s, ${(bytes / 1e6 / rolesSeconds).toFixed(1)} MB/s (geoparse() with roles: ${geoparseSeconds.toFixed(1)} s)`);

if (values.single) {
  const rows: Array<{ mb: number; seconds: number; mbps: number }> = [];
  for (const mb of values.single.split(',').map(Number)) {
    // One article made of consecutive generated articles, their mentions shifted into it.
    const parts: string[] = [];
    const joined: Mention[] = [];
    let at = 0;
    for (let k = 0; at < mb * 1e6; k++) {
      const d = docs[k % docs.length];
      for (const m of d.mentions) joined.push({ ...m, start: m.start + at, end: m.end + at });
      parts.push(d.text);
      at += d.text.length + 2;
    }
    const text = parts.join('\n\n');
    const seconds = timeRoles([{ text, mentions: joined }], 1, false);
    rows.push({ mb, seconds, mbps: mb / seconds });
    console.log(`one ${mb} MB article (${joined.length} mentions): ${seconds.toFixed(2)} s, ${(mb / seconds).toFixed(1)} MB/s`);
  }
  report.single = rows;
}
console.log(JSON.stringify(report));
