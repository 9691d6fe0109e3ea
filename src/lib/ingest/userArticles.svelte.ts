/**
 * The reader's own articles: reads what the dialog or a drop gives, geoparses each article in
 * the geoparser worker (its gazetteer loads on the first article), stores it, and rebuilds the
 * added layers with the same `buildLayers` as `npm run build:data` (in the worker). One job at a
 * time, in order. `document.documentElement.dataset.ingest` is "busy" while anything runs,
 * "idle" otherwise.
 */
import type { OrphanedCorrection } from '../../../geo/annotations/applyCorrections.ts';
import type { CorrectionAnnotation } from '../../../geo/annotations/model.ts';
import type { Layers } from '../../../geo/layers/buildLayers.ts';
import { formatNotice, SourceError } from '../../../geo/ingest/decode.ts';
import { articlesToJsonl } from '../../../geo/ingest/articlesJsonl.ts';
import type { Article } from '../../../geo/types.ts';
import type { GeoparserClient } from '../geoparser/geoparserClient.ts';
import { ArticleStore, type StoredArticle } from './articleStore.ts';
import { articleFromPaste, articlesFromFile, asUserArticle, checkSize, isHtmlName, type PastedArticle } from './readInput.ts';

/** One file (or the pasted text) on its way to the map. */
export interface IngestItem {
  key: number;
  name: string;
  /** 0..1 */
  progress: number;
  phase: 'queued' | 'reading' | 'loading gazetteer' | 'geoparsing' | 'saving' | 'done' | 'failed';
}

type Job = { name: string; read: () => Promise<Article[]> };

/** Rebuild the map at most this often during a long batch (ms). */
const REBUILD_EVERY_MS = 1500;

export class UserArticles {
  /** Stored articles, oldest first. */
  stored = $state.raw<StoredArticle[]>([]);
  /** The current batch's files. */
  items = $state<IngestItem[]>([]);
  /** Messages for files that could not be added, each naming the file. */
  problems = $state<string[]>([]);
  /** What was fixed on the way (BOM, CRLF, invisible characters…), each naming the file and place. */
  notes = $state<string[]>([]);
  /** What the last batch did, for the status line. */
  status = $state('');
  busy = $state(false);
  /** The reader's corrections of these articles that could not be applied. */
  orphaned = $state.raw<OrphanedCorrection[]>([]);
  /** The corrections that target the given articles (set by the page; none by default). */
  corrections: (ids: ReadonlySet<string>) => CorrectionAnnotation[] = () => [];
  /**
   * Called when an added article is a new version of a stored one (same source and title, other
   * text: an edit), before the layers are rebuilt; resolves with how many corrections moved over.
   */
  onReplaced: (oldId: string, newId: string) => Promise<number> = async () => 0;

  #store: ArticleStore;
  #geoparser: () => GeoparserClient;
  #onLayers: (layers: Layers | null) => void;
  #queue: Array<Job & { item: IngestItem }> = [];
  #nextKey = 1;
  #running = false;
  #current: IngestItem | null = null;

  constructor(geoparser: () => GeoparserClient, onLayers: (layers: Layers | null) => void, store = new ArticleStore()) {
    this.#geoparser = geoparser;
    this.#onLayers = onLayers;
    this.#store = store;
    this.#setBusy(false);
  }

  /** Loads the stored articles and their layers (rebuilding them only when the cache is stale). */
  async restore(): Promise<void> {
    this.#setBusy(true);
    try {
      this.stored = await this.#store.all();
      if (this.stored.length) await this.#rebuild({ preferCache: true });
    } catch (err) {
      this.problems = [...this.problems, `Could not read your stored articles: ${messageOf(err)}`];
    } finally {
      this.#setBusy(this.#running);
    }
  }

  /** Queues the pasted article. */
  addPaste(p: PastedArticle): void {
    this.#enqueue({ name: p.title?.trim() || 'Pasted text', read: async () => [articleFromPaste(p)] });
  }

