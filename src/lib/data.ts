/**
 * Where the app's data comes from. Vite emits every file as an asset and hands us its URL
 * (`?url`), so the built site works from any static server under any sub-path.
 *
 * `data/layers/` is written by `npm run build:data`. Until it exists, the app falls back to a
 * small hand-made sample (tests/e2e/fixtures/sample-layers) and says so on screen.
 */
import type { ArticleRecord, LayerCollection } from '../../geo/types.ts';
import type { LayerKey } from './layers.ts';

type Urls = Record<string, string>;
const glob = {
  real: import.meta.glob('../../data/layers/*.{geojson,json}', { query: '?url&no-inline', import: 'default', eager: true }) as Urls,
  sample: import.meta.glob('../../tests/e2e/fixtures/sample-layers/*.{geojson,json}', {
    query: '?url&no-inline',
    import: 'default',
    eager: true,
  }) as Urls,
};

const FILES = {
  incident: 'incidents.geojson',
  jurisdiction: 'jurisdictions.geojson',
  territory: 'territories.geojson',
  articles: 'articles.json',
} as const;

/** Looks a file name up in one glob result (keys are relative paths). */
function urlOf(urls: Urls, file: string): string | undefined {
  const key = Object.keys(urls).find((k) => k.endsWith(`/${file}`));
  return key ? urls[key] : undefined;
}

const realComplete = Object.values(FILES).every((f) => urlOf(glob.real, f));

/** True when the app runs on the hand-made sample, not on pipeline output. */
export const USING_SAMPLE = !realComplete;

const chosen = realComplete ? glob.real : glob.sample;

/** Everything the map and panels read. */
export interface AppData {
  layers: Record<LayerKey, LayerCollection>;
  articles: ArticleRecord[];
}

async function getJson<T>(file: string): Promise<T> {
  const url = urlOf(chosen, file);
  if (!url) throw new Error(`data file missing from the build: ${file}`);
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
