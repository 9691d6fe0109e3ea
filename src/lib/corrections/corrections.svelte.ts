/**
 * The reader's corrections in the page: made from the panel and the reader, kept in IndexedDB
 * as W3C Web Annotations, undone one by one or with Ctrl+Z, exported and imported as JSON-LD.
 * Each change re-applies them: the shipped articles' layers are rebuilt in the geoparser worker
 * from `articles.json` + `mentions.json` with the corrections applied (the same
 * `applyCorrections` + `buildLayers` as `build:data -- --corrections`), and the reader's own
 * articles through `UserArticles`. `document.documentElement.dataset.corrections` is "busy"
 * while that runs, "idle" otherwise.
 */
import { getContext, setContext } from 'svelte';
import {
  correctionFor,
  parseCorrections,
  stringifyCorrections,
  type CorrectionAnnotation,
  type CorrectionChange,
} from '../../../geo/annotations/model.ts';
import type { OrphanedCorrection } from '../../../geo/annotations/applyCorrections.ts';
import type { Layers } from '../../../geo/layers/buildLayers.ts';
import type { Article, GeoparseResult } from '../../../geo/types.ts';
import type { GeoparserClient } from '../geoparser/geoparserClient.ts';
import { byCreated, CorrectionStore } from './correctionStore.ts';

/** The shipped articles as the layer builder takes them, loaded on first need. */
export type ShippedSource = () => Promise<{ articles: Article[]; results: GeoparseResult[] }>;

/** A correction that does not act on the map, and why (one whose article is not loaded here too). */
export type PageOrphan = Omit<OrphanedCorrection, 'reason'> & { reason: OrphanedCorrection['reason'] | 'article not loaded' };

/**
 * Every correction that does not act on the map: those the builds orphaned, and those whose
 * article is not loaded in this page (e.g. imported from a colleague who added other articles).
 */
export function orphansOf(list: readonly CorrectionAnnotation[], built: readonly OrphanedCorrection[], loaded: ReadonlySet<string>): PageOrphan[] {
  const missing = list
    .filter((a) => !loaded.has(a.target.source))
    .map((a): PageOrphan => ({ at: 'stored', id: a.id, article: a.target.source, quote: quoteOf(a), reason: 'article not loaded' }));
  return [...built, ...missing];
}

/** Where the corrections go once applied. */
export interface CorrectionsTarget {
  /** Ids of the shipped articles (their corrections rebuild the shipped layers). */
  shippedIds(): ReadonlySet<string>;
  /** The shipped layers with the corrections applied, or null for the layers as shipped. */
  setShipped(layers: Layers | null): void;
  /** Rebuilds the reader's own articles' layers (they read `forArticles` and keep their own orphans). */
  refreshUser(): Promise<void>;
}

const CREATOR_KEY = 'plaza-creator';

/** How a correction reads in a list ("Not a place", "Layer → Jurisdiction"…). */
export function describeChange(body: CorrectionChange, placeName?: (id: string) => string | undefined): string {
  switch (body.change) {
    case 'confirm':
      return 'Confirmed';
    case 'not-a-place':
      return 'Not a place';
    case 'change-layer':
      return `Layer → ${LAYER_WORD[body.layer]}`;
    case 'choose-place':
      return `Place → ${placeName?.(body.placeId) ?? body.placeId}`;
    case 'move':
      return `Moved to ${body.lat.toFixed(4)}, ${body.lon.toFixed(4)}`;
    case 'add-place':
      return `Added ${placeName?.(body.placeId) ?? body.placeId}${body.layer ? ` (${LAYER_WORD[body.layer]})` : ''}`;
  }
}

/** The names the "Change layer" choices carry (an accessible-name contract). */
export const LAYER_WORD = { incident: 'Incident', jurisdiction: 'Jurisdiction', territory: 'Territory claim', other: 'Other' } as const;

