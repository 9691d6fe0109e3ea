/**
 * The whole data build as one pure function: corpus files in, layer files' bytes out. The
 * `build:data` command only reads files and writes what this returns; tests call it directly.
 */
import { geoparse } from '../geoparse.ts';
import { formatNotice } from '../ingest/decode.ts';
import { parseArticleFile, SourceError } from '../ingest/index.ts';
import type { Article, GazetteerIndex, GeoparseResult } from '../types.ts';
import { buildLayers, type AreaLookup, type BuildLayersOptions, type Layers } from './buildLayers.ts';
import { stringifyArticles, stringifyLayer } from './serialize.ts';

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

/** Output file name → bytes, in a fixed order. */
export type Outputs = Array<[file: string, text: string]>;

/**
 * Ingests, geoparses, assigns roles and builds the layers for a corpus. A file that fails is
 * reported (`path:line:col: what`) and left out; the others go on.
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
): { reports: FileReport[]; layers: Layers; outputs: Outputs } {
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
      const mentions = parsed.mentions;
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
  const layers = buildLayers(articles, results, gazetteer, areas, options);
  const outputs: Outputs = [
    ['incidents.geojson', stringifyLayer(layers.incidents)],
    ['jurisdictions.geojson', stringifyLayer(layers.jurisdictions)],
    ['territories.geojson', stringifyLayer(layers.territories)],
    ['articles.json', stringifyArticles(layers.articles)],
  ];
  return { reports, layers, outputs };
}
