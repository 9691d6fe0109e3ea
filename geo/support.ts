import { distanceKm } from './distance.ts';
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
const MAX_TOTAL = 7;
/** Below this population a name's likeliest reading may as well be a person's name. */
const SMALL_PLACE = 10_000;

/** A reading's top candidates and the penalty each pays for being less likely than the best. */
interface Prepared {
  places: Place[];
  penalties: number[];
  /** Its likeliest reading is a hamlet: it lends half. */
  halves: boolean;
}
/** Each reading prepared once, and each `others` list (the resolver asks about many places against one list). */
const preparedReadings = new WeakMap<Reading, Prepared>();
const preparedLists = new WeakMap<Reading[], Prepared[]>();

function prepared(other: Reading): Prepared {
  let p = preparedReadings.get(other);
  if (p) return p;
  const best = other.candidates[0]?.score ?? 0;
  const n = Math.min(TOP_READINGS, other.candidates.length);
  const places: Place[] = [];
  const penalties: number[] = [];
  for (let i = 0; i < n; i++) {
    const { place, score } = other.candidates[i];
    places.push(place);
    penalties.push(PLAUSIBILITY * (best - score));
  }
  const top = other.candidates[0]?.place;
  p = { places, penalties, halves: !!top && top.kind === 'city' && top.population < SMALL_PLACE };
  preparedReadings.set(other, p);
  return p;
}

/**
 * How strongly the article's other names support reading a name as `place`: for each other name,
 * the best of its plausible readings that lies near `place` or contains it ("Walker County" and
 * "Huntsville" support each other in Texas, where one contains the other). A spatial-minimality
 * prior, as readers and the Edinburgh and CLAVIN resolvers use.
 *
 * The readings are read once per `others` list: neither the list nor its readings may change
 * after they are first passed in.
 *
 * @example support(huntsvilleTx, [walkerCountyReadings]) // { support: 3 }
 */
export function support(place: Place, others: Reading[]): number {
  let list = preparedLists.get(others);
  if (!list) preparedLists.set(others, (list = others.map(prepared)));
  let total = 0;
  for (const { places, penalties, halves } of list) {
    let lent = 0;
    for (let i = 0; i < places.length; i++) {
      const s = compatibility(place, places[i]) - penalties[i];
      if (s > lent) lent = s;
    }
    // A name whose likeliest reading is a hamlet may be a surname ("Ramirez"): it lends half.
    total += halves ? lent / 2 : lent;
  }
  return Math.min(MAX_TOTAL, Math.round(total * 1000) / 1000);
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
