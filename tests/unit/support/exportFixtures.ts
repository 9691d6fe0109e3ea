import { readFileSync } from 'node:fs';
import type { ArticleRecord, Excerpt, LayerCollection, LayerFeature } from '../../../geo/types.ts';

/** An excerpt of an invented article, with whatever fields a test row needs. */
export function excerpt(over: Partial<Excerpt> = {}): Excerpt {
  return { articleId: 'a1', title: 'Gunmen attack bar in Culiacán', text: 'Gunmen attacked a bar in Culiacán on Friday.', start: 25, end: 33, mentionStart: 125, mentionEnd: 133, ...over };
}

/** A point feature (an incident at Culiacán unless told otherwise). */
export function pointFeature(over: Partial<LayerFeature['properties']> = {}, coordinates: [number, number] = [-107.394, 24.8091]): LayerFeature {
  const excerpts = over.excerpts ?? [excerpt()];
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: { id: 'incident:city:Culiacan', name: 'Culiacán', layer: 'incident', placeId: 'geonames:4013708', featureType: 'PPLA', count: excerpts.length, ...over, excerpts },
  };
}

/** An invented article record. */
export function article(over: Partial<ArticleRecord> = {}): ArticleRecord {
  return { id: 'a1', title: 'Gunmen attack bar in Culiacán', publication: 'Ríodoce', date: '2019-10-18', url: 'https://example.org/culiacan', text: '', places: [], ...over };
}

/** The shipped layers (`data/layers/`), all three, and the articles by id. */
export function shippedLayers(): { features: LayerFeature[]; articles: Map<string, ArticleRecord> } {
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../../../data/layers/${f}`, import.meta.url), 'utf8'));
  const features = ['incidents', 'jurisdictions', 'territories'].flatMap((f) => (read(`${f}.geojson`) as LayerCollection).features);
  const articles = new Map((read('articles.json') as ArticleRecord[]).map((a) => [a.id, a]));
  return { features, articles };
}
