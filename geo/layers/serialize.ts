/**
 * Deterministic bytes for generated files: compact JSON, one feature (or article) per line,
 * so a re-run gives identical bytes and a changed place gives a one-line diff.
 */
import type { ArticleRecord, LayerCollection, ShippedResult } from '../types.ts';

/**
 * Serialises a layer: `{"type":"FeatureCollection","features":[` then one feature per line.
 *
 * @example stringifyLayer({ type: 'FeatureCollection', features: [] }) // '{"type":"FeatureCollection","features":[]}\n'
 */
export function stringifyLayer(collection: LayerCollection): string {
  if (collection.features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = collection.features.map((f) =>
    JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/**
 * Serialises the article records as a JSON array, one article per line.
 *
 * @example stringifyArticles([]) // '[]\n'
 */
export function stringifyArticles(articles: readonly ArticleRecord[]): string {
  if (articles.length === 0) return '[]\n';
  return `[\n${articles.map((a) => JSON.stringify(a)).join(',\n')}\n]\n`;
}

/**
 * Serialises the shipped geoparse results (`mentions.json`) as a JSON array, one article per line.
 *
 * @example stringifyMentions([{ id: 'a', mentions: [], unresolved: [] }]) // '[\n{"id":"a","mentions":[],"unresolved":[]}\n]\n'
 */
export function stringifyMentions(results: readonly ShippedResult[]): string {
  if (results.length === 0) return '[]\n';
  return `[\n${results.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}
