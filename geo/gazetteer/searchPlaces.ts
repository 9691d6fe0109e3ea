/**
 * Search over the gazetteer for "Choose another place" (issue 11): the article's other places
 * first, then places named exactly as typed, then names that start with it, then names with a
 * word that starts with it ("juarez" → "Ciudad Juárez"). Pure: runs in Node and in the worker.
 */
import { codePointOrder } from '../codePointOrder.ts';
import { distanceKm } from '../distance.ts';
import { foldName } from '../fold.ts';
import type { Place } from '../types.ts';
import type { PlaceGazetteer } from './placeGazetteer.ts';
import type { PlaceRow } from './placeRow.ts';

/** One place offered to the reader, with where it is. */
export interface PlaceChoice {
  id: string;
  name: string;
  featureType: string;
  kind?: string;
  /** The country's name. */
  country: string | null;
  /** The first-level division's name (null for a country or a first-level division itself). */
  admin1: string | null;
  lat: number;
  lon: number;
  /** Kilometres from `near` (one decimal), null without it. */
  distanceKm: number | null;
  /** One of the article's other places (`first`). */
  inArticle: boolean;
}

/** Options of a search. */
export interface PlaceSearchOptions {
  /** Rank exact and prefix matches nearest this point first (the mention's place). */
  near?: { lat: number; lon: number } | null;
  /** Ids of the article's other places: listed first when they match (all of them for an empty query). */
  first?: readonly string[];
  /** Most choices returned (default 20). */
  limit?: number;
}

/** Default number of choices. */
const LIMIT = 20;
/** Name keys read per prefix search at most (a one-letter prefix matches tens of thousands). */
const MAX_PREFIX_KEYS = 4000;
/** Name keys scanned for a word inside a name only when the query is at least this long. */
const MIN_WORD_QUERY = 3;
/** Larger places first on equal distance and population: countries, states, cities, the rest. */
const KIND_RANK: Record<string, number> = { country: 0, admin1: 1, city: 2, admin2: 3, district: 4, court: 5, airport: 6, facility: 7, region: 8 };

/**
 * A search function over `g`. The sorted name keys it needs for prefix and word matches are
 * built on the first such search and kept.
 *
 * @example placeSearch(gazetteer)('juarez', { near: { lat: 31.76, lon: -106.49 } })[0] // { name: 'Ciudad Juárez', country: 'Mexico', admin1: 'Chihuahua', … }
 */
export function placeSearch(g: PlaceGazetteer): (query: string, opts?: PlaceSearchOptions) => PlaceChoice[] {
  let sorted: string[] | null = null;
  const keys = () => (sorted ??= sortedKeys(g));

  return (query, opts = {}) => {
    const key = foldName(query);
    const limit = Math.max(0, Math.floor(opts.limit ?? LIMIT));
    const near = opts.near ?? null;
    const out: PlaceChoice[] = [];
    const seen = new Set<string>();
    const take = (places: Iterable<PlaceRow>, inArticle: boolean) => {
      for (const p of places) {
        if (out.length >= limit) return;
        if (seen.has(p.id)) continue;
        seen.add(p.id);
        out.push(choiceOf(g, p, near, inArticle));
      }
    };
    const ranked = (places: PlaceRow[]) => places.sort(byRank(near));

    // 1. The article's other places, in the order given, when a name of theirs matches.
    const mine: PlaceRow[] = [];
    for (const id of opts.first ?? []) {
      const p = g.get(id);
      if (p && (key === '' || namesOf(p).some((n) => n.startsWith(key) || n.includes(` ${key}`)))) mine.push(p);
    }
    take(mine, true);
    if (key === '' || out.length >= limit) return out;

    // 2. Exact names.
    take(ranked([...g.lookup(key)]), false);
    if (out.length >= limit) return out;

    // 3. Names that start with the query (binary search in the sorted keys).
    const all = keys();
    const prefixed: PlaceRow[] = [];
    let read = 0;
    for (let i = lowerBound(all, key); i < all.length && all[i]!.startsWith(key) && read < MAX_PREFIX_KEYS; i++, read++) {
      if (all[i] !== key) prefixed.push(...g.lookup(all[i]!));
    }
    take(ranked(unique(prefixed)), false);
    if (out.length >= limit || key.length < MIN_WORD_QUERY) return out;

    // 4. A word inside a name starts with the query: one pass over the keys (a few ms).
    const inside: PlaceRow[] = [];
    const word = ` ${key}`;
    for (const k of all) if (k.includes(word)) inside.push(...g.lookup(k));
    take(ranked(unique(inside)), false);
    return out;
  };
}

/** Every name key, sorted by code unit (the order `<` compares in, for the binary search). */
function sortedKeys(g: PlaceGazetteer & { nameKeys?: () => Iterable<string> }): string[] {
  const keys: string[] = [];
  // The binary gazetteer lists its keys without making every place (`entries()` would: ~2 s, and
  // every place kept in memory); the TSV gazetteer's `entries()` is a map's and cheap.
  if (g.nameKeys) for (const k of g.nameKeys()) keys.push(k);
  else for (const [k] of g.entries()) keys.push(k);
  // The default sort compares UTF-16 code units, as `<` does (codePointOrder's order), and faster.
  return keys.sort();
}

/** First index whose key is not below `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each place once, first occurrence kept. */
function unique(places: PlaceRow[]): PlaceRow[] {
  const ids = new Set<string>();
  return places.filter((p) => !ids.has(p.id) && !!ids.add(p.id));
}

/** A place's folded names: its name and alternate names. */
function namesOf(p: PlaceRow): string[] {
  return [p.name, ...p.names].map(foldName);
}

/**
 * Namesakes within this distance of `near` are the nearby ones, listed nearest first; beyond it,
 * distance says little (Guadalajara in Spain is not a likelier choice than Guadalajara in
 * Jalisco for a mention in Texas because it is 200 km nearer), so the larger place comes first.
 */
export const NEARBY_KM = 300;

/** Namesakes near `near` first, nearest first; the rest most populous first; then larger kinds, then by id. */
function byRank(near: { lat: number; lon: number } | null): (a: Place, b: Place) => number {
  const d = new Map<string, number>();
  const dist = (p: Place) => {
    let v = d.get(p.id);
    if (v === undefined) d.set(p.id, (v = near ? distanceKm(near.lat, near.lon, p.lat, p.lon) : 0));
    return v;
  };
  return (a, b) => {
    const da = dist(a);
    const db = dist(b);
    const nearA = da <= NEARBY_KM;
    const nearB = db <= NEARBY_KM;
    if (nearA !== nearB) return nearA ? -1 : 1;
    return (nearA ? da - db : 0) || b.population - a.population || da - db || (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) || codePointOrder(a.id, b.id);
  };
}

function choiceOf(g: PlaceGazetteer, p: PlaceRow, near: { lat: number; lon: number } | null, inArticle: boolean): PlaceChoice {
  const country = g.countryOf(p);
  const admin1 = g.admin1Of(p);
  return {
    id: p.id,
    name: p.name,
    featureType: p.featureType,
    kind: p.kind,
    country: country?.name ?? null,
    admin1: admin1 && admin1.id !== p.id ? admin1.name : null,
    lat: p.lat,
    lon: p.lon,
    distanceKm: near ? Math.round(distanceKm(near.lat, near.lon, p.lat, p.lon) * 10) / 10 : null,
    inArticle,
  };
}
