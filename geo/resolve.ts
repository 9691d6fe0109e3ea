import { foldsTo } from './fold.ts';
import type { Recognized } from './recognize.ts';
import type { GazetteerIndex, Place } from './types.ts';
import { containerOf, datelineKeys, listGoesOn, stateAfter, suburbCityIndex } from './phraseCues.ts';
import { distanceWithinKm, support, type Reading } from './support.ts';

/** One candidate place with the parts of its score, kept for the debug view. */
export interface ScoredCandidate {
  placeId: string;
  name: string;
  score: number;
  /** Why: each named part of the score. */
  parts: Record<string, number>;
}

/** The resolver's answer for one recognised name. */
export interface Resolution {
  place: Place | null;
  confidence: number;
  /** Why there is no place, when there is none. */
  reason?: string;
  /** The candidates considered, best first (debug mode only). */
  candidates?: ScoredCandidate[];
}

const KIND_PRIOR: Record<string, number> = {
  country: 9,
  admin1: 8,
  region: 7.5,
  district: 9,
  court: 9,
  airport: 9,
  facility: 8,
  admin2: 4.5,
};
/** How much a tenfold population weighs in a town's prior (1 = one point per tenfold, pivot 100,000). */
const CITY_SLOPE = 1.25;
const FEATURE_BONUS: Record<string, number> = { PPLC: 2.5, PPLA: 0.8, PPLA2: 0.3, PPLG: 1 };
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
const NEAR_REACH_KM = Math.max(...NEAR.map((n) => n.km));
/** "Paris, Texas": a place inside the named container. */
const CONTAINER_BONUS = 12;
/** A place called by another place's alternate name when a country or state bears it as its own. */
const AREA_OWNS_NAME = -10;
/** A town that shares its own name with a country or state ("Florida", N.Y.), unless a container names it. */
const AREA_NAMESAKE = -8;
/** Population from which a city competes with a state of the same name. */
const MAJOR_CITY = 1_000_000;

/** "Washington state", "the Georgia state line": the word names the first-level division. */
const STATE_WORD_BONUS = 6;

/**
 * A dateline that names no state or country ("WASHINGTON —") is a city that stands alone, as
 * wire style allows only for capitals and the biggest cities: they gain this much over namesakes.
 */
const DATELINE_BONUS = 8;
/** A capital smaller than this is no standalone dateline (Victoria, Seychelles is not "VICTORIA —"). */
const DATELINE_CAPITAL = 100_000;

/**
 * Picks, for each recognised name, the place it most likely means — reasoning as a reader:
 * an explicit container ("Paris, Texas", "Victoria, Tamaulipas"), the other places of the same
 * article (their countries, states and distances), and priors from feature type and population.
 * A name repeated in one article keeps one sense unless a container says otherwise.
 *
 * @example resolve(text, recognize(text, gazetteer, lexicon).names, gazetteer)
 */
export function resolve(
  text: string,
  names: Recognized[],
  gazetteer: GazetteerIndex,
  options: { debug?: boolean; anchors?: readonly Place[] } = {},
): Resolution[] {
  const containers = names.map((name, k) => containerOf(text, names, k));
  // "DeKalb", "Forsyth", "Harris": in their state, a county is often named without "County".
  // ("Caddo, Okla." is the town: the City, State pattern names towns.)
  const bare = names.map((name, k) => (containers[k] ? [] : bareCounties(name, gazetteer)));
  const candidates = names.map((name, k) => (bare[k].length ? [...candidatesOf(name), ...bare[k]] : candidatesOf(name)));

  // Pass 1: priors and explicit containers only.
  const datelines = datelineKeys(text, names, containers);
  const stated = names.map((name) => stateAfter(text, name));
  const first = names.map((name, k) => rank(name, candidates[k], containers[k], null, gazetteer, [], datelines.has(name.key), stated[k]));
  // The article's context, from pass 1's answers, weighted by their confidence.
  const anchors = options.anchors ?? [];
  const context = buildContext(names, first, gazetteer, anchors);
  const readings = [...readingsOf(names, first), ...anchors.map((place) => ({ key: `\u0000${place.id}`, candidates: [{ place, score: 0 }] }))];
  // Pass 2: with context; one sense per name and container.
  const memo = new Map<string, Ranked>();
  return names.map((name, k) => {
    const memoKey = `${name.key}\u0000${containers[k]?.map((p) => p.id).join(',') ?? ''}\u0000${stated[k]}`;
    let ranked = memo.get(memoKey);
    if (!ranked) {
      const others = readings.filter((r) => r.key !== name.key);
      ranked = rank(name, candidates[k], containers[k], context.without(name.key), gazetteer, others, datelines.has(name.key), stated[k]);
      memo.set(memoKey, ranked);
    }
    const best = ranked.scored[0];
    if (!best) return { place: null, confidence: 0, reason: 'no candidate place' };
    // The answer; a phrase cue that overrode the ranking heads the debug list under its name.
    const answer = (place: Place, confidence: number, cue?: string): Resolution => {
      const resolution: Resolution = { place, confidence: confidence * VIA_CONFIDENCE[name.via] };
      if (options.debug) {
        const scored = ranked.scored.slice(0, 8).map((s) => ({ placeId: s.place.id, name: s.place.name, score: round(s.score), parts: s.parts }));
        resolution.candidates = cue ? [{ placeId: place.id, name: place.name, score: 0, parts: { [cue]: 1 } }, ...scored] : scored;
      }
      return resolution;
    };
    const city = suburbOf(text, names, k, first);
    if (city) {
      const near = ranked.scored.find((s) => distanceWithinKm(s.place.lat, s.place.lon, city.lat, city.lon, SUBURB_KM) <= SUBURB_KM);
      const small = ranked.scored.every((s) => s.place.kind === 'city' && s.place.population < KNOWN_TOWN);
      if (near) return answer(near.place, ranked.confidence, 'suburbOf');
      if (small) return answer(city, UNKNOWN_TOWN_CONFIDENCE, 'suburbOf');
    }
    // "El Chapo in Sinaloa", "Herrera in Sonora ordered…": no place of that name lies in the
    // area, and nothing locates the name itself, so it is someone or something in that area.
    const holder = personIn(text, names, k, containers[k], ranked);
    if (holder) return { place: null, confidence: 0, reason: `not a place: someone or something in ${holder.name}` };
    const area = unknownTownIn(text, names, k, containers[k], ranked, first);
    if (area) return answer(area, UNKNOWN_TOWN_CONFIDENCE, 'unknownTownIn');
    return answer(best.place, ranked.confidence);
  });
}

