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
  readonly #anchorWeight: number[] = [];
  /** The distinct places near which candidates gain: place number, the key that put it there, whether another key did too. */
  readonly #localPlace: number[] = [];
  readonly #localKey: number[] = [];
  readonly #localShared: boolean[] = [];
  readonly #localOf = new Map<number, number>();
  #grid: Map<number, number[]> | null = null;

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
    // The key's own anchors, left out.
    let ownTotal = 0;
    let ownCountry = 0;
    let ownAdmin1 = 0;
    for (let a = this.#first[key] ?? -1; a >= 0; a = this.#next[a]!) {
      const w = this.#anchorWeight[a]!;
      const q = this.#anchorPlace[a]!;
      ownTotal += w;
      if (country >= 0 && t.country[q] === country) ownCountry += w;
      if (admin1 >= 0 && t.admin1[q] === admin1 && t.kind[q] !== COUNTRY) ownAdmin1 += w;
    }
    const total = this.#total - ownTotal;
    if (total > 0 && country >= 0) {
      const c = (this.#countries[country] ?? 0) - ownCountry;
      if (c > 0) out.country = round(COUNTRY_WEIGHT * (c / total));
    }
    if (admin1 >= 0) {
      const w = (this.#admin1s[admin1] ?? 0) - ownAdmin1;
      if (w > 0) out.admin1 = round(ADMIN1_WEIGHT * Math.min(1, w / 1000));
    }
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
    const grid = (this.#grid ??= this.#buildGrid());
    // Every point within NEAR_REACH_KM lies in these cells (rows by latitude, columns by longitude).
    const dLat = NEAR_REACH_KM / KM_PER_DEGREE + 1e-6;
    const lo = Math.max(-90, Math.floor(lat - dLat));
    const hi = Math.min(89, Math.floor(lat + dLat));
    const maxAbsLat = Math.min(90, Math.max(Math.abs(lat - dLat), Math.abs(lat + dLat)));
    const c = Math.cos((maxAbsLat * Math.PI) / 180);
    const s = Math.sin(NEAR_REACH_KM / (2 * EARTH_RADIUS_KM)) / c;
    const dLon = c > 0 && s < 1 ? (2 * Math.asin(s) * 180) / Math.PI + 1e-6 : 180;
    const west = Math.floor(lon - dLon);
    const east = Math.floor(lon + dLon);
    const columns = east - west + 1 >= 360 ? 360 : east - west + 1;
    for (let row = lo; row <= hi; row++) {
      for (let k = 0; k < columns; k++) {
        const list = grid.get(cellOf(row, columns === 360 ? k - 180 : west + k));
        if (!list) continue;
        for (const l of list) {
          if (!this.#localShared[l] && this.#localKey[l] === key) continue;
          const q = this.#localPlace[l]!;
          const d = distanceWithinKm(lat, lon, t.lat[q]!, t.lon[q]!, NEAR_REACH_KM);
          if (d < nearest && (nearest = d) <= closest) return nearest;
        }
      }
    }
    return nearest;
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
