import { distanceKm } from './distance.ts';
import { ADMIN1, COUNTRY, PlaceTable } from './placeTable.ts';
import type { Place } from './types.ts';

/** One other name of the article: its likeliest readings with their prior scores, best first. */
export interface Reading {
  key: string;
  candidates: Array<{ place: Place; score: number }>;
}

/** How many readings of another name may lend support: the likeliest few. */
const TOP_READINGS = 10;
/** How much a reading's implausibility (its prior below the name's best) weakens its support. */
const PLAUSIBILITY = 0.5;
/** Most support one other name can lend, and all names together. */
export const MAX_TOTAL = 7;
/** Below this population a name's likeliest reading may as well be a person's name. */
const SMALL_PLACE = 10_000;
/** The most two places can lend each other (`compatibility`: near, and in one first-level division). */
const MAX_COMPATIBILITY = 3.5;

/**
 * The support the names of one article lend each other, prepared once per article: each
 * reading's likeliest places (at most `TOP_READINGS`), numbered in the article's
 * {@link PlaceTable}, with the penalty each pays for being less likely than the best, so that the
 * resolver's inner loop compares numbers rather than strings.
 *
 * The answers are exactly {@link support}'s: same places, same order of summation.
 *
 * @example const table = new SupportTable(places, readings); table.support(places.number(huntsvilleTx), [0, 2]) // 3
 */
export class SupportTable {
  readonly #places: PlaceTable;
  /** Per reading: its entries' range and whether it lends half. */
  readonly #from: number[] = [];
  readonly #to: number[] = [];
  readonly #halves: boolean[] = [];
  /** Per entry: the place and its penalty. */
  readonly #entryPlace: number[] = [];
  readonly #penalty: number[] = [];
  /**
   * Per reading, what a place must share with it to gain anything: one of its entries'
   * countries, or a latitude within REACH_DEGREES of one of them (no two places lend each other
   * anything across a border from farther than NEIGHBOUR_KM, north to south alone).
   */
  readonly #countries: number[][] = [];
  readonly #south: number[] = [];
  readonly #north: number[] = [];

  /**
   * @param places the article's places, to which the readings' are added
   * @param readings the article's readings, each with its candidates best first (they must not change afterwards)
   */
  constructor(places: PlaceTable, readings: readonly Reading[]) {
    this.#places = places;
    for (const r of readings) {
      const best = r.candidates[0]?.score ?? 0;
      const n = Math.min(TOP_READINGS, r.candidates.length);
      this.#from.push(this.#entryPlace.length);
      for (let i = 0; i < n; i++) {
        const { place, score } = r.candidates[i]!;
        this.#entryPlace.push(places.number(place));
        this.#penalty.push(PLAUSIBILITY * (best - score));
      }
      this.#to.push(this.#entryPlace.length);
      const countries: number[] = [];
      let south = Infinity;
      let north = -Infinity;
      for (let e = this.#from[this.#from.length - 1]!; e < this.#entryPlace.length; e++) {
        const q = this.#entryPlace[e]!;
        if (!countries.includes(places.country[q]!)) countries.push(places.country[q]!);
        // (A latitude out of range, which no gazetteer has, would make every place reachable.)
        const lat = places.lat[q]!;
        south = lat >= -90 && lat <= 90 ? Math.min(south, lat) : -Infinity;
        north = lat >= -90 && lat <= 90 ? Math.max(north, lat) : Infinity;
      }
      this.#countries.push(countries);
      this.#south.push(south - REACH_DEGREES);
      this.#north.push(north + REACH_DEGREES);
      const top = r.candidates[0]?.place;
      this.#halves.push(!!top && top.kind === 'city' && top.population < SMALL_PLACE);
    }
  }

