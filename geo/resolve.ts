import { ArticleContext, type ContextParts } from './articleContext.ts';
import { foldsTo } from './fold.ts';
import type { Recognized } from './recognize.ts';
import type { GazetteerIndex, Place } from './types.ts';
import { containerOf, datelineKeys, listGoesOn, stateAfter, suburbCityIndex } from './phraseCues.ts';
import { outliers } from './outliers.ts';
import { PlaceTable } from './placeTable.ts';
import { distanceWithinKm, MAX_TOTAL as MAX_SUPPORT, SupportTable, type Reading } from './support.ts';

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
 * How many other names lend a name support: in an article naming more, the names first named
 * nearest to it (half before, half after). News articles name far fewer (at most about 25 in
 * the development sets), so for them every other name counts; the bound keeps the cost of one
 * name constant in a long text (issue 9, point 7), where the nearest names are its story.
 */
export const SUPPORT_WINDOW = 64;

/**
 * Picks, for each recognised name, the place it most likely means — reasoning as a reader:
 * an explicit container ("Paris, Texas", "Victoria, Tamaulipas"), the other places of the same
 * article (their countries, states and distances), and priors from feature type and population.
 * A name repeated in one article keeps one sense unless a container says otherwise.
 *
 * The cost is linear in the names: the article's countries, states and places are summed once
 * (`ArticleContext`), and support comes from at most `SUPPORT_WINDOW` other names.
 *
 * @example resolve(text, recognize(text, gazetteer, lexicon).names, gazetteer)
 */
