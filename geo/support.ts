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

/**
 * How strongly the article's other names support reading a name as `place`: for each other name,
 * the best of its plausible readings that lies near `place` or contains it ("Walker County" and
 * "Huntsville" support each other in Texas, where one contains the other). A spatial-minimality
 * prior, as readers and the Edinburgh and CLAVIN resolvers use.
 *
 * @example support(huntsvilleTx, [walkerCountyReadings]) // { support: 3 }
 */
export function support(place: Place, others: Reading[]): number {
  let total = 0;
  for (const other of others) {
    const best = other.candidates[0]?.score ?? 0;
    let lent = 0;
    const n = Math.min(TOP_READINGS, other.candidates.length);
    for (let i = 0; i < n; i++) {
      const { place: q, score } = other.candidates[i];
      const s = compatibility(place, q) - PLAUSIBILITY * (best - score);
      if (s > lent) lent = s;
    }
    // A name whose likeliest reading is a hamlet may be a surname ("Ramirez"): it lends half.
    const top = other.candidates[0]?.place;
    total += top && top.kind === 'city' && top.population < SMALL_PLACE ? lent / 2 : lent;
  }
  return Math.min(MAX_TOTAL, Math.round(total * 1000) / 1000);
}

/** Within this distance of a named country's point, a place abroad is its neighbour (Gaza beside Israel). */
const NEIGHBOUR_KM = 800;

/** A place and a country (or region): in it, beside it, or unrelated. */
function countryCompatibility(p: Place, c: Place): number {
  if (c.kind !== 'country' || p.kind === 'country' || p.kind === 'region') return c.kind === 'country' && p.country === c.country ? 1 : 0;
  if (p.country === c.country) return 1;
  return distanceKm(p.lat, p.lon, c.lat, c.lon) < NEIGHBOUR_KM ? 0.5 : 0;
}

/** How well two places go together in one story: containment, then distance. */
export function compatibility(p: Place, q: Place): number {
  if (p.id === q.id) return 0;
  if (q.kind === 'country' || q.kind === 'region') return countryCompatibility(p, q);
  if (p.kind === 'country' || p.kind === 'region') return countryCompatibility(q, p);
  const sameAdmin1 = p.country === q.country && p.admin1 !== '' && p.admin1 === q.admin1;
  if (q.kind === 'admin1' || p.kind === 'admin1') return sameAdmin1 ? 2.5 : 0;
  const d = distanceKm(p.lat, p.lon, q.lat, q.lon);
  const near = d < 40 ? 3 : d < 100 ? 2 : d < 250 ? 1 : 0;
  return near + (sameAdmin1 ? 0.5 : 0);
}
