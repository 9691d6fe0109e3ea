import type { ArticleRecord, Excerpt, LayerFeature } from '../../../geo/types.ts';
import { csvField } from './csvField.ts';
import { representativePoint } from './representativePoint.ts';
import { sortForExport } from './sortForExport.ts';

/** The CSV's columns, in order (the header row). */
export const CSV_COLUMNS = [
  'layer',
  'feature_id',
  'name',
  'where',
  'place_id',
  'lat',
  'lon',
  'precision',
  'geo_precision',
  'kind',
  'group',
  'claim',
  'date',
  'date_approx',
  'actors',
  'confidence',
  'verified',
  'verified_by',
  'article_id',
  'title',
  'publication',
  'article_date',
  'url',
  'excerpt',
  'mention_start',
  'mention_end',
] as const;

type Cell = string | number | boolean | null | undefined;
type Row = Record<(typeof CSV_COLUMNS)[number], Cell>;

const BOM = '\uFEFF';
const CRLF = '\r\n';
const round6 = (x: number) => Math.round(x * 1e6) / 1e6 || 0;
const yesNo = (b: boolean | undefined) => (b === undefined ? null : b ? 'yes' : 'no');

/**
 * The features as RFC 4180 CSV for a spreadsheet: a UTF-8 BOM (so accents read right), a header,
 * then one row per excerpt (a feature without excerpts still gets one row), CRLF line ends,
 * fields quoted where needed and cells that could start a formula defused (`csvField`).
 * Place columns come from the feature (lat/lon: a point's own, an area's bounds centre, said in
 * `precision`); kind, claim, date, actors, confidence and verified are the excerpt's own reading
 * (the feature's when it has no excerpts), so each row says what that sentence said.
 * `where` ("Sonora, Mexico") and `geo_precision` (1 point … 4 country, ACLED-style) are filled
 * when the features carry them.
 *
 * @param articles the articles by id, for title, publication, article date and url.
 * @example toCsv(visible, articles) // '\uFEFFlayer,feature_id,name,…\r\nincident,incident:admin1:MX.25,Sinaloa,…'
 */
export function toCsv(features: readonly LayerFeature[], articles: ReadonlyMap<string, ArticleRecord>): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const f of sortForExport(features)) {
    const excerpts: Array<Excerpt | null> = f.properties.excerpts.length ? f.properties.excerpts : [null];
    for (const e of excerpts) {
      const row = rowOf(f, e, e ? articles.get(e.articleId) : undefined);
      lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
    }
  }
  return BOM + lines.join(CRLF) + CRLF;
}

function rowOf(f: LayerFeature, e: Excerpt | null, article: ArticleRecord | undefined): Row {
  const p = f.properties;
  // `where` and `precision` come with issue 12's data side; read them loosely so older layers export too.
  const extra = p as { where?: unknown; precision?: unknown };
  const at = representativePoint(f.geometry);
  const own = e ?? p;
  const date = e ? e.date : p.date;
  return {
    layer: p.layer,
    feature_id: p.id,
    name: p.name,
    where: typeof extra.where === 'string' ? extra.where : null,
    place_id: p.placeId,
    lat: at ? round6(at.lat) : null,
    lon: at ? round6(at.lon) : null,
    precision: at?.precision,
    geo_precision: typeof extra.precision === 'number' ? extra.precision : null,
    kind: own.kind,
    group: p.group,
    claim: own.claim,
    date,
    date_approx: date ? yesNo(Boolean(own.dateApprox)) : null,
    actors: own.actors?.join('; '),
    confidence: own.confidence,
    verified: e ? yesNo(Boolean(e.verified)) : yesNo((p.verified ?? 0) > 0),
    verified_by: e?.verified?.by,
    article_id: e?.articleId,
    title: e ? e.title || article?.title : null,
    publication: article?.publication,
    article_date: article?.date,
    url: article?.url,
    excerpt: e?.text,
    mention_start: e?.mentionStart,
    mention_end: e?.mentionEnd,
  };
}
