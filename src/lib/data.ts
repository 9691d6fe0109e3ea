/**
 * Where the app's data comes from. Vite emits every file as an asset and hands us its URL
 * (`?url`), so the built site works from any static server under any sub-path.
 *
 * `data/layers/` is written by `npm run build:data`. Without it, the dev server falls back to a
 * small hand-made sample (tests/e2e/fixtures/sample-layers) and says so on screen; a production
 * build then fails to load with a message naming the missing file.
 */
import type { Article, ArticleRecord, GeoparseResult, LayerCollection } from '../../geo/types.ts';
import type { LayerKey } from './layers.ts';

type Urls = Record<string, string>;
type LazyUrls = Record<string, () => Promise<string>>;
const realUrls = import.meta.glob('../../data/layers/*.{geojson,json}', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
}) as Urls;
// Dev only, and lazy: in a production build this branch is dead code, so the sample's files are
// never emitted into dist/.
const sampleUrls: LazyUrls = import.meta.env.DEV
  ? (import.meta.glob('../../tests/e2e/fixtures/sample-layers/*.{geojson,json}', {
      query: '?url&no-inline',
      import: 'default',
    }) as LazyUrls)
  : {};

const FILES = {
  incident: 'incidents.geojson',
  jurisdiction: 'jurisdictions.geojson',
  territory: 'territories.geojson',
  articles: 'articles.json',
} as const;
/** The shipped articles' mentions, read only when the reader corrects one of them. */
const MENTIONS_FILE = 'mentions.json';

/** Looks a file name up in one glob result (keys are relative paths). */
function find<T>(urls: Record<string, T>, file: string): T | undefined {
  const key = Object.keys(urls).find((k) => k.endsWith(`/${file}`));
  return key ? urls[key] : undefined;
}

const realComplete = Object.values(FILES).every((f) => find(realUrls, f));

/** True when the app runs on the hand-made sample, not on pipeline output (dev server only). */
export const USING_SAMPLE = !realComplete && Object.keys(sampleUrls).length > 0;

async function urlOf(file: string): Promise<string | undefined> {
  if (!USING_SAMPLE) return find(realUrls, file);
  return find(sampleUrls, file)?.();
}

/** Everything the map and panels read. */
export interface AppData {
  layers: Record<LayerKey, LayerCollection>;
  articles: ArticleRecord[];
}

async function getJson<T>(file: string): Promise<T> {
  const url = await urlOf(file);
  if (!url) throw new Error(`data file missing from the build: data/layers/${file} (run npm run build:data)`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Checks a layer file's shape enough to fail early with the file's name. */
function checkLayer(fc: LayerCollection, file: string): LayerCollection {
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`invalid layer file: ${file}`);
  for (const f of fc.features) {
    if (typeof f.properties?.id !== 'string') throw new Error(`invalid feature in ${file}: properties.id must be a string`);
    if (!Array.isArray(f.properties.excerpts)) f.properties.excerpts = [];
  }
  return fc;
}

/** Loads the three layers and the articles in parallel. */
export async function loadData(): Promise<AppData> {
  const [incident, jurisdiction, territory, articles] = await Promise.all([
    getJson<LayerCollection>(FILES.incident),
    getJson<LayerCollection>(FILES.jurisdiction),
    getJson<LayerCollection>(FILES.territory),
    getJson<ArticleRecord[]>(FILES.articles),
  ]);
  return {
    layers: {
      incident: checkLayer(incident, FILES.incident),
      jurisdiction: checkLayer(jurisdiction, FILES.jurisdiction),
      territory: checkLayer(territory, FILES.territory),
    },
    articles: Array.isArray(articles) ? articles : [],
  };
}

/**
 * The shipped articles as `buildLayers` takes them, with their geoparse results
 * (`mentions.json`, written by `build:data`): what the page rebuilds the shipped layers from
 * when the reader corrects one of them. Loaded on first need, once.
 */
let shipped: Promise<{ articles: Article[]; results: GeoparseResult[] }> | null = null;
export function loadShipped(records: readonly ArticleRecord[]): Promise<{ articles: Article[]; results: GeoparseResult[] }> {
  shipped ??= getJson<GeoparseResult[]>(MENTIONS_FILE)
    .then((results) => {
      if (!Array.isArray(results)) throw new Error(`invalid ${MENTIONS_FILE}: not an array`);
      const byId = new Map(results.map((r) => [r.id, r]));
      const articles: Article[] = [];
      const kept: GeoparseResult[] = [];
      for (const r of records) {
        const result = byId.get(r.id);
        if (!result) continue;
        articles.push(asArticle(r, result));
        kept.push(result);
      }
      return { articles, results: kept };
    })
    .catch((err: unknown) => {
      shipped = null;
      throw err;
    });
  return shipped;
}

/** An article record of `articles.json` as the `Article` the layer builder reads. */
function asArticle(r: ArticleRecord, result: GeoparseResult & { furniture?: Article['furniture']; source?: string }): Article {
  return { id: r.id, title: r.title, publication: r.publication, date: r.date, url: r.url, text: r.text, furniture: result.furniture ?? [], source: result.source ?? r.id };
}