  /**
   * {@link support} of the place numbered `p` by the readings numbered in `readings`, summed in
   * that order.
   */
  support(p: number, readings: readonly number[]): number {
    const country = this.#places.country[p]!;
    const at = this.#places.lat[p]!;
    const lat = at >= -90 && at <= 90 ? at : NaN; // (never rejected out of range)
    let total = 0;
    for (const r of readings) {
      // A reading that shares no country with the place and lies too far north or south of it lends nothing.
      if ((lat < this.#south[r]! || lat > this.#north[r]!) && !this.#countries[r]!.includes(country)) continue;
      let lent = 0;
      for (let e = this.#from[r]!, end = this.#to[r]!; e < end; e++) {
        // An entry that could lend no more than is lent already, whatever its place, is passed
        // over (the entries come best first, so after the first few most are).
        const penalty = this.#penalty[e]!;
        if (MAX_COMPATIBILITY - penalty <= lent) continue;
        const s = this.#compatibility(p, this.#entryPlace[e]!) - penalty;
        if (s > lent) lent = s;
      }
      // A name whose likeliest reading is a hamlet may be a surname ("Ramirez"): it lends half.
      total += this.#halves[r] ? lent / 2 : lent;
      // No reading lends less than nothing: at the cap, the rest cannot change the answer.
      if (total >= MAX_TOTAL) return MAX_TOTAL;
    }
    return Math.min(MAX_TOTAL, Math.round(total * 1000) / 1000);
  }

  /** {@link compatibility} of two numbered places. */
  #compatibility(p: number, q: number): number {
    if (p === q) return 0;
    const t = this.#places;
    const kq = t.kind[q]!;
    const kp = t.kind[p]!;
    if (kq >= COUNTRY) return this.#countryCompatibility(p, q);
    if (kp >= COUNTRY) return this.#countryCompatibility(q, p);
    const a = t.admin1[p]!;
    const sameAdmin1 = a >= 0 && a === t.admin1[q];
    if (kq === ADMIN1 || kp === ADMIN1) return sameAdmin1 ? 2.5 : 0;
    const d = distanceWithinKm(t.lat[p]!, t.lon[p]!, t.lat[q]!, t.lon[q]!, 250);
    const near = d < 40 ? 3 : d < 100 ? 2 : d < 250 ? 1 : 0;
    return near + (sameAdmin1 ? 0.5 : 0);
  }

  /** {@link countryCompatibility} of two numbered places, `c` a country or region. */
  #countryCompatibility(p: number, c: number): number {
    const t = this.#places;
    const isCountry = t.kind[c] === COUNTRY;
    if (!isCountry || t.kind[p]! >= COUNTRY) return isCountry && t.country[p] === t.country[c] ? 1 : 0;
    if (t.country[p] === t.country[c]) return 1;
    return distanceWithinKm(t.lat[p]!, t.lon[p]!, t.lat[c]!, t.lon[c]!, NEIGHBOUR_KM) < NEIGHBOUR_KM ? 0.5 : 0;
  }
}

/**
 * How strongly the article's other names support reading a name as `place`: for each other name,
 * the best of its plausible readings that lies near `place` or contains it ("Walker County" and
 * "Huntsville" support each other in Texas, where one contains the other). A spatial-minimality
 * prior, as readers and the Edinburgh and CLAVIN resolvers use. (The resolver asks the same of a
 * {@link SupportTable}, prepared once per article.)
 *
 * @example support(huntsvilleTx, [walkerCountyReadings]) // 3
 */
export function support(place: Place, others: Reading[]): number {
  const places = new PlaceTable();
  const table = new SupportTable(places, others);
  return table.support(places.number(place), others.map((_, i) => i));
}

/** Kilometres per degree of latitude, rounded down (6371 km × π/180 = 111.19 km). */
const KM_PER_DEGREE = 111;

/**
 * The great-circle distance (`distanceKm`) when it may be at most `limitKm`; when the two points
 * lie farther apart in latitude alone, a smaller number that still exceeds `limitKm` (their
 * north–south separation), without the haversine. Compare the answer only with distances up to
 * `limitKm`.
 *
 * @example distanceWithinKm(24.8, -107.39, 40.7, -74.0, 250) // 1764.9 (not the distance, but > 250)
 */
export function distanceWithinKm(lat1: number, lon1: number, lat2: number, lon2: number, limitKm: number): number {
  const northSouth = Math.abs(lat2 - lat1) * KM_PER_DEGREE;
  // A great circle is at least as long as its north–south part (for latitudes in range).
  if (northSouth > limitKm && lat1 >= -90 && lat1 <= 90 && lat2 >= -90 && lat2 <= 90) return northSouth;
  return distanceKm(lat1, lon1, lat2, lon2);
}

/** Within this distance of a named country's point, a place abroad is its neighbour (Gaza beside Israel). */
const NEIGHBOUR_KM = 800;
/**
 * Degrees of latitude beyond which two places of different countries lend each other nothing:
 * farther than NEIGHBOUR_KM (the widest distance that counts) north to south, as
 * `distanceWithinKm` measures it (KM_PER_DEGREE a degree).
 */
const REACH_DEGREES = NEIGHBOUR_KM / KM_PER_DEGREE + 1e-9;

/** A place and a country (or region): in it, beside it, or unrelated. */
function countryCompatibility(p: Place, c: Place): number {
  if (c.kind !== 'country' || p.kind === 'country' || p.kind === 'region') return c.kind === 'country' && p.country === c.country ? 1 : 0;
  if (p.country === c.country) return 1;
  return distanceWithinKm(p.lat, p.lon, c.lat, c.lon, NEIGHBOUR_KM) < NEIGHBOUR_KM ? 0.5 : 0;
}

/** How well two places go together in one story: containment, then distance. */
export function compatibility(p: Place, q: Place): number {
  if (p.id === q.id) return 0;
  if (q.kind === 'country' || q.kind === 'region') return countryCompatibility(p, q);
  if (p.kind === 'country' || p.kind === 'region') return countryCompatibility(q, p);
  const sameAdmin1 = p.country === q.country && p.admin1 !== '' && p.admin1 === q.admin1;
  if (q.kind === 'admin1' || p.kind === 'admin1') return sameAdmin1 ? 2.5 : 0;
  const d = distanceWithinKm(p.lat, p.lon, q.lat, q.lon, 250);
  const near = d < 40 ? 3 : d < 100 ? 2 : d < 250 ? 1 : 0;
  return near + (sameAdmin1 ? 0.5 : 0);
}
