import type { ArticleRecord, Excerpt, LayerFeature } from '../../../geo/types.ts';
import { roundCoordinates } from './roundCoordinates.ts';
import { sortForExport } from './sortForExport.ts';

/** What an export says about itself (the `plaza` foreign member). */
export interface ExportMeta {
  /** The filter in words ("Incidents · Actor: Sinaloa Cartel · 2019-01-01 to 2019-12-31"). */
  filter: string;
  /** When it was exported, ISO 8601 (passed in, so equal input gives equal output). */
  exported: string;
  /** The attribution of every data source (`ATTRIBUTION`). */
  sources: readonly string[];
}

/** An excerpt with the article it came from, as exported. */
export interface ExportedExcerpt extends Excerpt {
  publication: string | null;
  /** The article's date (the excerpt's own `date` is the incident's). */
  articleDate: string | null;
  url: string | null;
}

/**
 * The features as an RFC 7946 GeoJSON FeatureCollection: WGS84 lon/lat, no `crs`, coordinates
 * rounded to 6 decimals, features sorted by layer and id, each with its `id`, all its properties
 * and its excerpts with their provenance (article id, title, publication, article date, url, the
 * mention's span in the article), plus a foreign member `plaza` (RFC 7946 §6.1) with the filter,
 * the export time, the counts and the attribution. Deterministic: equal input, equal bytes.
 *
 * @param articles the articles by id, for each excerpt's publication, date and url (null when missing).
 * @example toGeojson(visible, { filter: 'Actor: Sinaloa Cartel', exported: '2026-12-04T06:00:00.000Z', sources: ATTRIBUTION }, articles)
 */
export function toGeojson(features: readonly LayerFeature[], meta: ExportMeta, articles: ReadonlyMap<string, ArticleRecord> = new Map()): string {
  let excerpts = 0;
  const out = sortForExport(features).map((f) => {
    const { excerpts: own, ...rest } = f.properties;
    excerpts += own.length;
    return {
      type: 'Feature' as const,
      id: f.properties.id,
      properties: { ...rest, excerpts: own.map((e) => withProvenance(e, articles.get(e.articleId))) },
      geometry: f.geometry ? roundCoordinates(f.geometry, f.properties.id) : null,
    };
  });
  const collection = {
    type: 'FeatureCollection' as const,
    plaza: { filter: meta.filter, exported: meta.exported, features: out.length, excerpts, attribution: [...meta.sources] },
    features: out,
  };
  return JSON.stringify(collection) + '\n';
}

function withProvenance(e: Excerpt, article: ArticleRecord | undefined): ExportedExcerpt {
  return {
    ...e,
    title: e.title || article?.title || '',
    publication: article?.publication ?? null,
    articleDate: article?.date ?? null,
    url: article?.url ?? null,
  };
}