export class Corrections {
  /** Every correction, oldest first. */
  list = $state.raw<CorrectionAnnotation[]>([]);
  /** Corrections of shipped articles that could not be applied, each with its quote. */
  orphaned = $state.raw<OrphanedCorrection[]>([]);
  /** What the last action did. */
  status = $state('');
  /** `file:line:col: what` for each bad part of the last import, and storage failures. */
  problems = $state<string[]>([]);
  busy = $state(false);
  /** Who the corrections are credited to (kept in this browser). */
  creator = $state('reader');

  #store: CorrectionStore;
  #geoparser: () => GeoparserClient;
  #shipped: ShippedSource;
  #target: CorrectionsTarget | null = null;
  /** Ids made in this page, newest last: what Ctrl+Z undoes. */
  #undo: string[] = [];
  #applying: Promise<void> | null = null;
  #again = false;
  #lastCreated = '';

  constructor(geoparser: () => GeoparserClient, shipped: ShippedSource, store = new CorrectionStore()) {
    this.#geoparser = geoparser;
    this.#shipped = shipped;
    this.#store = store;
    try {
      this.creator = localStorage.getItem(CREATOR_KEY) || 'reader';
    } catch {
      // storage blocked: keep the default
    }
    this.#setBusy(false);
  }

  /** Sets who the next corrections are credited to. */
  setCreator(name: string): void {
    this.creator = name.trim() || 'reader';
    try {
      localStorage.setItem(CREATOR_KEY, this.creator);
    } catch {
      // not kept across reloads; still used now
    }
  }

  /** Reads the stored corrections (before the reader's own articles are rebuilt with them). */
  async load(): Promise<void> {
    try {
      this.list = await this.#store.all();
    } catch (err) {
      this.problems = [...this.problems, `Could not read your stored corrections: ${messageOf(err)}`];
    }
  }

  /** Applies the corrections to `target` from now on, starting now. */
  async attach(target: CorrectionsTarget): Promise<void> {
    this.#target = target;
    await this.apply();
  }

  /** The corrections that target these articles (the reader's own, for their rebuild). */
  forArticles(ids: ReadonlySet<string>): CorrectionAnnotation[] {
    return this.list.filter((a) => ids.has(a.target.source));
  }

