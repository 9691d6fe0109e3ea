/**
 * The article's places as context for one of its names, as the resolver's second pass weighs
 * them: how much of the article lies in a candidate's country and first-level division, and
 * whether another place of the article lies near it. Every name is scored against the other
 * names' places, so the sums are kept once for the whole article, and leaving one name out
 * costs a walk over that name's own places, not a pass over the article; the nearness test
 * looks only at the places in the candidate's neighbourhood. The cost of scoring a candidate
 * thus does not grow with the article (issue 9, point 7).
 */
import { COUNTRY, LOCAL, REGION, type PlaceTable } from './placeTable.ts';
import { distanceWithinKm } from './support.ts';

/** The parts of a candidate's score its article gives; NaN where the part is absent. */
export interface ContextParts {
  country: number;
  admin1: number;
  near: number;
}

/** Weight of the article's countries (share of its other places in the candidate's country). */
const COUNTRY_WEIGHT = 2;
/** Weight of a first-level division that other places of the article lie in. */
const ADMIN1_WEIGHT = 2.5;
/** Bonus for lying near the article's other places, by distance. */
const NEAR = [
  { km: 50, bonus: 2 },
  { km: 200, bonus: 1 },
];
/** The widest NEAR: farther distances need not be exact. */
const NEAR_REACH_KM = 200;
/** How much weight of the story's places a state needs to be its setting (about two sure places). */
const SETTING_WEIGHT = 1.5;
/**
 * Up to this many anchors (far more than a news article names), sums are taken in the anchors'
 * order; beyond, from the article's totals.
 */
const ORDERED = 256;
/** Up to this many distinct nearby places, a list is read whole; beyond, a grid of one-degree cells. */
const LINEAR_NEAR = 48;

/**
 * The context of one article, from its anchors: each a place (numbered in the article's
 * {@link PlaceTable}) that a name (numbered: its key's number) reads as after pass 1, or that
 * the text implies, with pass 1's confidence in it.
 *
 * @example const c = new ArticleContext(places, 2); c.add(0, places.number(sinaloa), 0.98); c.score(places.number(culiacan), 1, parts)
 */
export class ArticleContext {
  readonly #places: PlaceTable;
  /** Sums of anchor weights in thousandths (so that leaving some out is exact): overall, by country, by first-level division. */
  #total = 0;
  readonly #countries: number[] = [];
  readonly #admin1s: number[] = [];
  /** Each key's anchors as a list: its first, and each anchor's next (-1 ends). */
  readonly #first: number[];
  readonly #next: number[] = [];
  readonly #anchorPlace: number[] = [];
  /** In thousandths (for the sums of long articles) and as given (for the ordered sums of short ones). */
  readonly #anchorWeight: number[] = [];
  readonly #anchorConfidence: number[] = [];
  readonly #anchorKey: number[] = [];
  /** What `#without` found: the weights of the anchors other than a key's, overall and in one country and one first-level division. */
  readonly #sum = { total: 0, country: 0, admin1: 0 };
  /** The distinct places near which candidates gain: place number, the key that put it there, whether another key did too. */
  readonly #localPlace: number[] = [];
  readonly #localKey: number[] = [];
  readonly #localShared: boolean[] = [];
  readonly #localOf = new Map<number, number>();
  #grid: Map<number, number[]> | null = null;
  /**
   * The ordered sums of `#without` for one key, kept while the resolver scores that key's
   * candidates (which mostly share countries and states): its total, and its sums by country
   * and by first-level division, each valid while its stamp is `#stamp`.
   */
  #memoKey = -1;
  #memoAnchors = -1;
  #memoTotal = 0;
  #stamp = 0;
  readonly #countrySum: number[] = [];
  readonly #countryStamp: number[] = [];
  readonly #admin1Sum: number[] = [];
  readonly #admin1Stamp: number[] = [];

  /** @param keys how many keys (names) the anchors are numbered by */
  constructor(places: PlaceTable, keys: number) {
    this.#places = places;
    this.#first = new Array<number>(keys).fill(-1);
  }