/** Confidence of a town placed at its named container because no town of its name is known there. */
const UNKNOWN_TOWN_CONFIDENCE = 0.5;
/** A town this big is known to the reader wherever it is; a list, not a container, follows it ("Tijuana, Sinaloa"). */
const KNOWN_TOWN = 100_000;

/** How far from its city a suburb may lie. */
const SUBURB_KM = 60;

/**
 * The city a name is said to be a suburb of ("the Cincinnati suburb of West Chester"), as the
 * city's name reads in pass 1. The name is then the namesake near that city, or, when the
 * gazetteer knows none and every namesake is a small town, placed at the city itself.
 */
function suburbOf(text: string, names: Recognized[], k: number, first: Ranked[]): Place | null {
  const j = suburbCityIndex(text, names, k);
  const city = j < 0 ? undefined : first[j]?.scored[0]?.place;
  return city && city.kind === 'city' ? city : null;
}

/**
 * "Holliday, Missouri" when the gazetteer knows no Holliday in Missouri: the reader still knows
 * the town is in Missouri, so it is placed at Missouri rather than at a Holliday in Texas. Only
 * when every candidate is a small town outside the container, and the container ends the phrase
 * rather than going on as a list ("Tijuana, Sinaloa and Sonora"; "Crockett, Palestine and Houston").
 */
function unknownTownIn(
  text: string,
  names: Recognized[],
  k: number,
  containers: Place[] | null,
  ranked: Ranked,
  first: Ranked[],
): Place | null {
  if (!containers) return null;
  for (const s of ranked.scored) {
    const p = s.place;
    if (p.kind !== 'city' || p.population >= KNOWN_TOWN || containers.some((c) => contains(c, p))) return null;
  }
  if (listGoesOn(text, names, k + 1)) return null;
  const chosen = first[k + 1]?.scored[0]?.place;
  return containers.find((c) => c.id === chosen?.id) ?? containers[0]!;
}

/** Prepositions that put a name in a place's position: "arrested in X in Missouri", "near X". */
const LOCATIVE_BEFORE = /\b(?:in|at|near|from|to|into|outside|inside|around|across|through|toward|towards|between|of|via)\s+(?:the\s+)?$/i;

/**
 * The area a name is said to be "in" when the name cannot be a place there: "<name> in <area>",
 * no reading of the name lies in the area, the name is no country or region, and no preposition puts
 * the name where a place stands. In news "<X> in <area>" mostly names a person or a group in
 * the area ("El Chapo in Sinaloa", "Herrera in Sonora"); a town is located with a comma
 * ("Holliday, Missouri") or after a locative ("arrested in Holliday in Missouri").
 */
function personIn(text: string, names: Recognized[], k: number, containers: Place[] | null, ranked: Ranked): Place | null {
  if (!containers) return null;
  const name = names[k]!;
  const next = names[k + 1];
  if (!next || text.slice(name.end, next.start) !== ' in ') return null;
  for (const s of ranked.scored) {
    const p = s.place;
    if (p.kind === 'country' || p.kind === 'region' || containers.some((c) => contains(c, p))) return null;
  }
  if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, name.start - 16), name.start))) return null;
  // The last of a list of places ("Sonoyta and Caborca in Sonora") stands where the list does.
  const prev = names[k - 1];
  if (prev && /^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(text.slice(prev.end, name.start))) return null;
  return containers[0]!;
}

