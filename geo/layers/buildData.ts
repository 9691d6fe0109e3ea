/**
 * The whole data build as one pure function: corpus files in, layer files' bytes out. The
 * `build:data` command only reads files and writes what this returns; tests call it directly.
 */
import { applyCorrections, type OrphanedCorrection } from '../annotations/applyCorrections.ts';
import type { LocatedCorrection } from '../annotations/model.ts';
import { geoparse } from '../geoparse.ts';
import { formatNotice } from '../ingest/decode.ts';
import { parseArticleFile, SourceError } from '../ingest/index.ts';
import type { Article, GazetteerIndex, GeoparseResult, ShippedResult } from '../types.ts';
import { buildLayers, type AreaLookup, type BuildLayersOptions, type Layers } from './buildLayers.ts';
import { stringifyArticles, stringifyLayer, stringifyMentions } from './serialize.ts';

/** One corpus file: where it is (for messages), its name in the corpus folder, its bytes. */
export interface CorpusFile {
  /** Path shown in messages ("data/corpus/x.txt"). */
  path: string;
  /** File name inside the corpus folder (becomes `Article.source`). */
  name: string;
  bytes: string | Uint8Array;
}

/** What {@link buildData} reports per file, in order. */
export type FileReport =
  | { path: string; ok: true; id: string; places: number; notes: string[] }
  | { path: string; ok: false; message: string };

/** What the corrections did: how many applied, `file:line:col: what` for each bad one, the orphaned. */
export interface CorrectionsReport {
  applied: number;
  errors: string[];
  orphaned: OrphanedCorrection[];
}

/** Output file name → bytes, in a fixed order. */
export type Outputs = Array<[file: string, text: string]>;

/**
 * Ingests, geoparses, assigns roles and builds the layers for a corpus. A file that fails is
 * reported (`path:line:col: what`) and left out; the others go on. Readers' corrections, when
 * given, apply to each article's mentions before the layers are built (see `geo/annotations/`).
 * Besides the layers it ships `mentions.json`, each article's corrected result in `articles.json`
 * order, from which the page rebuilds the same layers with `buildLayers` and its own corrections.
 *
 * @param files corpus files, in the order to process them (sort them by name first)
 * @example buildData([{ path: 'data/corpus/a.txt', name: 'a.txt', bytes }], gazetteer, (id) => areaGeometryIn(topologies, id)).outputs[0][0] // 'incidents.geojson'
 */
export function buildData(
  files: readonly CorpusFile[],
  gazetteer: GazetteerIndex,
  areas: AreaLookup,
  options: BuildLayersOptions = {},
  onFile: (report: FileReport, index: number) => void = () => {},
  corrections: readonly LocatedCorrection[] = [],
): { reports: FileReport[]; layers: Layers; outputs: Outputs; corrections: CorrectionsReport } {
  const byArticle = new Map<string, LocatedCorrection[]>();
  for (const c of corrections) {
    const id = c.annotation.target.source;
    const list = byArticle.get(id);
    if (list) list.push(c);
    else byArticle.set(id, [c]);
  }
  const corrected: CorrectionsReport = { applied: 0, errors: [], orphaned: [] };
  const articles: Article[] = [];
  const results: GeoparseResult[] = [];
  const reports: FileReport[] = [];
  const seen = new Map<string, string>();
  files.forEach((file, i) => {
    let report: FileReport;
    try {
      // What decoding fixed on the way in (BOM, CRLF, invisible characters…), as `file:line:col: what`.
      const notes: string[] = [];
      const article = { ...parseArticleFile(file.path, file.bytes, (n) => notes.push(formatNotice(n))), source: file.name };
      const other = seen.get(article.id);
      if (other) throw new SourceError(file.path, 1, 1, `article id "${article.id}" is also the id of ${other} (rename one file)`);
      seen.set(article.id, file.name);
      const parsed = geoparse(article.text, gazetteer, { date: article.date });
      let mentions = parsed.mentions;
      const mine = byArticle.get(article.id);
      if (mine) {
        const done = applyCorrections(article, mentions, mine, gazetteer);
        mentions = done.mentions;
        corrected.applied += done.applied;
        corrected.orphaned.push(...done.orphaned);
      }
      articles.push(article);
      results.push({ id: article.id, mentions, unresolved: parsed.unresolved });
      report = { path: file.path, ok: true, id: article.id, places: mentions.length, notes };
    } catch (err) {
      const message = err instanceof SourceError ? err.message : `${file.path}: ${(err as Error).message}`;
      report = { path: file.path, ok: false, message };
    }
    reports.push(report);
    onFile(report, i);
  });
  for (const [id, list] of byArticle) {
    if (!seen.has(id)) for (const c of list) corrected.errors.push(`${c.at}: unknown article "${id}"`);
  }
  const layers = buildLayers(articles, results, gazetteer, areas, options);
  const resultOf = new Map(results.map((r) => [r.id, r]));
  const furnitureOf = new Map(articles.map((a) => [a.id, a.furniture]));
  const shipped: ShippedResult[] = layers.articles.map(({ id }) => {
    const { mentions, unresolved } = resultOf.get(id)!;
    const furniture = furnitureOf.get(id) ?? [];
    return { id, mentions, unresolved, ...(furniture.length ? { furniture } : {}) };
  });
  const outputs: Outputs = [
    ['incidents.geojson', stringifyLayer(layers.incidents)],
    ['jurisdictions.geojson', stringifyLayer(layers.jurisdictions)],
    ['territories.geojson', stringifyLayer(layers.territories)],
    ['articles.json', stringifyArticles(layers.articles)],
    ['mentions.json', stringifyMentions(shipped)],
  ];
  return { reports, layers, outputs, corrections: corrected };
}