  /** Records a correction of `span` in `article` and applies it. */
  async add(article: { id: string; text: string }, span: { start: number; end: number }, body: CorrectionChange): Promise<CorrectionAnnotation> {
    const a = correctionFor(article, span, body, this.creator, this.#now());
    this.list = [...this.list, a].sort(byCreated);
    this.#undo.push(a.id);
    try {
      await this.#store.put([a]);
    } catch (err) {
      this.problems = [...this.problems, `Could not store the correction (it applies until you reload): ${messageOf(err)}`];
    }
    await this.apply();
    return a;
  }

  /**
   * Points the corrections of an article at its new version (an edited article gets a new id);
   * they re-anchor in its new text by their quotes when the layers are rebuilt.
   */
  async retarget(oldId: string, newId: string): Promise<number> {
    const moved = this.list.filter((a) => a.target.source === oldId).map((a) => ({ ...a, target: { ...a.target, source: newId } }));
    if (moved.length === 0) return 0;
    const ids = new Set(moved.map((a) => a.id));
    this.list = [...this.list.filter((a) => !ids.has(a.id)), ...moved].sort(byCreated);
    try {
      await this.#store.put(moved);
    } catch (err) {
      this.problems = [...this.problems, `Could not store the corrections moved to the new version: ${messageOf(err)}`];
    }
    return moved.length;
  }

  /** Takes one correction back. */
  async undo(id: string): Promise<boolean> {
    if (!this.list.some((a) => a.id === id)) return false;
    this.list = this.list.filter((a) => a.id !== id);
    this.#undo = this.#undo.filter((x) => x !== id);
    try {
      await this.#store.remove(id);
    } catch (err) {
      this.problems = [...this.problems, `Could not remove the stored correction: ${messageOf(err)}`];
    }
    await this.apply();
    return true;
  }

  /** Undoes the last correction made in this page (Ctrl+Z); null when there is none. */
  async undoLast(): Promise<CorrectionAnnotation | null> {
    while (this.#undo.length) {
      const id = this.#undo[this.#undo.length - 1];
      const a = this.list.find((x) => x.id === id);
      if (a && (await this.undo(id))) return a;
      this.#undo.pop();
    }
    return null;
  }

  /** The corrections as a JSON-LD `AnnotationCollection` ("Export corrections"). */
  exportJsonld(): string {
    return stringifyCorrections(this.list);
  }

  /**
   * Reads an exported file ("Import corrections"): the good annotations are stored and applied
   * (one with an id already here replaces it); each bad part is reported as `file:line:col: what`.
   */
  async importText(name: string, text: string): Promise<{ imported: number; errors: string[] }> {
    const { corrections, errors } = parseCorrections(name, text);
    const items = corrections.map((c) => c.annotation);
    this.problems = errors;
    if (items.length) {
      try {
        await this.#store.put(items);
      } catch (err) {
        this.problems = [...this.problems, `${name}: could not store the corrections: ${messageOf(err)}`];
      }
      const ids = new Set(items.map((a) => a.id));
      this.list = [...this.list.filter((a) => !ids.has(a.id)), ...items].sort(byCreated);
      await this.apply();
    }
    this.status = `Imported ${items.length} correction${items.length === 1 ? '' : 's'} from ${name}${errors.length ? `; ${errors.length} could not be read` : ''}.`;
    return { imported: items.length, errors };
  }

  /** Re-applies every correction (after a change here, or when articles are added or removed). */
  apply(): Promise<void> {
    if (this.#applying) {
      this.#again = true;
      return this.#applying;
    }
    this.#setBusy(true);
    this.#applying = (async () => {
      try {
        do {
          this.#again = false;
          await this.#applyOnce();
        } while (this.#again);
      } catch (err) {
        this.problems = [...this.problems, `Could not apply the corrections: ${messageOf(err)}`];
      } finally {
        this.#applying = null;
        this.#setBusy(false);
      }
    })();
    return this.#applying;
  }

  async #applyOnce(): Promise<void> {
    const target = this.#target;
    if (!target) return;
    const shippedIds = target.shippedIds();
    const shipped = this.list.filter((a) => shippedIds.has(a.target.source));
    let orphaned: OrphanedCorrection[] = [];
    if (shipped.length) {
      const { articles, results } = await this.#shipped();
      const out = await this.#geoparser().correctedLayers(articles, results, shipped);
      orphaned = out.orphaned;
      target.setShipped(out.layers);
    } else {
      target.setShipped(null);
    }
    this.orphaned = orphaned;
    await target.refreshUser();
  }

  /** A creation time after every earlier one made here (two clicks in one millisecond stay ordered). */
  #now(): string {
    let t = new Date().toISOString();
    if (t <= this.#lastCreated) t = new Date(Date.parse(this.#lastCreated) + 1).toISOString();
    this.#lastCreated = t;
    return t;
  }

  #setBusy(on: boolean): void {
    this.busy = on;
    document.documentElement.dataset.corrections = on ? 'busy' : 'idle';
  }
}

function quoteOf(a: CorrectionAnnotation): string {
  const q = (a.target.selector as unknown as Array<{ type: string; exact?: string }>).find((s) => s.type === 'TextQuoteSelector');
  return q?.exact ?? '';
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const KEY = Symbol('corrections');

/** Shares the page's corrections with descendants. */
export function provideCorrections(c: Corrections): Corrections {
  return setContext(KEY, c);
}

/** The corrections shared by `provideCorrections`. */
export function getCorrections(): Corrections {
  return getContext<Corrections>(KEY);
}