const VIA_CONFIDENCE: Record<Recognized['via'], number> = { name: 1, demonym: 0.9, fuzzy: 0.75, pattern: 0.95 };

function candidatesOf(name: Recognized): Place[] {
  // Gazetteer answers come sorted by id, so no id repeats; only other lists need the set.
  const seen = ascendingIds(name.places) ? null : new Set<string>();
  const out: Place[] = [];
  for (const p of name.places) {
    if (seen) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
    }
    // A demonym names a country or state, never a town.
    if (name.via === 'demonym' && p.kind !== 'country' && p.kind !== 'admin1' && p.kind !== 'region') continue;
    out.push(p);
  }
  return out;
}

/** What a county named without "County" pays against the towns that bear the name itself. */
const BARE_COUNTY = -2;

/** The counties "<name> County" for a name that is read as a town (kind `admin2`, tagged `bareCounty` when scored). */
function bareCounties(name: Recognized, gazetteer: GazetteerIndex): Place[] {
  if (name.via !== 'name' || !name.places.length || !name.places.every((p) => p.kind === 'city')) return [];
  return gazetteer.lookup(`${name.key} county`).filter((p) => p.kind === 'admin2');
}

function ascendingIds(places: readonly Place[]): boolean {
  for (let i = 1; i < places.length; i++) if (!(places[i - 1].id < places[i].id)) return false;
  return true;
}

interface Scored {
  place: Place;
  score: number;
  parts: Record<string, number>;
}
interface Ranked {
  scored: Scored[];
  confidence: number;
}

function rank(
  name: Recognized,
  places: Place[],
  containers: Place[] | null,
  context: Context | null,
  gazetteer: GazetteerIndex,
  others: Reading[] = [],
  dateline = false,
  stated = false,
): Ranked {
  // "Mexico" is the country, not Mexico City, whose alternate name it also is.
  const owners = places.filter((p) => (p.kind === 'country' || p.kind === 'admin1') && foldedEquals(name.key, p.name));
  const areaOwnsName = owners.length > 0;
  // "Anatolia" is the region, not Antalya, whose old alternate name it is.
  const regionOwnsName = places.some((p) => p.kind === 'region' && foldedEquals(name.key, p.name));
  const scored = places.map((place) => {
    const parts = prior(name, place);
    if (regionOwnsName && place.kind !== 'region' && parts.name < 0) parts.name = AREA_OWNS_NAME;
    if (place.kind === 'admin2' && !name.places.includes(place)) {
      parts.name = 0;
      parts.bareCounty = BARE_COUNTY;
    }
    if (areaOwnsName && place.kind !== 'country' && place.kind !== 'admin1') {
      if (parts.name < 0) parts.name = AREA_OWNS_NAME;
      // "Florida" alone is the state, not Florida, N.Y.; only a capital or a city of a
      // million (Washington, New York) competes with the area for its own name.
      // The state must be of the town's own country: Hanover, N.H. does not yield to a parish of Jamaica.
      else if (
        place.kind === 'city' && place.featureType !== 'PPLC' && place.population < MAJOR_CITY &&
        owners.some((o) => o.country === place.country)
      )
        parts.area = AREA_NAMESAKE;
    }
    if (containers) {
      if (containers.some((c) => contains(c, place))) parts.container = CONTAINER_BONUS;
    }
    if (stated && place.kind === 'admin1') parts.stated = STATE_WORD_BONUS;
    if (dateline && place.kind === 'city' && place.population >= (place.featureType === 'PPLC' ? DATELINE_CAPITAL : MAJOR_CITY))
      parts.dateline = DATELINE_BONUS;
    if (context) Object.assign(parts, context.score(place, gazetteer));
    if (others.length) {
      const lent = support(place, others);
      if (lent > 0) parts.support = lent;
    }
    let score = 0;
    for (const k in parts) score += parts[k];
    return { place, score, parts };
  });
  scored.sort((a, b) => b.score - a.score || (a.place.id < b.place.id ? -1 : 1));
  const margin = scored.length > 1 ? scored[0].score - scored[1].score : 4;
  return { scored, confidence: round(1 / (1 + Math.exp(-margin))) };
}