  /** Queues files (from the file input or a drop). */
  addFiles(files: Iterable<File>): void {
    for (const file of files) {
      this.#enqueue({
        name: file.name,
        read: async () => {
          checkSize(file.name, file.size);
          const bytes = new Uint8Array(await file.arrayBuffer());
          if (isHtmlName(file.name)) {
            return articlesFromFile(file.name, bytes, parseHtml, (n) => {
              this.notes = [...this.notes, formatNotice(n)];
            });
          }
          // Text, Markdown and exports are read in the worker: a long file does not hold up the page.
          const { articles, notices } = await this.#geoparser().read(file.name, bytes);
          if (notices.length) this.notes = [...this.notes, ...notices];
          return articles.map((a) => asUserArticle(a, file.name));
        },
      });
    }
  }

  /** Rebuilds the layers (the corrections changed); the cache answers when nothing did. */
  async refresh(): Promise<void> {
    await this.#rebuild({ preferCache: true });
  }

  /** Removes one stored article and its places. */
  async remove(id: string): Promise<void> {
    const row = this.stored.find((r) => r.id === id);
    this.#setBusy(true);
    try {
      await this.#store.remove(id);
      this.stored = this.stored.filter((r) => r.id !== id);
      await this.#rebuild({ preferCache: false });
      this.status = `Removed “${row?.article.title ?? id}”.`;
    } catch (err) {
      this.problems = [...this.problems, `Could not remove ${row?.article.title ?? id}: ${messageOf(err)}`];
    } finally {
      this.#setBusy(this.#running);
    }
  }

  /** The stored articles in the export format (`.jsonl`, one article per line). */
  exportJsonl(): string {
    return articlesToJsonl(this.stored.map((r) => r.article));
  }

  /** Overall progress of the current batch, 0..1. */
  overall(): number {
    if (this.items.length === 0) return 0;
    return this.items.reduce((s, i) => s + (i.phase === 'failed' ? 1 : i.progress), 0) / this.items.length;
  }

  #enqueue(job: Job): void {
    if (!this.#running && this.#queue.length === 0) {
      // A new batch: forget the finished one's rows and messages.
      this.items = [];
      this.problems = [];
      this.notes = [];
    }
    this.items.push({ key: this.#nextKey++, name: job.name, progress: 0, phase: 'queued' });
    const item = this.items[this.items.length - 1];
    this.#queue.push({ ...job, item });
    void this.#run();
  }

  async #run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    this.#setBusy(true);
    const client = this.#geoparser();
    const stop = client.onProgress((p) => {
      const item = this.#current;
      if (!item || p.stage !== 'download') return;
      item.phase = 'loading gazetteer';
      item.progress = 0.1 + 0.5 * (p.total ? Math.min(1, p.loaded / p.total) : 0.5);
    });
    let added = 0;
    let failed = 0;
    let lastRebuild = performance.now();
    try {
      for (let job = this.#queue.shift(); job; job = this.#queue.shift()) {
        const { item } = job;
        this.#current = item;
        try {
          item.phase = 'reading';
          item.progress = 0.05;
          const articles = await job.read();
          for (const [i, article] of articles.entries()) {
            item.phase = 'geoparsing';
            const out = await client.geoparse(article.text, { date: article.date });
            item.phase = 'saving';
            const row: StoredArticle = {
              id: article.id,
              article,
              result: { id: article.id, mentions: out.mentions, unresolved: out.unresolved },
              addedAt: Date.now(),
            };
            // The same source and title with other text is an edit: the new version takes the old one's place.
            const prev = this.stored.find((r) => r.id !== row.id && r.article.source === article.source && r.article.title === article.title);
            if (prev) {
              await this.#store.replace(prev.id, row);
              const moved = await this.onReplaced(prev.id, row.id);
              this.notes = [...this.notes, `${job.name}: “${article.title}” replaces its earlier version${moved ? `; ${moved} correction${moved === 1 ? '' : 's'} carried over` : ''}.`];
            } else {
              await this.#store.put(row);
            }
            this.stored = [...this.stored.filter((r) => r.id !== row.id && r.id !== prev?.id), row];
            item.progress = 0.6 + (0.35 * (i + 1)) / articles.length;
            added++;
          }
          item.phase = 'done';
          item.progress = 1;
        } catch (err) {
          failed++;
          item.phase = 'failed';
          this.problems = [...this.problems, problemOf(job.name, err)];
        }
        if (added && this.#queue.length && performance.now() - lastRebuild > REBUILD_EVERY_MS) {
          await this.#rebuild({ preferCache: false });
          lastRebuild = performance.now();
        }
      }
      if (added) await this.#rebuild({ preferCache: false });
    } catch (err) {
      this.problems = [...this.problems, `Could not draw your articles: ${messageOf(err)}`];
    } finally {
      stop();
      this.#current = null;
      this.#running = false;
      this.status = `Added ${added} article${added === 1 ? '' : 's'}${failed ? `; ${failed} file${failed === 1 ? '' : 's'} could not be added` : ''}.`;
      this.#setBusy(false);
    }
  }

  /**
   * Builds the added layers from the stored articles, with the reader's corrections of them
   * applied, and hands them to the page. The cache is keyed by the article ids and the ids of the
   * corrections applied (a stale cache is never used).
   */
  async #rebuild({ preferCache }: { preferCache: boolean }): Promise<void> {
    const rows = this.stored;
    if (rows.length === 0) {
      this.orphaned = [];
      this.#onLayers(null);
      return;
    }
    const ids = rows.map((r) => r.id);
    const corrections = this.corrections(new Set(ids));
    const key = [...ids, ...corrections.map((c) => `correction ${c.id}`)];
    let cached = preferCache ? await this.#store.cachedLayers(key) : null;
    let layers = cached?.layers ?? null;
    let orphaned = cached?.orphaned ?? [];
    if (!layers) {
      const articles = rows.map((r) => r.article);
      const results = rows.map((r) => r.result);
      if (corrections.length) {
        const out = await this.#geoparser().correctedLayers(articles, results, corrections);
        layers = out.layers;
        orphaned = out.orphaned;
      } else {
        layers = await this.#geoparser().layers(articles, results);
        orphaned = [];
      }
      await this.#store.saveLayers(key, layers, orphaned);
    }
    // The stored set may have changed while the worker built: only the latest build is shown.
    if (this.stored === rows) {
      this.orphaned = orphaned;
      this.#onLayers(layers);
    }
  }

  #setBusy(on: boolean): void {
    this.busy = on;
    document.documentElement.dataset.ingest = on ? 'busy' : 'idle';
  }
}

/**
 * An inert document: `DOMParser` runs no script and loads no image, style or link
 * (`readArticleFile` renames event-handler attributes first, so none is even checked against the CSP).
 */
function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** "name: what" (a SourceError, also one read in the worker, already names its file, line and column). */
function problemOf(name: string, err: unknown): string {
  if (err instanceof SourceError) return err.message;
  const message = messageOf(err);
  return message.startsWith(`${name}:`) ? message : `${name}: ${message}`;
}