export function resolve(
  text: string,
  names: Recognized[],
  gazetteer: GazetteerIndex,
  options: { debug?: boolean; anchors?: readonly Place[]; phoneStates?: ReadonlyArray<Place[] | null> } = {},
): Resolution[] {
  const debug = options.debug ?? false;
  const containers = names.map((name, k) => containerOf(text, names, k) ?? options.phoneStates?.[k] ?? null);
  // "DeKalb", "Forsyth", "Harris": in their state, a county is often named without "County".
  // ("Caddo, Okla." is the town: the City, State pattern names towns.)
  const bareByKey = new Map<string, Place[]>();
  const candidates = names.map((name, k) => {
    const own = candidatesOf(name);
    if (containers[k]) return own;
    const bare = bareCounties(name, gazetteer, bareByKey);
    return bare.length ? [...own, ...bare] : own;
  });

  // Pass 1: priors and explicit containers only (one ranking per distinct reading of a name).
  const datelines = datelineKeys(text, names, containers);
  const stated = names.map((name) => stateAfter(text, name));
  const articles = names.map((name) => theBefore(text, name.start));
  // One reading per name, container, "state" after and "the" before: most names have none of
  // these, and their key alone tells the reading (a key holds no NUL, so the two never meet).
  const memoKeys = names.map((name, k) =>
    containers[k] || stated[k] || articles[k] ? `${name.key}\u0000${containers[k]?.map((p) => p.id).join(',') ?? ''}\u0000${stated[k]}\u0000${articles[k]}` : name.key,
  );
  const local = localUses(text, names);
  // Pass 1's rankings by how the name was found (VIAS) and reading.
  const firstMemo = VIAS.map(() => new Map<string, Array<{ name: Recognized; places: readonly Place[]; ranked: First }>>());
  const first = names.map((name, k) => {
    const byVia = firstMemo[VIAS.indexOf(name.via)]!;
    const key = memoKeys[k]!;
    let seen = byVia.get(key);
    const same = seen?.find((f) => sameList(f.name.places, name.places) && sameList(f.places, candidates[k]));
    if (same) return same.ranked;
    const reading: Reading1 = { name, places: candidates[k], containers: containers[k], dateline: datelines.has(name.key), stated: stated[k], article: articles[k] };
    const ranked = rankFirst(reading, local.has(name.key), debug);
    if (!seen) byVia.set(key, (seen = []));
    seen.push({ name, places: candidates[k], ranked });
    return ranked;
  });
  // "Crockett, Palestine and Houston": a name listed among towns is a town too.
  names.forEach((name, k) => {
    if (!local.has(name.key) && listedAmongTowns(text, names, k, first)) local.add(name.key);
  });
  // Each distinct name's readings after pass 1 (in the order first named), for the support the
  // names lend each other; then the places the text implies (a phone number's state), each its own.
  const given = options.anchors ?? [];
  const readingIndex = new Map<string, number>();
  const readings: Reading[] = [];
  names.forEach((name, k) => {
    if (readingIndex.has(name.key)) return;
    readingIndex.set(name.key, readings.length);
    readings.push({ key: name.key, candidates: first[k].scored });
  });
  const implied = given.map((place): Reading => ({ key: `\u0000${place.id}`, candidates: [{ place, score: 0 }] }));
  const places = new PlaceTable();
  const table = new SupportTable(places, [...readings, ...implied]);
  // The article's context, from pass 1's answers, weighted by their confidence; the places the
  // text implies without naming them, sure as a named one.
  const context = new ArticleContext(places, readings.length + implied.length);
  names.forEach((name, k) => {
    const best = first[k].scored[0];
    if (best) context.add(readingIndex.get(name.key)!, places.number(best.place), first[k].confidence);
  });
  given.forEach((place, i) => context.add(readings.length + i, places.number(place), 1));
  // "the Cincinnati suburb of West Chester": such a name needs its whole ranking, not only the best two.
  const suburbCities = names.map((name, k) => suburbCityIndex(text, names, k));
  const whole = new Set<string>();
  suburbCities.forEach((j, k) => j >= 0 && whole.add(memoKeys[k]));
  // Pass 2: with context; one sense per name and container.
  const memo = new Map<string, Ranked>();
  const resolutions = names.map((name, k): Resolution => {
    let ranked = memo.get(memoKeys[k]);
    if (!ranked) {
      const r = readingIndex.get(name.key)!;
      const others = supportWindow(readings.length, r, implied.length);
      ranked = rankInContext(first[k], local.has(name.key), r, places, context, table, others, debug, debug || whole.has(memoKeys[k]));
      memo.set(memoKeys[k], ranked);
    }
    const best = ranked.scored[0];
    if (!best) return { place: null, confidence: 0, reason: 'no candidate place' };
    const settled = ranked;
    // The answer; a phrase cue that overrode the ranking heads the debug list under its name.
    const answer = (place: Place, confidence: number, cue?: string): Resolution => {
      const resolution: Resolution = { place, confidence: confidence * VIA_CONFIDENCE[name.via] };
      if (debug) {
        const scored = settled.scored.slice(0, 8).map((s) => ({ placeId: s.place.id, name: s.place.name, score: round(s.score), parts: s.parts! }));
        resolution.candidates = cue ? [{ placeId: place.id, name: place.name, score: 0, parts: { [cue]: 1 } }, ...scored] : scored;
      }
      return resolution;
    };
    const city = suburbOf(suburbCities[k], first);
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
  // A small place far from everything else the article names is a doubtful reading: say so.
  const far = outliers(resolutions.map((r, k) => ({ key: names[k]!.key, place: r.place })));
  far.forEach((isFar, k) => {
    if (isFar) resolutions[k] = { ...resolutions[k]!, confidence: resolutions[k]!.confidence * OUTLIER_CONFIDENCE };
  });
  return resolutions;
}

/** What a reading far from all the article's other places keeps of its confidence. */
const OUTLIER_CONFIDENCE = 0.5;

/** Whether two lists hold the same places in the same order. */
function sameList(a: readonly Place[], b: readonly Place[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The numbers of the readings that lend the `r`-th of `named` a name support: every other one,
 * or in a long article the `SUPPORT_WINDOW` first named nearest to it; then the `implied` places
 * (numbered after the named).
 */
function supportWindow(named: number, r: number, implied: number): number[] {
  let from = 0;
  let to = named;
  if (named > SUPPORT_WINDOW + 1) {
    from = Math.max(0, Math.min(r - SUPPORT_WINDOW / 2, named - SUPPORT_WINDOW - 1));
    to = from + SUPPORT_WINDOW + 1;
  }
  const others: number[] = [];
  for (let i = from; i < to; i++) if (i !== r) others.push(i);
  for (let i = 0; i < implied; i++) others.push(named + i);
  return others;
}

/** Confidence of a town placed at its named container because no town of its name is known there. */
const UNKNOWN_TOWN_CONFIDENCE = 0.5;
/** A town this big is known to the reader wherever it is; a list, not a container, follows it ("Tijuana, Sinaloa"). */
const KNOWN_TOWN = 100_000;

/** How far from its city a suburb may lie. */
const SUBURB_KM = 60;

/**
 * The city a name is said to be a suburb of ("the Cincinnati suburb of West Chester"), as the
 * city's name (the `j`-th, from `suburbCityIndex`) reads in pass 1. The name is then the namesake near that city, or, when the
 * gazetteer knows none and every namesake is a small town, placed at the city itself.
 */
function suburbOf(j: number, first: Ranked[]): Place | null {
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
  if (!next || next.start - name.end !== 4 || text.slice(name.end, next.start) !== ' in ') return null;
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
/** The ways a name is found. */
const VIAS: ReadonlyArray<Recognized['via']> = ['name', 'demonym', 'fuzzy', 'pattern'];

function candidatesOf(name: Recognized): readonly Place[] {
  // Gazetteer answers come sorted by id, so no id repeats; only other lists need the set.
  const ascending = ascendingIds(name.places);
  // Nothing to drop: the list itself.
  if (ascending && name.via !== 'demonym') return name.places;
  const seen = ascending ? null : new Set<string>();
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
function bareCounties(name: Recognized, gazetteer: GazetteerIndex, byKey: Map<string, Place[]>): Place[] {
  if (name.via !== 'name' || !name.places.length || !name.places.every((p) => p.kind === 'city')) return [];
  let counties = byKey.get(name.key);
  if (!counties) byKey.set(name.key, (counties = gazetteer.lookup(`${name.key} county`).filter((p) => p.kind === 'admin2')));
  return counties;
}

/** Lists of places known to be in ascending id order, or not (gazetteer answers are asked again and again). */
const ascendingLists = new WeakMap<readonly Place[], boolean>();

function ascendingIds(places: readonly Place[]): boolean {
  if (places.length < 2) return true;
  let known = ascendingLists.get(places);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < places.length && known; i++) if (!(places[i - 1].id < places[i].id)) known = false;
    ascendingLists.set(places, known);
  }
  return known;
}

interface Scored {
  place: Place;
  score: number;
  /** The named parts of the score, in the order they were added (debug mode only). */
  parts: Record<string, number> | null;
}
interface Ranked {
  scored: Scored[];
  confidence: number;
}

/** What pass 1 knows of one reading of a name, for both passes. */
interface Reading1 {
  name: Recognized;
  places: readonly Place[];
  containers: Place[] | null;
  dateline: boolean;
  stated: boolean;
  /** A lower-case "the" right before the name. */
  article: boolean;
}

/** A candidate's score before the article's context: its sum, its parts (debug mode), and what the namesake rules need. */
interface Prefix {
  place: Place;
  /** The parts from the prior to the dateline, summed in that order. */
  sum: number;
  parts: Record<string, number> | null;
  /** A small town bearing a name the whole world knows (a country's, a sea's): NAMESAKE; a town bearing a world city's name: CITY_NAMESAKE. */
  namesake: number;
  /** Its `area` part was set among the prefix's (a state's or country's own name). */
  areaEarly: boolean;
  contained: boolean;
}
const NAMESAKE = 1;
const CITY_NAMESAKE = 2;

/** Pass 1's ranking: its candidates best first, and each candidate's prefix by place id. */
interface First extends Ranked {
  reading: Reading1;
  localUse: boolean;
  prefixes: Prefix[];
}

/** The confidence of a ranking whose best leads the next by `margin` (4 when it has no rival). */
function confidenceOf(scored: readonly Scored[]): number {
  const margin = scored.length > 1 ? scored[0]!.score - scored[1]!.score : 4;
  return round(1 / (1 + Math.exp(-margin)));
}

function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || (a.place.id < b.place.id ? -1 : 1);
}

/**
 * Each candidate's score before the article's context, in the candidates' order: its prior
 * (kind, population, feature, name), explicit container, the phrase cues ("state" after the
 * name, a bare dateline, "the" before it) and the namesake rules that need no context.
 */
function prefixes(reading: Reading1, localUse: boolean, debug: boolean): Prefix[] {
  const { name, places, containers, dateline, stated } = reading;
  // "Mexico" is the country, not Mexico City, whose alternate name it also is.
  const owners = places.filter((p) => (p.kind === 'country' || p.kind === 'admin1') && foldedEquals(name.key, p.name));
  const areaOwnsName = owners.length > 0;
  // "China", "the Atlantic", "Siberia": a name the whole world knows is not a small namesake town
  // (China, Texas; Atlantic, Iowa) unless the text says so ("China, Maine"), whatever the story's country.
  const worldOwnsName = places.some((p) => worldName(p) && (p.kind !== 'country' || foldedEquals(name.key, p.name)));
  const worldCityOwnsName = places.some((p) => worldCity(p) && foldedEquals(name.key, p.name));
  // "the Atlantic", "the Balkans": an article before the name fits a sea, a region or a range, not a town.
  const article = worldOwnsName && reading.article;
  // "Anatolia" is the region, not Antalya, whose old alternate name it is.
  const regionOwnsName = places.some((p) => p.kind === 'region' && foldedEquals(name.key, p.name));
  return places.map((place): Prefix => {
    // The parts, in the order the score adds them up (and debug lists them).
    const kind = KIND_PRIOR[place.kind] ?? CITY_SLOPE * (Math.log10(place.population + 10) - 5) + 5;
    // Among areas, size is a weak prior: "American" is the United States before the Northern Marianas.
    const population = (place.kind === 'admin2' || place.kind === 'country') && place.population > 0 ? round(Math.log10(place.population) / 4) : NaN;
    const featureBonus = FEATURE_BONUS[place.featureType];
    const feature = featureBonus && place.kind === 'city' ? featureBonus : NaN;
    let own = foldedEquals(name.key, place.name) ? 0.5 : -0.5;
    let bareCounty = NaN;
    let articlePart = NaN;
    let area = NaN;
    if (regionOwnsName && place.kind !== 'region' && own < 0) own = AREA_OWNS_NAME;
    if (place.kind === 'admin2' && !name.places.includes(place)) {
      own = 0;
      bareCounty = BARE_COUNTY;
    }
    const namesake = worldOwnsName && place.kind === 'city' && place.featureType !== 'PPLC' && place.population < MAJOR_CITY;
    // "driven back to Los Angeles" in a Chicago story, "the Treasury in Washington": a capital or a
    // city of millions is what its name means to a world reader; a namesake town takes it only with
    // evidence in the text, and a hamlet only with explicit evidence (container, local use, list).
    const cityNamesake = !namesake && worldCityOwnsName && place.kind === 'city' && !worldCity(place);
    // (Not "the Jordan middle school": there the article is the school's.)
    if (article && !localUse && !worldName(place) && (place.kind === 'city' || place.kind === 'admin1' || place.kind === 'admin2')) articlePart = THE_TOWN_PENALTY;
    if (namesake) {
      // weighed after the context, in pass 2 (and in pass 1 without it)
    } else if (areaOwnsName && place.kind !== 'country' && place.kind !== 'admin1' && !worldName(place)) {
      if (own < 0) own = AREA_OWNS_NAME;
      // "Florida" alone is the state, not Florida, N.Y.; only a capital or a city of a
      // million (Washington, New York) competes with the area for its own name.
      // The state must be of the town's own country: Hanover, N.H. does not yield to a parish of Jamaica.
      else if (
        place.kind === 'city' && place.featureType !== 'PPLC' && place.population < MAJOR_CITY &&
        owners.some((o) => o.country === place.country)
      )
        area = AREA_NAMESAKE;
    }
    const container = containers && containers.some((c) => contains(c, place)) ? CONTAINER_BONUS : NaN;
    const state = stated && place.kind === 'admin1' ? STATE_WORD_BONUS : NaN;
    const datelined = dateline && place.kind === 'city' && place.population >= (place.featureType === 'PPLC' ? DATELINE_CAPITAL : MAJOR_CITY) ? DATELINE_BONUS : NaN;
    // Left to right, as the parts were added (floating-point sums depend on the order).
    let sum = kind;
    if (population === population) sum += population;
    if (feature === feature) sum += feature;
    sum += own;
    if (bareCounty === bareCounty) sum += bareCounty;
    if (articlePart === articlePart) sum += articlePart;
    if (area === area) sum += area;
    if (container === container) sum += container;
    if (state === state) sum += state;
    if (datelined === datelined) sum += datelined;
    let parts: Record<string, number> | null = null;
    if (debug) {
      parts = { kind };
      if (population === population) parts.population = population;
      if (feature === feature) parts.feature = feature;
      parts.name = own;
      if (bareCounty === bareCounty) parts.bareCounty = bareCounty;
      if (articlePart === articlePart) parts.article = articlePart;
      if (area === area) parts.area = area;
      if (container === container) parts.container = container;
      if (state === state) parts.stated = state;
      if (datelined === datelined) parts.dateline = datelined;
    }
    return {
      place,
      sum,
      parts,
      namesake: namesake ? NAMESAKE : cityNamesake ? CITY_NAMESAKE : 0,
      areaEarly: area === area,
      contained: container === container,
    };
  });
}

/**
 * Pass 1: the candidates by their prefix and, for a small namesake of a name the whole world
 * knows, its local use (a bonus) or, with no container or dateline, its penalty. Without debug,
 * a name with one candidate needs no score: it is the answer whatever the score, and it lends its
 * support at no penalty.
 */
function rankFirst(reading: Reading1, localUse: boolean, debug: boolean): First {
  if (reading.places.length === 1 && !debug) {
    return { scored: [{ place: reading.places[0]!, score: 0, parts: null }], confidence: confidenceOf([]), reading, localUse, prefixes: [] };
  }
  const all = prefixes(reading, localUse, debug);
  const scored = all.map((p): Scored => {
    let score = p.sum;
    let parts = p.parts;
    if (p.namesake === NAMESAKE && localUse) {
      score += LOCAL_USE_BONUS;
      if (parts) parts = { ...parts, localUse: LOCAL_USE_BONUS };
    } else if (p.namesake === NAMESAKE && !p.contained && !reading.dateline) {
      score += AREA_NAMESAKE;
      if (parts) parts = { ...parts, area: AREA_NAMESAKE };
    }
    return { place: p.place, score, parts };
  });
  scored.sort(byScore);
  return { scored, confidence: confidenceOf(scored), reading, localUse, prefixes: all };
}

/**
 * Pass 2: each candidate's prefix plus what the article says — its countries, states and nearby
 * places other than the name's own (`key`), the support of the other names' readings — and the
 * namesake rules that need them. A name with one candidate keeps pass 1's answer (outside
 * debug mode).
 *
 * Unless `whole` (debug mode, or a suburb's namesakes to search in order), only the best two
 * need exact scores (the answer and its margin): candidates are weighed in order of their score
 * before support, and once support (at most MAX_SUPPORT, and a local use's bonus) could not
 * lift the next one to the second best, the rest follow unranked, in pass 1's order, with no score.
 */
function rankInContext(
  first: First,
  localUse: boolean,
  key: number,
  places: PlaceTable,
  context: ArticleContext,
  table: SupportTable,
  others: number[],
  debug: boolean,
  whole: boolean,
): Ranked {
  const n = first.scored.length;
  if (n <= 1 && !whole) return first;
  const reading = first.reading;
  // The prefix depends on local use, which pass 1 may not have known ("Crockett, Palestine and Houston").
  const all = first.prefixes.length && localUse === first.localUse ? first.prefixes : prefixes(reading, localUse, debug);
  const parts: ContextParts = { country: NaN, admin1: NaN, near: NaN };
  const partial: number[] = [];
  const contexts: ContextParts[] = [];
  const numbers: number[] = [];
  for (const p of all) {
    const i = places.number(p.place);
    numbers.push(i);
    context.score(i, key, parts);
    let score = p.sum;
    if (parts.country === parts.country) score += parts.country;
    if (parts.admin1 === parts.admin1) score += parts.admin1;
    if (parts.near === parts.near) score += parts.near;
    partial.push(score);
    contexts.push({ ...parts });
  }
  const scoreWith = (i: number): Scored => {
    const p = all[i]!;
    const c = contexts[i]!;
    const lent = others.length ? table.support(numbers[i]!, others) : 0;
    let score = lent > 0 ? partial[i]! + lent : partial[i]!;
    // The namesake town keeps its chance only when the text puts the story there: a container
    // ("China, Maine"), the town as a bare dateline, its name used as a local modifier ("a
    // Palestine man", "Lebanon police": the country's would be "Palestinian", "Lebanese"), or a
    // place of the story within the nearest distance band. Other places of the same country or
    // state do not ("tariffs on China" in a Texas story is still the country).
    let area = false;
    if (p.namesake === CITY_NAMESAKE && !p.contained && !reading.dateline && !localUse) {
      // A town of the story nearby or a story set in its state; for a town rather than a hamlet,
      // also other places of its state, names that could be its neighbours, or a story set in its country.
      const town = numbers[i]!;
      const setting =
        context.townWithin(town, NEAR_KM, key) || context.admin1Share(town, key) >= STORY_STATE_SHARE ||
        (p.place.population >= SMALL_TOWN && ((c.admin1 === c.admin1 ? c.admin1 : 0) > 0 || lent >= 2 || context.countryShare(town, key) >= STORY_COUNTRY_SHARE));
      // (Already counted when the prefix set it: the part is assigned again, not added.)
      if (!setting && !p.areaEarly) {
        score += AREA_NAMESAKE;
        area = true;
      }
    }
    let localBonus = false;
    if (p.namesake === NAMESAKE && localUse) {
      score += LOCAL_USE_BONUS;
      localBonus = true;
    } else if (p.namesake === NAMESAKE && !p.contained && !reading.dateline && (c.near === c.near ? c.near : 0) < NEAR_BONUS) {
      score += AREA_NAMESAKE;
      area = true;
    }
    let named: Record<string, number> | null = null;
    if (debug) {
      named = { ...p.parts! };
      if (c.country === c.country) named.country = c.country;
      if (c.admin1 === c.admin1) named.admin1 = c.admin1;
      if (c.near === c.near) named.near = c.near;
      if (lent > 0) named.support = lent;
      if (area) named.area = AREA_NAMESAKE;
      if (localBonus) named.localUse = LOCAL_USE_BONUS;
    }
    return { place: p.place, score, parts: named };
  };
  if (whole) {
    const scored = all.map((_, i) => scoreWith(i));
    scored.sort(byScore);
    return { scored, confidence: confidenceOf(scored) };
  }
  // Nothing after the context adds more than support and a local use's bonus.
  const most = (i: number) => partial[i]! + MAX_SUPPORT + (all[i]!.namesake === NAMESAKE && localUse ? LOCAL_USE_BONUS : 0);
  const order = partial.map((_, i) => i).sort((a, b) => most(b) - most(a) || a - b);
  const weighed: Scored[] = [];
  let best: Scored | null = null;
  let second: Scored | null = null;
  let next = 0;
  for (; next < all.length; next++) {
    const i = order[next]!;
    // This one and the rest cannot reach the second best.
    if (second && most(i) < second.score) break;
    const s = scoreWith(i);
    weighed.push(s);
    if (!best || byScore(s, best) < 0) [best, second] = [s, best];
    else if (!second || byScore(s, second) < 0) second = s;
  }
  weighed.sort(byScore);
  const rest = order.slice(next).sort((a, b) => a - b).map((i): Scored => ({ place: all[i]!.place, score: NaN, parts: null }));
  const scored = [...weighed, ...rest];
  return { scored, confidence: confidenceOf(scored) };
}

/** The nearest distance band of the article context (a town of the story this near sets it there), and its bonus. */
const NEAR_KM = 50;
const NEAR_BONUS = 2;

/**
 * Whether the whole world knows a place by its name: a country, a continent, a region of
 * several countries, an ocean, sea, gulf, strait, desert, range or peninsula (not a river: many
 * towns are named after their river and are read as the town).
 */
function worldName(p: Place): boolean {
  if (p.kind === 'country') return true;
  if (p.kind !== 'region') return false;
  if (p.id.startsWith('feature:')) return p.featureType !== 'STM';
  return p.featureType === 'CONT' || p.country === '';
}

/** Words after a name that make it a modifier of local people or institutions: "a Palestine man", "Lebanon police". */
const LOCAL_HEAD =
  /^[ -](?:man|men|woman|women|boy|girl|teens?|residents?|natives?|couple|family|police|officers?|firefighters?|fire|schools?|elementary|middle|high|city|council|mayor|township|library|church|hospital|area|student|students|businessm[ae]n|company|plant|park|post office|civic|municipal|public)\b/i;

/**
 * Keys of names that some mention in the text uses as a modifier of local people or
 * institutions ("Palestine man", "Jordan elementary", "Lebanon Police"): a town's usage, since
 * a country is named so by its demonym. One sense per name: the whole article's mentions count.
 */
function localUses(text: string, names: Recognized[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    if (keys.has(name.key)) continue;
    // (LOCAL_HEAD needs a space or hyphen after the name, MUNICIPALITY_OF " of " before it: most names are passed over without the patterns.)
    const after = text.charCodeAt(name.end);
    const local = (after === 0x20 || after === 0x2d) && LOCAL_HEAD.test(text.slice(name.end, name.end + 16));
    if (local || (endsWithOf(text, name.start) && MUNICIPALITY_OF.test(text.slice(Math.max(0, name.start - 16), name.start)))) keys.add(name.key);
  }
  return keys;
}

/** Whether " of " ends right before `at`. */
function endsWithOf(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 0x20 && text.charCodeAt(at - 2) === 0x66 && text.charCodeAt(at - 3) === 0x6f && text.charCodeAt(at - 4) === 0x20;
}

/** "the City of Paris", "the Town of Lebanon": a municipality's official name, as local papers write it. */
const MUNICIPALITY_OF = /\b(?:City|Town|Village|Township|Borough) of $/;

/** What a town gains when the text uses its name as a local modifier and a country bears the name. */
const LOCAL_USE_BONUS = 3;

/** The gap between two items of a list of names. */
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;

/**
 * Whether the k-th name stands in a list beside a name whose likeliest reading (pass 1) is a
 * town: the items of a list are the same kind of place ("from Crockett, Palestine and Houston";
 * "Korea, the Middle East, Italy and Germany" lists countries).
 */
function listedAmongTowns(text: string, names: Recognized[], k: number, first: Ranked[]): boolean {
  const town = (j: number) => {
    const kind = first[j]?.scored[0]?.place.kind;
    return kind === 'city' || kind === 'admin2';
  };
  const prev = names[k - 1];
  const next = names[k + 1];
  if (prev && listGap(text, prev.end, names[k]!.start) && town(k - 1)) return true;
  return !!next && listGap(text, names[k]!.end, next.start) && town(k + 1);
}

/** Whether LIST_GAP is the text from `from` to `to`; it starts with a comma or a space, so most gaps are passed over without the slice and pattern. */
function listGap(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (c !== 0x2c && c !== 0x20 && (c < 0x80 ? c < 0x09 || c > 0x0d : false)) return false;
  return LIST_GAP.test(text.slice(from, to));
}

/** A city the whole world knows by its name: a national capital of 100,000 or a city of a million. */
function worldCity(p: Place): boolean {
  return p.kind === 'city' && ((p.featureType === 'PPLC' && p.population >= DATELINE_CAPITAL) || p.population >= MAJOR_CITY);
}
/** A first-level division holding this share of a story's places is where the story is set. */
const STORY_STATE_SHARE = 0.3;
/** A country holding this share of a story's places is the country the story is set in. */
const STORY_COUNTRY_SHARE = 0.5;
/** Below this population a town is a hamlet: its name alone, near the story's places, is no evidence. */
const SMALL_TOWN = 10_000;

/** A lower-case "the" right before the name (as /\bthe $/ on the four characters before it). */
function theBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(start - 2) !== 0x65) return false;
  return THE_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}
const THE_BEFORE = /\bthe $/;
/** What a town pays for an article before its name when a sea or region of that name exists. */
const THE_TOWN_PENALTY = -3;

function foldedEquals(key: string, name: string): boolean {
  return foldsTo(name, key);
}

function contains(container: Place, place: Place): boolean {
  if (container.id === place.id) return false;
  if (container.kind === 'country') return place.country === container.country;
  return place.country === container.country && place.admin1 === container.admin1 && place.admin1 !== '';
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
