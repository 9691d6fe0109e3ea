/** The human-readable part of the bench's output. */
import type { BenchReport } from './benchReport.ts';
import { formatGazetteerLoad } from './measureGazetteerLoad.ts';
import type { SingleArticleSample } from './measureSingleArticle.ts';

function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  return cells.map((r) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ')).join('\n');
}

const f1 = (x: number | null) => (x === null ? '-' : x.toFixed(1));
const f2 = (x: number) => x.toFixed(2);

/**
 * Formats a bench report as plain-text tables.
 *
 * @example formatBenchTable(report).split('\n')[0] // 'machine: AMD EPYC, 2 cores, 24 GB, Node v20.20.2'
 */
export function formatBenchTable(r: BenchReport): string {
  const m = r.machine;
  const out = [`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node} (${m.platform}); seed ${r.seed}`, ''];
  out.push(...formatGazetteerLoad(r.gazetteerLoad), '');
  out.push(
    table(
      ['corpus', 'articles', 'mentions', 'seconds', 'MB/s', '2nd half MB/s', 'articles/s', 'geotag MB/s', 'resolve MB/s', 'peak RSS MB', 'heap after GC MB'],
      r.geoparse.map((g) => [
        `${g.sizeMB} MB`,
        g.articles,
        g.mentions,
        f2(g.seconds),
        f2(g.mbPerSecond),
        Number.isFinite(g.secondHalfMBPerSecond) ? f2(g.secondHalfMBPerSecond) : '-',
        g.articlesPerSecond,
        f2(g.split.geotagMBps),
        f2(g.split.resolveMBps),
        f1(g.maxRssMB),
        f1(g.heapAfterMB),
      ]),
    ),
    'one thread, gazetteer loaded and 150 other articles geoparsed first; geotag = tokenise + recognise, resolve = the rest (resolve, roles, facilities), timed on the first 2 MB',
  );
  out.push(
    '',
    table(
      ['stage MB/s', 'tokenise', 'recognise', 'resolve', 'roles', 'facilities'],
      r.geoparse.map((g) => [`${g.sizeMB} MB`, ...(['tokenize', 'recognize', 'resolve', 'roles', 'facilities'] as const).map((k) => f2(g.split.stages[k]))]),
    ),
    'each stage timed inside geoparse() on the first 2 MB (resolve includes the phone numbers\' states; facilities: ports, crossings and prisons)',
    '',
  );
  for (const g of r.geoparse) out.push(`seconds per tenth of ${g.sizeMB} MB: ${g.tenths.map(f2).join(' ')}`);
  for (const s of r.scaling) out.push(`scaling: t(${s.to} MB)/t(${s.from} MB) = ${f2(s.ratio)} (linear: ${f2(s.linear)})`);
  if (r.real.length) {
    out.push(
      '',
      table(
        ['real news', 'MB of text', 'articles', 'mentions', 'seconds', 'MB/s', 'tokenise', 'recognise', 'resolve', 'roles', 'facilities', 'peak RSS MB'],
        r.real.map((g) => [
          g.file,
          f2(g.textBytes / 1e6),
          g.articles,
          g.mentions,
          f2(g.seconds),
          f2(g.textMBPerSecond),
          ...(['tokenize', 'recognize', 'resolve', 'roles', 'facilities'] as const).map((k) => f2((g.split.stages[k] * g.split.textBytes) / g.split.bytes)),
          f1(g.maxRssMB),
        ]),
      ),
      'as the corpora (one thread, after the warm-up), in MB of text (the files\' other fields left out); each stage timed on the first 2 MB of the file',
    );
  }
  if (r.cli) {
    out.push(
      '',
      table(
        [`geoparse command, ${r.cli.sizeMB} MB`, 'seconds', 'first answer s', 'MB/s after it', 'peak RSS MB', 'lines'],
        r.cli.runs.map((c) => [`--workers ${c.workers}`, f2(c.seconds), f2(c.firstAnswerSeconds), f2(c.mbPerSecond), f1(c.maxRssMB), c.lines]),
      ),
      `same output bytes for every worker count: ${r.cli.sameOutput ? 'yes' : 'NO'}`,
    );
  }
  if (r.singleArticles.length) {
    const cells = (x: SingleArticleSample | null) => (x ? [f2(x.seconds), f2(x.mbPerSecond), f1(x.maxRssMB)] : [`>${r.singleTimeoutSeconds}`, '-', '-']);
    out.push(
      '',
      table(
        ['one article', 'geoparse() s', 'MB/s', 'peak RSS MB', 'layer build s', 'MB/s', 'peak RSS MB'],
        r.singleArticles.map((a) => [`${a.sizeMB} MB`, ...cells(a.geoparse), ...cells(a.build)]),
      ),
      'one article each (the generator\'s articles joined into one text), after the gazetteer load and a warm-up; the layer build is build:data\'s (ingest, geoparse, roles, layers)',
    );
    const f = (x: number | null) => (x === null ? '-' : f2(x));
    for (const s of r.singleScaling) out.push(`single-article scaling: t(${s.to} MB)/t(${s.from} MB) = ${f(s.geoparse)} geoparse, ${f(s.build)} layer build (linear: ${f2(s.linear)})`);
  }
  return out.join('\n');
}
