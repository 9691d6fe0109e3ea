/**
 * The shipped layers plus the layers `buildLayers` built from the reader's own articles: a place
 * both name is one feature whose excerpts are both sets, its summary recomputed with the
 * builder's own `summarize`.
 */
import { codePointOrder } from '../../../geo/codePointOrder.ts';
import type { Layers } from '../../../geo/layers/buildLayers.ts';
import { summarize } from '../../../geo/layers/summarize.ts';
import type { Excerpt, JurisdictionKind, LayerCollection, LayerFeature } from '../../../geo/types.ts';
import type { AppData } from '../data.ts';
import { LAYER_KEYS, type LayerKey } from '../layers.ts';

const FILE_KEY: Record<LayerKey, keyof Omit<Layers, 'articles'>> = {
  incident: 'incidents',
  jurisdiction: 'jurisdictions',
  territory: 'territories',
};
const UNIT_KINDS = new Set<string>(['district', 'court', 'country', 'state']);

/** Merges the added articles' layers into the shipped data (neither input is changed). */
export function mergeLayers(base: AppData, user: Layers | null): AppData {
  if (!user) return base;
  const layers = {} as Record<LayerKey, LayerCollection>;
  for (const k of LAYER_KEYS) layers[k] = mergeCollection(base.layers[k], user[FILE_KEY[k]]);
  const ids = new Set(base.articles.map((a) => a.id));
  return { layers, articles: [...base.articles, ...user.articles.filter((a) => !ids.has(a.id))] };
}

function mergeCollection(base: LayerCollection, user: LayerCollection): LayerCollection {
  if (user.features.length === 0) return base;
  const byId = new Map<string, LayerFeature>(base.features.map((f) => [f.properties.id, f]));
  for (const f of user.features) {
    const old = byId.get(f.properties.id);
    byId.set(f.properties.id, old ? mergeFeature(old, f) : f);
  }
  const features = [...byId.values()].sort((a, b) => codePointOrder(a.properties.id, b.properties.id));
  return { type: 'FeatureCollection', features };
}

function mergeFeature(a: LayerFeature, b: LayerFeature): LayerFeature {
  const p = a.properties;
  const excerpts: Excerpt[] = [...p.excerpts, ...b.properties.excerpts].sort(
    (x, y) => codePointOrder(x.articleId, y.articleId) || (x.mentionStart ?? x.start) - (y.mentionStart ?? y.start),
  );
  const unit = p.layer === 'jurisdiction' && p.kind && UNIT_KINDS.has(p.kind) ? (p.kind as JurisdictionKind) : null;
  const facilities = [...new Set([...(p.facilities ?? []), ...(b.properties.facilities ?? [])])].sort(codePointOrder);
  return {
    ...a,
    properties: {
      ...p,
      ...summarize(p.layer, excerpts, unit),
      ...(facilities.length ? { facilities } : {}),
      count: excerpts.length,
      excerpts,
    },
  };
}