function prior(name: Recognized, place: Place): Record<string, number> {
  const parts: Record<string, number> = {};
  parts.kind = KIND_PRIOR[place.kind] ?? CITY_SLOPE * (Math.log10(place.population + 10) - 5) + 5;
  // Among areas, size is a weak prior: "American" is the United States before the Northern Marianas.
  if ((place.kind === 'admin2' || place.kind === 'country') && place.population > 0) {
    parts.population = round(Math.log10(place.population) / 4);
  }
  const feature = FEATURE_BONUS[place.featureType];
  if (feature && place.kind === 'city') parts.feature = feature;
  parts.name = foldedEquals(name.key, place.name) ? 0.5 : -0.5;
  return parts;
}

function foldedEquals(key: string, name: string): boolean {
  return foldsTo(name, key);
}

function contains(container: Place, place: Place): boolean {
  if (container.id === place.id) return false;
  if (container.kind === 'country') return place.country === container.country;
  return place.country === container.country && place.admin1 === container.admin1 && place.admin1 !== '';
}

interface Context {
  score(place: Place, gazetteer: GazetteerIndex): Record<string, number>;
  without(key: string): Context;
}

interface Anchor {
  key: string;
  place: Place;
  weight: number;
}

function buildContext(names: Recognized[], first: Ranked[], gazetteer: GazetteerIndex, given: readonly Place[]): Context {
  const anchors: Anchor[] = [];
  names.forEach((name, k) => {
    const best = first[k].scored[0];
    if (best) anchors.push({ key: name.key, place: best.place, weight: first[k].confidence });
  });
  // Places the text implies without naming them (a phone number's state), sure as a named one.
  for (const place of given) anchors.push({ key: `\u0000${place.id}`, place, weight: 1 });
  return makeContext(anchors);
}

function makeContext(anchors: Anchor[]): Context {
  // Each anchor's country and first-level division as a small index, shared by every context
  // `without` derives, so that leaving a name out costs one pass of additions, not new maps.
  const countryIndex = new Map<string, number>();
  const admin1Index = new Map<string, number>();
  const countryOf: number[] = new Array(anchors.length).fill(-1);
  const admin1Of: number[] = new Array(anchors.length).fill(-1);
  anchors.forEach((a, k) => {
    if (a.place.country) {
      let i = countryIndex.get(a.place.country);
      if (i === undefined) countryIndex.set(a.place.country, (i = countryIndex.size));
      countryOf[k] = i;
    }
    if (a.place.admin1 && a.place.kind !== 'country') {
      const key = `${a.place.country}.${a.place.admin1}`;
      let i = admin1Index.get(key);
      if (i === undefined) admin1Index.set(key, (i = admin1Index.size));
      admin1Of[k] = i;
    }
  });
  const isLocal = anchors.map((a) => a.place.kind !== 'country' && a.place.kind !== 'region');

  const contextOf = (included: boolean[]): Context => {
    // Sums in anchor order, as one map per context would.
    const countries: number[] = new Array(countryIndex.size).fill(0);
    const admin1s: number[] = new Array(admin1Index.size).fill(0);
    let total = 0;
    const local: Place[] = [];
    for (let k = 0; k < anchors.length; k++) {
      if (!included[k]) continue;
      const a = anchors[k];
      total += a.weight;
      if (countryOf[k] >= 0) countries[countryOf[k]] += a.weight;
      if (admin1Of[k] >= 0) admin1s[admin1Of[k]] += a.weight;
      if (isLocal[k]) local.push(a.place);
    }
    return {
      score(place) {
        const parts: Record<string, number> = {};
        if (total > 0 && place.country) {
          const i = countryIndex.get(place.country);
          const share = (i === undefined ? 0 : countries[i]) / total;
          if (share > 0) parts.country = round(COUNTRY_WEIGHT * share);
        }
        if (place.admin1 && place.kind !== 'country') {
          const i = admin1Index.get(`${place.country}.${place.admin1}`);
          const w = i === undefined ? 0 : admin1s[i];
          if (w > 0) parts.admin1 = round(ADMIN1_WEIGHT * Math.min(1, w));
        }
        if (place.kind !== 'country' && place.kind !== 'region' && place.kind !== 'admin1') {
          let nearest = Infinity;
          for (const q of local) nearest = Math.min(nearest, distanceWithinKm(place.lat, place.lon, q.lat, q.lon, NEAR_REACH_KM));
          const near = NEAR.find((n) => nearest <= n.km);
          if (near) parts.near = near.bonus;
        }
        return parts;
      },
      without(key) {
        return contextOf(anchors.map((a, k) => included[k] && a.key !== key));
      },
    };
  };
  return contextOf(anchors.map(() => true));
}

/** Each distinct name's readings after pass 1, for the support the names lend each other. */
function readingsOf(names: Recognized[], first: Ranked[]): Reading[] {
  const byKey = new Map<string, Reading>();
  names.forEach((name, k) => {
    if (byKey.has(name.key)) return;
    byKey.set(name.key, { key: name.key, candidates: first[k].scored.map((s) => ({ place: s.place, score: s.score })) });
  });
  return [...byKey.values()];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
