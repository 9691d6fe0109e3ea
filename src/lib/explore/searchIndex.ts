/**
 * The explorer's search (issue 12, point 3): one MiniSearch index, built once, over places
 * (name, group, actors, kind, "state, country"), actors (each canonical name once, with the
 * number of places it acts at) and the sentences of the articles, with prefix and fuzzy (0.2)
 * matching and accents folded ("juarez" finds "Ciudad Juárez"). Results come ranked; ties are
 * broken by kind, label and position so equal input gives equal output.
 */
import MiniSearch from 'minisearch';
import type { ArticleRecord, LayerFeature } from '../../../geo/types.ts';
import { foldName } from '../../../geo/fold.ts';
import { sentences } from '../../../geo/sentences.ts';

/** A place to find: a map feature's id and the words it is found by. */
export interface SearchPlace {
  /** The feature's `properties.id`. */
  id: string;
  name: string;
  layer?: string;
  group?: string;
  actors?: readonly string[];
  kind?: string;
  /** "Sonora, Mexico" (state and country), when known. */
  where?: string;
}

/** An article to search the sentences of. */
export interface SearchArticle {
  id: string;
  title: string;
  text: string;
}

/** What the index is built over. */
export interface SearchDocs {
  places: readonly SearchPlace[];
  articles: readonly SearchArticle[];
}

/** A ranked result: what to show (`label`, `detail`) and what choosing it selects (`ref`). */
export type SearchResult =
  | { kind: 'place'; label: string; detail: string; ref: { id: string } }
  | { kind: 'actor'; label: string; detail: string; ref: { actor: string; count: number } }
  | { kind: 'sentence'; label: string; detail: string; ref: { articleId: string; start: number; end: number } };

/** A built index: `search(q, limit)` returns the best `limit` results, best first. */
export interface SearchIndex {
  search(q: string, limit?: number): SearchResult[];
  /** Number of places, actors and sentences indexed. */
  readonly size: number;
}

interface Entry {
  result: SearchResult;
  /** The words besides the label that find it. */
  extra: string;
}

/** Longest sentence label shown; the sentence is still found by all its words. */
const LABEL_CHARS = 160;
const KIND_ORDER = { actor: 0, place: 1, sentence: 2 } as const;
const KIND_BOOST = { actor: 2, place: 1.5, sentence: 1 } as const;

/**
 * Builds the index once over places, their actors and the articles' sentences.
 *
 * @example buildSearchIndex({ places: [{ id: 'incident:1', name: 'Culiacán', where: 'Sinaloa, Mexico' }], articles: [] }).search('culiacan')[0].label // 'Culiacán'
 */
export function buildSearchIndex(docs: SearchDocs): SearchIndex {
  const entries: Entry[] = [];
  const actorCount = new Map<string, number>();
  for (const p of docs.places) {
    const words = new Set<string>([...(p.actors ?? []), ...(p.group ? [p.group] : [])]);
    for (const a of words) actorCount.set(a, (actorCount.get(a) ?? 0) + 1);
    const detail = [p.where, p.kind ?? p.layer, p.group].filter(Boolean).join(' · ');
    entries.push({
      result: { kind: 'place', label: p.name, detail, ref: { id: p.id } },
      extra: [p.group, ...(p.actors ?? []), p.kind, p.where].filter(Boolean).join(' '),
    });
  }
  for (const [actor, count] of [...actorCount].sort((a, b) => compare(a[0], b[0]))) {
    const detail = `${count} ${count === 1 ? 'place' : 'places'}`;
    entries.push({ result: { kind: 'actor', label: actor, detail, ref: { actor, count } }, extra: '' });
  }
  for (const a of docs.articles) {
    for (const s of sentences(a.text)) {
      const text = a.text.slice(s.start, s.end);
      const label = text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text;
      entries.push({
        result: { kind: 'sentence', label, detail: a.title, ref: { articleId: a.id, start: s.start, end: s.end } },
        extra: text.length > LABEL_CHARS ? text.slice(LABEL_CHARS - 1) : '',
      });
    }
  }
  const mini = new MiniSearch<number>({
    fields: ['label', 'extra'],
    idField: 'id',
    extractField: (i, field) => (field === 'id' ? i : field === 'label' ? entries[i].result.label : entries[i].extra),
    processTerm: foldTerm,
    searchOptions: { processTerm: foldTerm },
  });
  mini.addAll(entries.map((_, i) => i));
  return {
    size: entries.length,
    search(q: string, limit = 10): SearchResult[] {
      if (!q.trim()) return [];
      const options = {
        // Prefix for the word being typed (the last), fuzzy for words long enough to misspell:
        // a one-letter prefix or a 0-edit "fuzzy" term only costs time at 100,000 places.
        prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 2,
        fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
        boost: { label: 2 },
        boostDocument: (i: number) => KIND_BOOST[entries[i].result.kind],
      };
      let hits = mini.search(q, { ...options, combineWith: 'AND' });
      // Every word is wanted first; when no entry has them all, any of them will do.
      if (hits.length === 0) hits = mini.search(q, { ...options, combineWith: 'OR' });
      // MiniSearch ranks by score; only the ties at the cut need the stable order.
      let cut = Math.min(limit, hits.length);
      while (cut > 0 && cut < hits.length && hits[cut].score === hits[cut - 1].score) cut++;
      const best = hits.slice(0, cut).sort((a, b) => b.score - a.score || rank(entries[a.id], entries[b.id]) || a.id - b.id);
      return best.slice(0, limit).map((h) => entries[h.id].result);
    },
  };
}

/**
 * The search documents of the map's features and the articles (a feature's `where`, if the data
 * has it, tells two "Nogales" apart).
 *
 * @example searchDocsOf(incidents.features, articles.values())
 */
export function searchDocsOf(features: Iterable<LayerFeature>, articles: Iterable<ArticleRecord>): SearchDocs {
  const places: SearchPlace[] = [];
  for (const f of features) {
    const p = f.properties;
    const where = (p as { where?: unknown }).where;
    places.push({
      id: p.id,
      name: p.name,
      layer: p.layer,
      group: p.group,
      actors: p.actors,
      kind: p.kind,
      where: typeof where === 'string' && where ? where : undefined,
    });
  }
  return { places, articles: [...articles].map((a) => ({ id: a.id, title: a.title, text: a.text })) };
}

function foldTerm(term: string): string | null {
  const folded = foldName(term);
  return folded ? folded : null;
}

function rank(a: Entry, b: Entry): number {
  return KIND_ORDER[a.result.kind] - KIND_ORDER[b.result.kind] || compare(a.result.label, b.result.label);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
