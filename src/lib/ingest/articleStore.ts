/**
 * The reader's own articles, kept in this browser's IndexedDB (through `idb`): each article with
 * its geoparse result, written in one transaction, so a reload in the middle of an ingest leaves
 * the store as it was before the article being added. The layers built from them are cached
 * beside, tagged with the article ids they were built from (a stale cache is never used).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OrphanedCorrection } from '../../../geo/annotations/applyCorrections.ts';
import type { Layers } from '../../../geo/layers/buildLayers.ts';
import type { Article, GeoparseResult } from '../../../geo/types.ts';

/** One added article as stored. */
export interface StoredArticle {
  id: string;
  article: Article;
  result: GeoparseResult;
  /** When it was added (ms since the epoch): the list's order. */
  addedAt: number;
}

/**
 * The layers built from the stored articles, what they were built from (the article ids and
 * the ids of the corrections applied, sorted), and the corrections that could not be applied.
 */
interface LayerCache {
  key: 'layers';
  ids: string[];
  layers: Layers;
  orphaned?: OrphanedCorrection[];
}

interface PlazaDb extends DBSchema {
  articles: { key: string; value: StoredArticle };
  cache: { key: string; value: LayerCache };
}

/** Database name; a test may open another. */
export const DB_NAME = 'plaza-articles';

/** The store of added articles. */
export class ArticleStore {
  #db: Promise<IDBPDatabase<PlazaDb>>;

  constructor(name = DB_NAME) {
    this.#db = openDB<PlazaDb>(name, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' });
        db.createObjectStore('cache', { keyPath: 'key' });
      },
    });
  }

  /** Every stored article, oldest first. */
  async all(): Promise<StoredArticle[]> {
    const rows = await (await this.#db).getAll('articles');
    return rows.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Stores one article and its result in one transaction (all or nothing). */
  async put(row: StoredArticle): Promise<void> {
    const tx = (await this.#db).transaction('articles', 'readwrite');
    await Promise.all([tx.store.put(row), tx.done]);
  }

  /** Stores a new version of an article in place of the old one (another id), in one transaction. */
  async replace(oldId: string, row: StoredArticle): Promise<void> {
    const tx = (await this.#db).transaction(['articles', 'cache'], 'readwrite');
    await Promise.all([tx.objectStore('articles').delete(oldId), tx.objectStore('articles').put(row), tx.objectStore('cache').delete('layers'), tx.done]);
  }

  /** Removes an article and the cached layers in one transaction. */
  async remove(id: string): Promise<void> {
    const tx = (await this.#db).transaction(['articles', 'cache'], 'readwrite');
    await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('cache').delete('layers'), tx.done]);
  }

  /** The cached layers (and orphaned corrections) if they were built from exactly these ids, else null. */
  async cachedLayers(ids: readonly string[]): Promise<{ layers: Layers; orphaned: OrphanedCorrection[] } | null> {
    const c = await (await this.#db).get('cache', 'layers');
    const want = [...ids].sort();
    if (!c || c.ids.length !== want.length || c.ids.some((id, i) => id !== want[i])) return null;
    return { layers: c.layers, orphaned: c.orphaned ?? [] };
  }

  /** Caches the layers built from these ids (articles' and corrections'). */
  async saveLayers(ids: readonly string[], layers: Layers, orphaned: OrphanedCorrection[] = []): Promise<void> {
    await (await this.#db).put('cache', { key: 'layers', ids: [...ids].sort(), layers, orphaned });
  }
}
