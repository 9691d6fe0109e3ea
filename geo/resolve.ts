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
  options: { debug?: boolean; anchors?: readonly Place[]; phoneStates?: ReadonlyArray<Place[] | null> } = {},
): Resolution[] {
  const containers = names.map((name, k) => containerOf(text, names, k) ?? options.phoneStates?.[k] ?? null);
  // "DeKalb", "Forsyth", "Harris": in their state, a county is often named without "County".
  // ("Caddo, Okla." is the town: the City, State pattern names towns.)
  const bare = names.map((name, k) => (containers[k] ? [] : bareCounties(name, gazetteer)));
  const candidates = names.map((name, k) => (bare[k].length ? [...candidatesOf(name), ...bare[k]] : candidatesOf(name)));

  // Pass 1: priors and explicit containers only.
  const datelines = datelineKeys(text, names, containers);
  const stated = names.map((name) => stateAfter(text, name));
  const local = localUses(text, names);
  const first = names.map((name, k) => rank(text, name, candidates[k], containers[k], null, gazetteer, [], datelines.has(name.key), stated[k], local.has(name.key)));
  // "Crockett, Palestine and Houston": a name listed among towns is a town too.
  names.forEach((name, k) => {
    if (!local.has(name.key) && listedAmongTowns(text, names, k, first)) local.add(name.key);
  });
  // The article's context, from pass 1's answers, weighted by their confidence.
  const anchors = options.anchors ?? [];
  const context = buildContext(names, first, gazetteer, anchors);
  const readings = [...readingsOf(names, first), ...anchors.map((place) => ({ key: `\u0000${place.id}`, candidates: [{ place, score: 0 }] }))];
  // Pass 2: with context; one sense per name and container.
  const memo = new Map<string, Ranked>();
  return names.map((name, k) => {
    const memoKey = `${name.key}\u0000${containers[k]?.map((p) => p.id).join(',') ?? ''}\u0000${stated[k]}\u0000${THE_BEFORE.test(text.slice(Math.max(0, name.start - 4), name.start))}`;
    let ranked = memo.get(memoKey);
    if (!ranked) {
      const others = readings.filter((r) => r.key !== name.key);
      ranked = rank(text, name, candidates[k], containers[k], context.without(name.key), gazetteer, others, datelines.has(name.key), stated[k], local.has(name.key));
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
  text: string,
  name: Recognized,
  places: Place[],
  containers: Place[] | null,
  context: Context | null,
  gazetteer: GazetteerIndex,
  others: Reading[] = [],
  dateline = false,
  stated = false,
  localUse = false,
): Ranked {
  // "Mexico" is the country, not Mexico City, whose alternate name it also is.
  const owners = places.filter((p) => (p.kind === 'country' || p.kind === 'admin1') && foldedEquals(name.key, p.name));
  const areaOwnsName = owners.length > 0;
  // "China", "the Atlantic", "Siberia": a name the whole world knows is not a small namesake town
  // (China, Texas; Atlantic, Iowa) unless the text says so ("China, Maine"), whatever the story's country.
  const worldOwnsName = places.some((p) => worldName(p) && (p.kind !== 'country' || foldedEquals(name.key, p.name)));
  const worldCityOwnsName = places.some((p) => worldCity(p) && foldedEquals(name.key, p.name));
  // "the Atlantic", "the Balkans": an article before the name fits a sea, a region or a range, not a town.
  const article = !worldOwnsName ? false : THE_BEFORE.test(text.slice(Math.max(0, name.start - 4), name.start));
  // "Anatolia" is the region, not Antalya, whose old alternate name it is.
  const regionOwnsName = places.some((p) => p.kind === 'region' && foldedEquals(name.key, p.name));
  const scored = places.map((place) => {
    const parts = prior(name, place);
    if (regionOwnsName && place.kind !== 'region' && parts.name < 0) parts.name = AREA_OWNS_NAME;
    if (place.kind === 'admin2' && !name.places.includes(place)) {
      parts.name = 0;
      parts.bareCounty = BARE_COUNTY;
    }
    const namesake = worldOwnsName && place.kind === 'city' && place.featureType !== 'PPLC' && place.population < MAJOR_CITY;
    // "driven back to Los Angeles" in a Chicago story, "the Treasury in Washington": a capital or a
    // city of millions is what its name means to a world reader; a namesake town takes it only with
    // evidence in the text, and a hamlet only with explicit evidence (container, local use, list).
    const cityNamesake = !namesake && worldCityOwnsName && place.kind === 'city' && !worldCity(place);
    // (Not "the Jordan middle school": there the article is the school's.)
    if (article && !localUse && !worldName(place) && (place.kind === 'city' || place.kind === 'admin1' || place.kind === 'admin2')) parts.article = THE_TOWN_PENALTY;
    if (namesake) {
      // weighed below, once the context is known
    } else if (areaOwnsName && place.kind !== 'country' && place.kind !== 'admin1' && !worldName(place)) {
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
    // The namesake town keeps its chance only when the text puts the story there: a container
    // ("China, Maine"), the town as a bare dateline, its name used as a local modifier ("a
    // Palestine man", "Lebanon police": the country's would be "Palestinian", "Lebanese"), or a
    // place of the story within the nearest distance band. Other places of the same country or
    // state do not ("tariffs on China" in a Texas story is still the country).
    // (Weighed once the story's other places are known: not in pass 1, whose answers are the context.)
    if (cityNamesake && context && !parts.container && !dateline && !localUse) {
      // A town of the story nearby or a story set in its state; for a town rather than a hamlet,
      // also other places of its state, names that could be its neighbours, or a story set in its country.
      const local =
        context.townWithin(place, NEAR[0]!.km) || context.admin1Share(place) >= STORY_STATE_SHARE ||
        (place.population >= SMALL_TOWN && ((parts.admin1 ?? 0) > 0 || (parts.support ?? 0) >= 2 || context.countryShare(place) >= STORY_COUNTRY_SHARE));
      if (!local) parts.area = AREA_NAMESAKE;
    }
    if (namesake && localUse) parts.localUse = LOCAL_USE_BONUS;
    else if (namesake && !parts.container && !dateline && (parts.near ?? 0) < NEAR[0]!.bonus) parts.area = AREA_NAMESAKE;
    let score = 0;
    for (const k in parts) score += parts[k];
    return { place, score, parts };
  });
  scored.sort((a, b) => b.score - a.score || (a.place.id < b.place.id ? -1 : 1));
  const margin = scored.length > 1 ? scored[0].score - scored[1].score : 4;
  return { scored, confidence: round(1 / (1 + Math.exp(-margin))) };
}

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
    if (LOCAL_HEAD.test(text.slice(name.end, name.end + 16)) || MUNICIPALITY_OF.test(text.slice(Math.max(0, name.start - 16), name.start))) keys.add(name.key);
  }
  return keys;
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
  if (prev && LIST_GAP.test(text.slice(prev.end, names[k]!.start)) && town(k - 1)) return true;
  return !!next && LIST_GAP.test(text.slice(names[k]!.end, next.start)) && town(k + 1);
}

/** A city the whole world knows by its name: a national capital of 100,000 or a city of a million. */
function worldCity(p: Place): boolean {
  return p.kind === 'city' && ((p.featureType === 'PPLC' && p.population >= DATELINE_CAPITAL) || p.population >= MAJOR_CITY);
}
/** A first-level division holding this share of a story's places is where the story is set. */
const STORY_STATE_SHARE = 0.3;
/** How much weight of the story's places a state needs to be its setting (about two sure places). */
const SETTING_WEIGHT = 1.5;
/** A country holding this share of a story's places is the country the story is set in. */
const STORY_COUNTRY_SHARE = 0.5;
/** Below this population a town is a hamlet: its name alone, near the story's places, is no evidence. */
const SMALL_TOWN = 10_000;

/** A lower-case "the" right before the name. */
const THE_BEFORE = /\bthe $/;
/** What a town pays for an article before its name when a sea or region of that name exists. */
const THE_TOWN_PENALTY = -3;

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
  /**
   * Whether a town, county or other point-like place of the story (not a state's or country's
   * representative point, which says nothing of nearness) lies within `km` of the place.
   */
  townWithin(place: Place, km: number): boolean;
  /** The share (0..1, by weight) of the story's places that lie in the place's first-level division, 0 when they are too few to set the story there. */
  admin1Share(place: Place): number;
  /** The share (0..1, by weight) of the story's places that lie in the place's country. */
  countryShare(place: Place): number;
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
      countryShare(place) {
        if (total <= 0 || !place.country) return 0;
        const i = countryIndex.get(place.country);
        return i === undefined ? 0 : countries[i] / total;
      },
      admin1Share(place) {
        if (total <= 0 || !place.admin1) return 0;
        const i = admin1Index.get(`${place.country}.${place.admin1}`);
        // One place is no setting: a story is set in a state when it names several places there.
        return i === undefined || admin1s[i] < SETTING_WEIGHT ? 0 : admin1s[i] / total;
      },
      townWithin(place, km) {
        for (const q of local) if (q.kind !== 'admin1' && distanceWithinKm(place.lat, place.lon, q.lat, q.lon, km) <= km) return true;
        return false;
      },
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
