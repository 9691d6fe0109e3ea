/**
 * The article's places as context for one of its names, as the resolver's second pass weighs
 * them: how much of the article lies in a candidate's country and first-level division, and
 * whether another place of the article lies near it. Every name is scored against the other
 * names' places, so the sums are kept once for the whole article and once per name: leaving a
 * name out costs the size of that name's own places, not a pass over the article, and the
 * nearness test looks only at the places in the candidate's neighbourhood. The cost of scoring
 * a candidate thus does not grow with the article (issue 9, point 7).
 */
import { distanceWithinKm } from './support.ts';
import type { Place } from './types.ts';

/** One place the article names (or implies, as a phone number's state), with how sure pass 1 was of it. */
export interface Anchor {
  /** The name's folded key; the name's own anchors are left out of its context. */
  key: string;
  place: Place;
  /** Pass 1's confidence, 0.5–1, in thousandths (as `round` gives it). */
  weight: number;
}

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

/** Sums of weights (in thousandths, so that leaving some out is exact): overall, by country, by first-level division. */
interface Sums {
  total: number;
  countries: Map<string, number>;
  admin1s: Map<string, number>;
}

/** A distinct place near which candidates gain, with the name that put it there (or several). */
interface Local {
  lat: number;
  lon: number;
  key: string;
  /** Named by two or more names: it counts for every name. */
  shared: boolean;
}

/**
 * The context of one article.
 *
 * @example new ArticleContext(anchors).score(place, 'paris', parts) // parts.country, parts.admin1, parts.near
 */
export class ArticleContext {
  readonly #all: Sums = { total: 0, countries: new Map(), admin1s: new Map() };
  readonly #byKey = new Map<string, Sums>();
  readonly #locals: Local[] = [];
  #grid: Map<number, Local[]> | null = null;

  /** @param anchors every named place after pass 1, and the places the text implies */
  constructor(anchors: readonly Anchor[]) {
    const localById = new Map<string, Local>();
    for (const a of anchors) {
      const w = Math.round(a.weight * 1000);
      let own = this.#byKey.get(a.key);
      if (!own) this.#byKey.set(a.key, (own = { total: 0, countries: new Map(), admin1s: new Map() }));
      for (const sums of [this.#all, own]) {
        sums.total += w;
        if (a.place.country) sums.countries.set(a.place.country, (sums.countries.get(a.place.country) ?? 0) + w);
        if (a.place.admin1 && a.place.kind !== 'country') {
          const k = `${a.place.country}.${a.place.admin1}`;
          sums.admin1s.set(k, (sums.admin1s.get(k) ?? 0) + w);
        }
      }
      if (a.place.kind !== 'country' && a.place.kind !== 'region') {
        const seen = localById.get(a.place.id);
        if (!seen) {
          const local = { lat: a.place.lat, lon: a.place.lon, key: a.key, shared: false };
          localById.set(a.place.id, local);
          this.#locals.push(local);
        } else if (seen.key !== a.key) seen.shared = true;
      }
    }
    if (this.#locals.length > LINEAR_NEAR) {
      this.#grid = new Map();
      for (const l of this.#locals) {
        const cell = cellOf(Math.min(89, Math.floor(l.lat)), Math.floor(l.lon));
        const list = this.#grid.get(cell);
        if (list) list.push(l);
        else this.#grid.set(cell, [l]);
      }
    }
  }

  /**
   * Writes into `out` the parts of `place`'s score that the article's places other than those
   * of the name `key` give: the share of them in its country, the weight of those in its
   * first-level division, and a bonus when one lies within 50 or 200 km.
   */
  score(place: Place, key: string, out: ContextParts): void {
    out.country = NaN;
    out.admin1 = NaN;
    out.near = NaN;
    const own = this.#byKey.get(key);
    const total = this.#all.total - (own?.total ?? 0);
    if (total > 0 && place.country) {
      const c = (this.#all.countries.get(place.country) ?? 0) - (own?.countries.get(place.country) ?? 0);
      if (c > 0) out.country = round(COUNTRY_WEIGHT * (c / total));
    }
    if (place.admin1 && place.kind !== 'country') {
      const k = `${place.country}.${place.admin1}`;
      const w = (this.#all.admin1s.get(k) ?? 0) - (own?.admin1s.get(k) ?? 0);
      if (w > 0) out.admin1 = round(ADMIN1_WEIGHT * Math.min(1, w / 1000));
    }
    if (place.kind !== 'country' && place.kind !== 'region' && place.kind !== 'admin1') {
      const nearest = this.#nearest(place.lat, place.lon, key);
      for (const n of NEAR) {
        if (nearest <= n.km) {
          out.near = n.bonus;
          break;
        }
      }
    }
  }

  /**
   * The distance to the nearest place not only of the name `key`, exact up to NEAR_REACH_KM
   * (beyond, some larger number); it stops at the first within the closest NEAR distance.
   */
  #nearest(lat: number, lon: number, key: string): number {
    let nearest = Infinity;
    const closest = NEAR[0]!.km;
    const visit = (list: readonly Local[]): boolean => {
      for (const l of list) {
        if (!l.shared && l.key === key) continue;
        const d = distanceWithinKm(lat, lon, l.lat, l.lon, NEAR_REACH_KM);
        if (d < nearest) nearest = d;
        if (nearest <= closest) return true;
      }
      return false;
    };
    if (!this.#grid) {
      visit(this.#locals);
      return nearest;
    }
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
        const list = this.#grid.get(cellOf(row, columns === 360 ? k - 180 : west + k));
        if (list && visit(list)) return nearest;
      }
    }
    return nearest;
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
