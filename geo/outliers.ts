/**
 * Readings that lie far from everything else their article names. A reader who finds one small
 * place a thousand kilometres from a story's every other place doubts the reading ("Colonia
 * Buenos Aires" in a story about Nogales is more likely a neighbourhood of Nogales than the
 * hamlet of that name on Guerrero's coast); the resolver's confidence must say so.
 *
 * Linear in the number of readings: distinct readings are judged once, states and countries are
 * counted, and the distance test looks only into nearby cells of a coarse grid.
 */
import { distanceWithinKm } from './support.ts';
import type { Place } from './types.ts';

/** Within this distance of another point-like place of the story, a place is among them. */
const AMONG_KM = 300;
/** A place of this many people is known to the reader wherever the story is set. */
const WELL_KNOWN = 100_000;
/** A city this big (or a capital) is named in stories set anywhere. */
const NAMED_FROM_ANYWHERE = 1_000_000;
/** Grid cell, degrees of latitude and longitude (about 330 km of latitude). */
const CELL = 3;

const POINT_KINDS = new Set(['city', 'admin2', 'airport', 'court', 'facility']);

/** One distinct reading: a name key read as a place. */
interface Distinct {
  key: string;
  place: Place;
}

/** The names (keys) placed in some area: the first, and whether there are others. */
interface KeysIn {
  first: string;
  more: boolean;
}

/**
 * For each reading, whether it is an outlier: a small point-like place (a town, county, airport)
 * that lies more than 300 km from every other point-like place of the article (capitals and
 * cities of millions aside) and in none of the first-level divisions the article names or places
 * lie in — or, when the article names no other such place, in none of its countries either.
 * Places of other names only: a name repeated is one reading. Big places are never outliers (a
 * Chicago story may name Los Angeles).
 *
 * @param readings each mention's place (null when unresolved), with the name key it was read for
 * @example outliers([{ key: 'colonia buenos aires', place: guerreroHamlet }, { key: 'nogales', place: nogales }, { key: 'sonora', place: sonora }]) // [true, false, false]
 */
export function outliers(readings: ReadonlyArray<{ key: string; place: Place | null }>): boolean[] {
  // Distinct (key, place id) readings, in the order first read (a later place of the same id
  // stands for it), and the one each reading is.
  const list: Distinct[] = [];
  const byKey = new Map<string, number[]>();
  const which = new Int32Array(readings.length).fill(-1);
  readings.forEach(({ key, place }, r) => {
    if (!place) return;
    let same = byKey.get(key);
    if (!same) byKey.set(key, (same = []));
    let d = -1;
    for (const j of same) if (list[j]!.place.id === place.id) d = j;
    if (d < 0) {
      d = list.length;
      same.push(d);
      list.push({ key, place });
    } else list[d]!.place = place;
    which[r] = d;
  });
  // For each state and country, the keys placed in it; the point-like places in grid cells.
  const admin1Keys = new Map<string, KeysIn>();
  const countryKeys = new Map<string, KeysIn>();
  const add = (index: Map<string, KeysIn>, k: string, key: string) => {
    const s = index.get(k);
    if (!s) index.set(k, { first: key, more: false });
    else if (s.first !== key) s.more = true;
  };
  const grid = new Map<number, Distinct[]>();
  let pointKeys: KeysIn | undefined;
  for (const d of list) {
    const q = d.place;
    if (q.kind !== 'country' && q.kind !== 'region' && q.admin1 !== '') add(admin1Keys, `${q.country}.${q.admin1}`, d.key);
    if (q.country) add(countryKeys, q.country, d.key);
    if (POINT_KINDS.has(q.kind) && q.population < NAMED_FROM_ANYWHERE && q.featureType !== 'PPLC') {
      const cell = cellOf(Math.floor(q.lat / CELL), Math.floor(q.lon / CELL));
      let c = grid.get(cell);
      if (!c) grid.set(cell, (c = []));
      c.push(d);
      if (!pointKeys) pointKeys = { first: d.key, more: false };
      else if (pointKeys.first !== d.key) pointKeys.more = true;
    }
  }
  /** Whether some name other than `key` is among the keys. */
  const otherThan = (keys: KeysIn | undefined, key: string) => !!keys && (keys.more || keys.first !== key);
  const someOther = byKey.size > 1;

  const verdict = list.map(({ key, place }) => {
    if (!POINT_KINDS.has(place.kind) || place.population >= WELL_KNOWN) return false;
    if (!someOther) return false;
    if (place.admin1 && otherThan(admin1Keys.get(`${place.country}.${place.admin1}`), key)) return false;
    const points = pointsNear(grid, place, key);
    if (points.near) return false;
    // With no other point-like place in the story at all, its countries are the only ground.
    if (!points.other && !otherThan(pointKeys, key) && otherThan(countryKeys.get(place.country), key)) return false;
    return true;
  });
  return readings.map((_, r) => (which[r]! >= 0 ? verdict[which[r]!]! : false));
}

/** A grid cell's number, from its row and column (each within ±1000). */
function cellOf(row: number, column: number): number {
  return (row + 1000) * 4096 + (column + 1000);
}

/** Whether a point-like place of another name lies within AMONG_KM, and whether any was seen nearby at all. */
function pointsNear(grid: Map<number, Distinct[]>, place: Place, key: string): { near: boolean; other: boolean } {
  const row = Math.floor(place.lat / CELL);
  const col = Math.floor(place.lon / CELL);
  // Longitude cells narrow towards the poles: look as many cells east and west as 300 km spans.
  const cosLat = Math.max(0.05, Math.cos(((Math.abs(place.lat) + CELL) * Math.PI) / 180));
  const span = Math.min(60, Math.ceil(AMONG_KM / (111 * cosLat * CELL)) + 1);
  let other = false;
  for (let r = row - 1; r <= row + 1; r++) {
    for (let dc = -span; dc <= span; dc++) {
      const c = ((col + dc + 60) % 120 + 120) % 120 - 60; // wrap around the antimeridian
      const cell = grid.get(cellOf(r, c));
      if (!cell) continue;
      for (const d of cell) {
        if (d.key === key) continue;
        other = true;
        if (distanceWithinKm(place.lat, place.lon, d.place.lat, d.place.lon, AMONG_KM) <= AMONG_KM) return { near: true, other };
      }
    }
  }
  return { near: false, other };
}
