/**
 * Readings that lie far from everything else their article names. A reader who finds one small
 * place a thousand kilometres from a story's every other place doubts the reading ("Colonia
 * Buenos Aires" in a story about Nogales is more likely a neighbourhood of Nogales than the
 * hamlet of that name on Guerrero's coast); the resolver's confidence must say so.
 */
import { distanceWithinKm } from './support.ts';
import type { Place } from './types.ts';

/** Within this distance of another point-like place of the story, a place is among them. */
const AMONG_KM = 300;
/** A place of this many people is known to the reader wherever the story is set. */
const WELL_KNOWN = 100_000;

/** A city this big (or a capital) is named in stories set anywhere. */
const NAMED_FROM_ANYWHERE = 1_000_000;

const POINT_KINDS = new Set(['city', 'admin2', 'airport', 'court', 'facility']);

/**
 * For each reading, whether it is an outlier: a small point-like place (a town, county, airport)
 * that lies more than 300 km from every other point-like place of the article (capitals and
 * cities of millions aside) and in none of the first-level divisions the article names or places
 * lie in — or, when the article names no other such place, in none of its countries either. Places of other names only: a name
 * repeated is one reading. Big places are never outliers (a Chicago story may name Los Angeles).
 *
 * @param readings each mention's place (null when unresolved), with the name key it was read for
 * @example outliers([{ key: 'colonia buenos aires', place: guerreroHamlet }, { key: 'nogales', place: nogales }, { key: 'sonora', place: sonora }]) // [true, false, false]
 */
export function outliers(readings: ReadonlyArray<{ key: string; place: Place | null }>): boolean[] {
  return readings.map(({ key, place }) => {
    if (!place || !POINT_KINDS.has(place.kind) || place.population >= WELL_KNOWN) return false;
    const others = readings.filter((r) => r.place && r.key !== key && r.place.id !== place.id).map((r) => r.place!);
    if (others.length === 0) return false;
    // Cities of millions and capitals are named from anywhere: the story's own ground is the rest.
    const points = others.filter((q) => POINT_KINDS.has(q.kind) && q.population < NAMED_FROM_ANYWHERE && q.featureType !== 'PPLC');
    for (const q of others) {
      const admin1 = q.kind !== 'country' && q.kind !== 'region' && q.admin1 !== '' && q.country === place.country && q.admin1 === place.admin1;
      if (admin1) return false;
      if (points.length === 0 && q.country === place.country) return false;
    }
    for (const q of points) if (distanceWithinKm(place.lat, place.lon, q.lat, q.lon, AMONG_KM) <= AMONG_KM) return false;
    return true;
  });
}