  /** Adds an anchor: key `key` reads as place `place` with confidence `weight` (0.5–1, in thousandths as `round` gives it). */
  add(key: number, place: number, weight: number): void {
    const t = this.#places;
    const w = Math.round(weight * 1000);
    const a = this.#anchorPlace.length;
    this.#anchorPlace.push(place);
    this.#anchorWeight.push(w);
    this.#anchorConfidence.push(weight);
    this.#anchorKey.push(key);
    this.#next.push(this.#first[key]!);
    this.#first[key] = a;
    this.#total += w;
    const c = t.country[place]!;
    if (c >= 0) this.#countries[c] = (this.#countries[c] ?? 0) + w;
    const d = t.admin1[place]!;
    if (d >= 0 && t.kind[place] !== COUNTRY) this.#admin1s[d] = (this.#admin1s[d] ?? 0) + w;
    if (t.kind[place] !== COUNTRY && t.kind[place] !== REGION) {
      const seen = this.#localOf.get(place);
      if (seen === undefined) {
        this.#localOf.set(place, this.#localPlace.length);
        this.#localPlace.push(place);
        this.#localKey.push(key);
        this.#localShared.push(false);
        this.#grid = null;
      } else if (this.#localKey[seen] !== key) this.#localShared[seen] = true;
    }
  }

  /**
   * Writes into `out` the parts of the score of place `p` that the article's anchors other than
   * those of key `key` give: the share of them in its country, the weight of those in its
   * first-level division, and a bonus when one lies within 50 or 200 km.
   */
  score(p: number, key: number, out: ContextParts): void {
    const t = this.#places;
    out.country = NaN;
    out.admin1 = NaN;
    out.near = NaN;
    const country = t.country[p]!;
    const admin1 = t.kind[p] !== COUNTRY ? t.admin1[p]! : -1;
    const sum = this.#without(key, country, admin1);
    if (sum.total > 0 && country >= 0) {
      const share = sum.country / sum.total;
      if (share > 0) out.country = round(COUNTRY_WEIGHT * share);
    }
    if (admin1 >= 0 && sum.admin1 > 0) out.admin1 = round(ADMIN1_WEIGHT * Math.min(1, sum.admin1));
    if (t.kind[p] === LOCAL) {
      const nearest = this.#nearest(t.lat[p]!, t.lon[p]!, key);
      for (const n of NEAR) {
        if (nearest <= n.km) {
          out.near = n.bonus;
          break;
        }
      }
    }
  }

  /**
   * The weights of the anchors other than key `key`'s: all of them, those in country `country`
   * and those in first-level division `admin1` (-1: none). In an article of up to ORDERED
   * anchors they are summed in the anchors' order, as floating-point sums of a reader going
   * through the story would be (the answers of earlier versions, to the last bit); in a longer
   * one the article's sums less the key's own, in exact thousandths, so that the cost does not
   * grow with the article.
   */
  #without(key: number, country: number, admin1: number): { total: number; country: number; admin1: number } {
    const t = this.#places;
    const sum = this.#sum;
    let total = 0;
    let inCountry = 0;
    let inAdmin1 = 0;
    const n = this.#anchorPlace.length;
    if (n <= ORDERED) {
      // Each sum is added up in the anchors' order on its own (the same additions, so the same
      // bits as one loop would give), once per key and country or first-level division.
      if (key !== this.#memoKey || n !== this.#memoAnchors) {
        this.#memoKey = key;
        this.#memoAnchors = n;
        this.#stamp++;
        for (let a = 0; a < n; a++) if (this.#anchorKey[a] !== key) total += this.#anchorConfidence[a]!;
        this.#memoTotal = total;
      }
      const stamp = this.#stamp;
      if (country >= 0 && this.#countryStamp[country] !== stamp) {
        for (let a = 0; a < n; a++) if (this.#anchorKey[a] !== key && t.country[this.#anchorPlace[a]!] === country) inCountry += this.#anchorConfidence[a]!;
        this.#countrySum[country] = inCountry;
        this.#countryStamp[country] = stamp;
      }
      if (admin1 >= 0 && this.#admin1Stamp[admin1] !== stamp) {
        for (let a = 0; a < n; a++) {
          const q = this.#anchorPlace[a]!;
          if (this.#anchorKey[a] !== key && t.admin1[q] === admin1 && t.kind[q] !== COUNTRY) inAdmin1 += this.#anchorConfidence[a]!;
        }
        this.#admin1Sum[admin1] = inAdmin1;
        this.#admin1Stamp[admin1] = stamp;
      }
      sum.total = this.#memoTotal;
      sum.country = country >= 0 ? this.#countrySum[country]! : 0;
      sum.admin1 = admin1 >= 0 ? this.#admin1Sum[admin1]! : 0;
      return sum;
    }
    for (let a = this.#first[key] ?? -1; a >= 0; a = this.#next[a]!) {
      const w = this.#anchorWeight[a]!;
      const q = this.#anchorPlace[a]!;
      total += w;
      if (country >= 0 && t.country[q] === country) inCountry += w;
      if (admin1 >= 0 && t.admin1[q] === admin1 && t.kind[q] !== COUNTRY) inAdmin1 += w;
    }
    sum.total = (this.#total - total) / 1000;
    sum.country = country >= 0 ? ((this.#countries[country] ?? 0) - inCountry) / 1000 : 0;
    sum.admin1 = admin1 >= 0 ? ((this.#admin1s[admin1] ?? 0) - inAdmin1) / 1000 : 0;
    return sum;
  }

  /**
   * The share (0..1, by weight) of the anchors other than key `key`'s that lie in the country
   * of place `p`.
   */
  countryShare(p: number, key: number): number {
    const country = this.#places.country[p]!;
    const sum = this.#without(key, country, -1);
    if (sum.total <= 0 || country < 0) return 0;
    return sum.country / sum.total;
  }

  /**
   * The share (0..1, by weight) of the anchors other than key `key`'s that lie in the
   * first-level division of place `p`; 0 when they weigh too little to set the story there
   * (SETTING_WEIGHT: one place is no setting).
   */
  admin1Share(p: number, key: number): number {
    const admin1 = this.#places.admin1[p]!;
    const sum = this.#without(key, -1, admin1);
    if (sum.total <= 0 || admin1 < 0) return 0;
    return sum.admin1 < SETTING_WEIGHT ? 0 : sum.admin1 / sum.total;
  }

  /**
   * Whether a town, county or other point-like anchor other than key `key`'s (not a state's or
   * country's representative point, which says nothing of nearness) lies within `km` of place `p`.
   */
  townWithin(p: number, km: number, key: number): boolean {
    const t = this.#places;
    const lat = t.lat[p]!;
    const lon = t.lon[p]!;
    const within = (l: number) => {
      if (!this.#localShared[l] && this.#localKey[l] === key) return false;
      const q = this.#localPlace[l]!;
      return t.kind[q] === LOCAL && distanceWithinKm(lat, lon, t.lat[q]!, t.lon[q]!, km) <= km;
    };
    if (this.#localPlace.length <= LINEAR_NEAR) {
      for (let l = 0; l < this.#localPlace.length; l++) if (within(l)) return true;
      return false;
    }
    return this.#someNear(lat, lon, km, within);
  }

  /**
   * The distance to the nearest local place not only of key `key`, exact up to NEAR_REACH_KM
   * (beyond, some larger number); it stops at the first within the closest NEAR distance.
   */
  #nearest(lat: number, lon: number, key: number): number {
    const t = this.#places;
    let nearest = Infinity;
    const closest = NEAR[0]!.km;
    const n = this.#localPlace.length;
    if (n <= LINEAR_NEAR) {
      for (let l = 0; l < n; l++) {
        if (!this.#localShared[l] && this.#localKey[l] === key) continue;
        const q = this.#localPlace[l]!;
        const d = distanceWithinKm(lat, lon, t.lat[q]!, t.lon[q]!, NEAR_REACH_KM);
        if (d < nearest && (nearest = d) <= closest) return nearest;
      }
      return nearest;
    }
    this.#someNear(lat, lon, NEAR_REACH_KM, (l) => {
      if (!this.#localShared[l] && this.#localKey[l] === key) return false;
      const q = this.#localPlace[l]!;
      const d = distanceWithinKm(lat, lon, t.lat[q]!, t.lon[q]!, NEAR_REACH_KM);
      return d < nearest && (nearest = d) <= closest;
    });
    return nearest;
  }

  /**
   * Whether `found` holds for one of the local places in the grid cells that every point within
   * `km` (at most 200) of the point lies in; stops at the first.
   */
  #someNear(lat: number, lon: number, km: number, found: (local: number) => boolean): boolean {
    const grid = (this.#grid ??= this.#buildGrid());
    // Every point within `km` lies in these cells (rows by latitude, columns by longitude).
    const dLat = km / KM_PER_DEGREE + 1e-6;
    const lo = Math.max(-90, Math.floor(lat - dLat));
    const hi = Math.min(89, Math.floor(lat + dLat));
    const maxAbsLat = Math.min(90, Math.max(Math.abs(lat - dLat), Math.abs(lat + dLat)));
    const c = Math.cos((maxAbsLat * Math.PI) / 180);
    const s = Math.sin(km / (2 * EARTH_RADIUS_KM)) / c;
    const dLon = c > 0 && s < 1 ? (2 * Math.asin(s) * 180) / Math.PI + 1e-6 : 180;
    const west = Math.floor(lon - dLon);
    const east = Math.floor(lon + dLon);
    const columns = east - west + 1 >= 360 ? 360 : east - west + 1;
    for (let row = lo; row <= hi; row++) {
      for (let k = 0; k < columns; k++) {
        const list = grid.get(cellOf(row, columns === 360 ? k - 180 : west + k));
        if (!list) continue;
        for (const l of list) if (found(l)) return true;
      }
    }
    return false;
  }

  #buildGrid(): Map<number, number[]> {
    const t = this.#places;
    const grid = new Map<number, number[]>();
    for (let l = 0; l < this.#localPlace.length; l++) {
      const q = this.#localPlace[l]!;
      const cell = cellOf(Math.min(89, Math.floor(t.lat[q]!)), Math.floor(t.lon[q]!));
      const list = grid.get(cell);
      if (list) list.push(l);
      else grid.set(cell, [l]);
    }
    return grid;
  }
}

const EARTH_RADIUS_KM = 6371;
/** Kilometres per degree of latitude on the sphere `distanceKm` uses (111.19). */
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

/** The grid cell of a whole-degree latitude row (−90…89; the pole joins row 89) and longitude column (wrapping at ±180°). */
function cellOf(row: number, column: number): number {
  const col = (((column + 180) % 360) + 360) % 360;
  return (row + 90) * 360 + col;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
