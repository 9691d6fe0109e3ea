/**
 * Regions that news names whole but that are split into first-level divisions by compass words:
 * Darfur (North, South, East, West and Central Darfur), Java (West, Central, East Java), Sinai,
 * Kivu, Sumatra, Kordofan, Equatoria. The divisions of one country whose names are one base name
 * after a compass word are joined into a `region:` row with their dissolved polygon, so "Darfur"
 * is a place and is drawn as the five states together.
 *
 * Not joined: a base that is already a country's, a state's or a big city's name ("Upper and
 * Lower Austria", "North and South Carolina" — Carolina, Puerto Rico), a generic feature word
 * ("Eastern and Western Cape", "the Red Sea states", "Highlands"), a base that is a compass word.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { foldName } from '../../fold.ts';
import type { PlaceRow } from '../placeRow.ts';
import { centerOfMass } from '@turf/turf';
import { dissolve } from './dissolve.ts';
import { representativePoint } from './representativePoint.ts';
import { round5 } from './round5.ts';

type Area = Polygon | MultiPolygon;

const COMPASS =
  /^(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|nord|sud|est|ouest|norte|sur|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west|far)[\s-]+(.+)$/i;
const GENERIC_FEATURES = new Set([
  'cape', 'river', 'rivers', 'sea', 'coast', 'highlands', 'lowlands', 'island', 'islands', 'district', 'province', 'region',
  'mountains', 'valley', 'lake', 'lakes', 'plains', 'desert', 'bay', 'gulf', 'peninsula', 'delta', 'county', 'state', 'territory',
]);
const COMPASS_WORD = /^(?:north|south|east|west|central|centre|center|nord|sud|est|ouest|norte|sur|centro)$/i;

/**
 * Builds region rows (with their polygons) from first-level divisions named "<compass> <base>".
 *
 * @param divisions admin1 rows with their polygons
 * @param opts blocked: folded names of countries, states, regions and big cities; englishWords: folded English words ("Red" in "Red Sea")
 * @example splitRegions(sudanStates, opts)[0].row.name // 'Darfur'
 */
export function splitRegions(
  divisions: ReadonlyArray<{ row: PlaceRow; geometry: Area }>,
  opts: { blocked: ReadonlySet<string>; englishWords: ReadonlySet<string> },
): { row: PlaceRow; geometry: Area }[] {
  const groups = new Map<string, { country: string; base: string; members: { row: PlaceRow; geometry: Area }[] }>();
  for (const d of divisions) {
    if (d.row.kind !== 'admin1') continue;
    const m = COMPASS.exec(d.row.name);
    if (!m) continue;
    const base = m[1]!.trim();
    const key = `${d.row.country}\u0000${foldName(base)}`;
    const g = groups.get(key) ?? groups.set(key, { country: d.row.country, base, members: [] }).get(key)!;
    g.members.push(d);
  }
  const out: { row: PlaceRow; geometry: Area }[] = [];
  for (const [, g] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (g.members.length < 2) continue;
    const key = foldName(g.base);
    const words = key.split(/[\s-]+/);
    if (key.length < 4 || COMPASS_WORD.test(key) || opts.blocked.has(key)) continue;
    // "South Bohemian Region": an adjective, not the region's name.
    if (words.length === 1 && /(?:ian|ean|ese|ish)$/.test(key)) continue;
    if (words.some((w) => w === 'council' || w === 'community')) continue;
    // "Cape", "Highlands", "Red Sea", "Caribbean Coast": a generic feature word, alone or after
    // English words, names no one region (Java and Sumatra are English words too, but no feature).
    const head = words[words.length - 1]!;
    if (GENERIC_FEATURES.has(head) && words.slice(0, -1).every((w) => opts.englishWords.has(w) || /^[a-z]+ean$/.test(w))) continue;
    const members = [...g.members].sort((a, b) => (a.row.id < b.row.id ? -1 : 1));
    const geometry = dissolve(members.map((m) => m.geometry));
    // The balance point when it lies inside (Darfur's middle), else a point inside.
    const com = centerOfMass(geometry).geometry.coordinates as [number, number];
    const [lon, lat] = representativePoint(geometry, [[round5(com[0]), round5(com[1])]]);
    out.push({
      row: {
        id: `region:${g.country.toLowerCase()}-${key.replace(/[^a-z0-9]+/g, '-')}`,
        name: g.base,
        kind: 'region',
        featureType: 'RGN',
        lat,
        lon,
        country: g.country,
        admin1: '',
        population: members.reduce((s, m) => s + m.row.population, 0),
        names: [],
        demonyms: [],
        codes: [],
      },
      geometry,
    });
  }
  return out;
}
