import { foldName, foldsTo } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import { CONNECTORS, INSTITUTIONS, MODIFIERS, ORGANISATION_HEADS, ORGANISATION_OF, ORGANISATION_TAILS, PLACE_HEADS, TITLES } from './nameContext.ts';
import { tokenize, type Token } from './tokens.ts';
import type { Candidate, GazetteerIndex, Place, Unresolved } from './types.ts';
import { misspellingIndex, type MisspellingIndex } from './misspellings.ts';
import { PEOPLES } from './peoples.ts';

/** A place name found in the text with every gazetteer entry it could be. */
export interface Recognized extends Candidate {
  places: readonly Place[];
  /** The name stands first in its sentence or in a title-case line, so its capital says little. */
  initial: boolean;
}

/** The recogniser's answer: names to resolve, and names it saw but could not look up. */
export interface Recognition {
  names: Recognized[];
  unresolved: Unresolved[];
}

const AREA_KINDS = new Set(['country', 'admin1', 'region', 'district', 'court', 'airport', 'facility']);
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter',
]);
const LOCATIVES = new Set(['in', 'near', 'outside', 'at', 'from', 'into', 'across', 'toward', 'towards', 'through', 'around', 'inside', 'to']);
/** How common (frequency rank) a word must be for its capital to mean nothing even mid-sentence. */
const VERY_COMMON = 200;
/** Words before a language's name: "spoke French", "fluent Arabic" (a demonym's other sense). */
const LANGUAGE_VERBS = new Set(['speak', 'speaks', 'spoke', 'speaking', 'spoken', 'fluent', 'learn', 'learned', 'learning', 'taught', 'teach', 'teaches', 'translated', 'dubbed', 'subtitled']);
/** Between the verb and the language: "spoke only French", "speaks fluent Arabic". */
const LANGUAGE_ADVERBS = new Set(['only', 'mostly', 'little', 'fluent', 'perfect', 'broken', 'good', 'some', 'no', 'in']);
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** A verb of speech right after a name: "Robertson said", "Petrova told". */
const SPEECH_AFTER = /^ (?:said|says|told|added|asked|explained|noted|wrote|recalled|argued|insisted|replied)\b/;
/** Names made of compass words and a generic head only: "North West", "Upper East Region". */
const DIRECTION_NAME =
  /^(?:(?:north|south|east|west|far|central|centre|center|upper|lower|middle|northern|southern|eastern|western|northeast|northwest|southeast|southwest)[ -]?)+(?:region|province|district|area|division|state|zone)?$/;
/** How common a sentence-initial word must be to be a word rather than a big place's name. */
const COMMON_EVEN_FOR_CITIES = 1500;
/** How common a word must be to be read as the word, not a small town, anywhere in a sentence. */
const COMMON_WORD = 5000;
const BIG_CITY = 100_000;
/** Below this population, a town's name after "the" is a feature's ("the Crescent"). */
const THE_TOWN = 10_000;
/** How big a place must be for its name at the head of an institution's name to still be read as the place. */
const LEADS_NAMES = 10_000;

/** Academic and professional degrees written with stops, which are no state or country codes. */
const DEGREE = /^(?:M\.D\.|Ph\.D\.|D\.D\.S\.|M\.B\.A\.|J\.D\.|R\.N\.|D\.V\.M\.|M\.S\.W\.|Ed\.D\.)/;

/**
 * Whether a degree ("M.D.", "Ph.D.") starts at `start`. Every degree has its first stop second or
 * third, so most capitalised words are told apart without the slice and the pattern (hot path).
 */
function degreeAt(text: string, start: number): boolean {
  if (text.charCodeAt(start + 1) !== 46 /* . */ && text.charCodeAt(start + 2) !== 46) return false;
  return DEGREE.test(text.slice(start, start + 8));
}
const INITIALISM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}\. ?\p{Lu}\p{Ll}{1,2}\.)$/u;
const PERSON_OFFICE = /(\p{Lu}[\p{L}'’-]+)(?:['’]s)? (?:administration|campaign|presidency|White House)\b/gu;
const NICKNAMED = /(\p{Lu}[\p{L}'’-]+) [“"][^”"\n]{1,30}[”"] (\p{Lu}[\p{L}'’-]+)/gu;
/** What every PERSON_OFFICE match contains. */
const PERSON_OFFICE_WORDS = [' administration', ' campaign', ' presidency', ' White House'];

const misspellingCache = new WeakMap<GazetteerIndex, MisspellingIndex>();

/**
 * Finds the place names in a text: longest gazetteer matches over capitalised words, demonyms,
 * close misspellings of well-known places, and codes in "City, XX" patterns; then drops names
 * that context shows are people, organisations or ordinary words.
 *
 * @example recognize('Cienfuegos was arrested at Los Angeles International Airport.', gazetteer, lexicon)
 */
export function recognize(text: string, gazetteer: GazetteerIndex, lexicon: Lexicon, tokens: Token[] = tokenize(text)): Recognition {
  const titleCase = titleCaseLines(text, tokens, lexicon);
  const isInitial = (t: number) => tokens[t].initial || titleCase.has(t);
  const persons = personNames(text, tokens, gazetteer, lexicon);
  const names: Recognized[] = [];
  const unresolved: Unresolved[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const tok = tokens[i];
    if (!tok.cap) { i++; continue; }
    // "Maury Rosenstein, M.D., Ph.D.": a degree, not Maryland ("Md.") or a parish's code.
    if (degreeAt(text, tok.start)) { i++; continue; }
    const match = longestMatch(text, tokens, i, gazetteer) ?? fuzzyMatch(text, tokens, i, gazetteer, lexicon, isInitial(i));
    if (!match) {
      const skip = unresolvedName(text, tokens, i, lexicon, isInitial, gazetteer, unresolved);
      i = Math.max(i + 1, skip);
      continue;
    }
    const verdict = judge(text, tokens, i, match.last, match, lexicon, isInitial, titleCase, gazetteer, persons);
    if (verdict === 'person') {
      i = runEnd(text, tokens, i) + 1;
      continue;
    }
    if (verdict === 'place') {
      const start = tok.start;
      const end = tokens[match.last].end;
      names.push({ start, end, text: text.slice(start, end), key: match.key, via: match.via, places: townOf(text, start, match.places), initial: isInitial(i) });
      const code = containerCode(text, tokens, match.last, gazetteer);
      if (code) {
        names.push(code.name);
        i = code.last + 1;
        continue;
      }
    }
    i = match.last + 1;
  }
  sharedHeads(text, names, gazetteer);
  return { names, unresolved };
}

/**
 * A word's frequency rank in English, counting its inflections as the word ("arrests", "warned",
 * "charging"): the lexicon lists base forms only.
 */
function wordRank(lexicon: Lexicon, word: string): number {
  let rank = lexicon.rank(word);
  if (rank !== Infinity) return rank;
  for (const [suffix, replacement] of INFLECTIONS) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) rank = Math.min(rank, lexicon.rank(word.slice(0, -suffix.length) + replacement));
  }
  return rank;
}
const INFLECTIONS: ReadonlyArray<[string, string]> = [['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e']];

/** Whether the name at token `i` continues a list of names: "Guntersville and Arab", "Boaz, Arab". */
function listBefore(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  const gap = text.slice(prev.end, tokens[i].start);
  if (gap === ', ') return tokens[i - 1]!.cap;
  return (gap === ' ' && /^(?:and|or)$/.test(prev.text) && !!tokens[i - 2]?.cap && /^,? $/.test(text.slice(tokens[i - 2]!.end, prev.start)));
}

/** Spanish articles that open towns' names ("El Paso") and nicknames and gangs' names ("El Chapo", "Los Lobos"). */
const SPANISH_ARTICLES = new Set(['el', 'la', 'los', 'las']);

/** Whether ", <state or country>" follows token `last`: "El Chapo, Veracruz" locates a town. */
function areaAfter(text: string, tokens: Token[], last: number, gazetteer: GazetteerIndex): boolean {
  const next = tokens[last + 1];
  if (!next || !next.cap || text.slice(tokens[last].end, next.start) !== ', ') return false;
  const match = longestMatch(text, tokens, last + 1, gazetteer);
  return !!match && match.places.some((p) => p.kind === 'admin1' || p.kind === 'country');
}

/** Plural heads a list of names can share, and the singular each name then takes. */
const SHARED_HEADS: Record<string, string> = { counties: 'county', parishes: 'parish', provinces: 'province', states: 'state' };
const LIST_GAP = /^(?:, (?:and |or )?| and | or )$/;

/**
 * "Barrow and Jackson counties", "Barrow, Jackson and Madison counties": a plural head after a
 * list gives every name of the list its singular ("Barrow County"), when the gazetteer knows
 * that name; the list's names are then read as those places, not as the towns they also name.
 */
function sharedHeads(text: string, names: Recognized[], gazetteer: GazetteerIndex): void {
  for (let k = 0; k < names.length; k++) {
    const head = /^ (\p{L}+)\b/u.exec(text.slice(names[k]!.end, names[k]!.end + 12))?.[1]?.toLowerCase();
    const singular = head ? SHARED_HEADS[head] : undefined;
    if (!singular) continue;
    let first = k;
    while (first > 0 && LIST_GAP.test(text.slice(names[first - 1]!.end, names[first]!.start))) first--;
    if (first === k) continue;
    for (let j = first; j <= k; j++) {
      const name = names[j]!;
      const key = `${name.key} ${singular}`;
      const places = gazetteer.lookup(key);
      if (places.length) names[j] = { ...name, key, places };
    }
  }
}

interface Match {
  last: number;
  key: string;
  via: Candidate['via'];
  places: readonly Place[];
}

/** The longest run of words from token `i` that is a gazetteer name, or a demonym. */
function longestMatch(text: string, tokens: Token[], i: number, gazetteer: GazetteerIndex): Match | null {
  let best: Match | null = null;
  const limit = Math.min(tokens.length, i + Math.max(1, gazetteer.maxNameTokens));
  const abbreviated = SPELT_OUT.has(tokens[i].text.toLowerCase());
  for (let j = i; j < limit; j++) {
    if (j > i) {
      if (!joinable(text, tokens[j - 1], tokens[j])) break;
      if (!tokens[j].cap && !CONNECTORS.has(tokens[j].text.toLowerCase()) && !/^\d/.test(tokens[j].text)) break;
    }
    const key = foldName(text.slice(tokens[i].start, tokens[j].end));
    // "Ft. Worth", "Pt. Pleasant": the abbreviation spelt out, when the gazetteer lacks it.
    const spelt = abbreviated ? spellOut(key) : null;
    if (tokens[j].cap || /^\d/.test(tokens[j].text)) {
      // "Canadian", "Spanish", "Sri Lankan": a demonym before a town that happens to bear it.
      const nations = gazetteer.lookupDemonym(key);
      let places = nations.length ? nations : gazetteer.lookup(key);
      let found = key;
      if (!places.length && spelt) [places, found] = [gazetteer.lookup(spelt), spelt];
      if (places.length) best = { last: j, key: found, via: nations.length ? 'demonym' : 'name', places };
      else if (j === i && INITIALISM.test(tokens[j].text)) {
        // "B.C.", "N.L.": a dotted abbreviation of a state or country is a name anywhere.
        const areas = dottedAreas(gazetteer.lookupCode(key.replace(/ /g, '')), tokens[j].text);
        if (areas.length) best = { last: j, key, via: 'pattern', places: areas };
      }
    }
    if (!gazetteer.hasPrefix(key) && !(spelt && gazetteer.hasPrefix(spelt))) break;
  }
  return best;
}

/** Words that follow a noun phrase rather than extend it: prepositions, conjunctions, auxiliaries, speech verbs. */
const PHRASE_ENDERS = new Set([
  'in', 'near', 'of', 'but', 'to', 'at', 'on', 'from', 'for', 'with', 'by', 'into', 'over', 'along',
  'was', 'is', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'said', 'says',
  'reported', 'reports', 'which', 'that', 'who', 'where', 'when',
]);

/** Whether the name at token `i` ends its phrase: punctuation, the end, or a word in PHRASE_ENDERS after it. */
function endsPhrase(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return true;
  const gap = text.slice(tokens[i].end, next.start);
  if (/[^\s]/.test(gap)) return true;
  return !next.cap && PHRASE_ENDERS.has(next.text.toLowerCase());
}

/** Whether a demonym is half of a people's name: "Native American", "African-American", "American Indian". */
function ethnicPair(text: string, tokens: Token[], i: number, last: number): boolean {
  const word = tokens[i]!.text.toLowerCase();
  const prev = tokens[i - 1];
  const next = tokens[last + 1];
  const gapBefore = prev ? text.slice(prev.end, tokens[i]!.start) : '';
  const gapAfter = next ? text.slice(tokens[last]!.end, next.start) : '';
  if (/^americans?$/.test(word) && prev && (gapBefore === ' ' || gapBefore === '-') && /^(?:native|african|asian|arab|mexican|latin|hispanic|irish|italian|chinese|japanese|korean|cuban|indian)$/i.test(prev.text)) return true;
  if (/^americans?$/.test(word) && next && gapAfter === ' ' && /^(?:indians?)$/i.test(next.text)) return true;
  if (/^indians?$/.test(word) && prev && gapBefore === ' ' && /^american$/i.test(prev.text)) return true;
  return false;
}

// Capitalised, as in the official name of a municipality: prose ("the town of Karak") is not as sure.
const TOWN_OF = /\b(?:City|Town|Village|Township|Borough) of $/;

/** "the City of Turkey", "the Town of Paris": only towns, when the gazetteer has a town of the name. */
function townOf(text: string, start: number, places: readonly Place[]): readonly Place[] {
  if (!TOWN_OF.test(text.slice(Math.max(0, start - 16), start))) return places;
  const towns = places.filter((p) => p.kind === 'city');
  return towns.length ? towns : places;
}

// Not "St.": GeoNames carries the "St." spellings places use, and "St. Mary's" is more often a church.
const SPELT_OUT: ReadonlyMap<string, string> = new Map([['ft', 'fort'], ['mt', 'mount'], ['pt', 'point']]);

/** A folded name with its leading abbreviation spelt out ("ft worth" → "fort worth"), or null. */
function spellOut(key: string): string | null {
  const sp = key.indexOf(' ');
  const head = sp < 0 ? key : key.slice(0, sp);
  const full = SPELT_OUT.get(head);
  return full ? full + key.slice(head.length) : null;
}

/**
 * Whether two neighbouring tokens can be words of one name: one space, a hyphen, or ". " after
 * an abbreviation or an initial ("St. Louis", "Gen. Salvador", "John F. Kennedy"). After any
 * other word ". " ends the sentence: "to Florida. Then" is no name "Florida Then".
 */
function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === '. ') return ABBREVIATION.test(a.text) || TITLES.has(a.text.toLowerCase()) || NAME_ABBREVIATIONS.has(a.text.toLowerCase());
  return gap === ' ' || gap === '-' || gap === "'s " || gap === '’s ';
}

/** "WASHINGTON Barack Obama…": an all-capital place name opening a story, then the story. */
function isDateline(a: Token, b: Token): boolean {
  return a.text.length >= 3 && a.text === a.text.toUpperCase() && b.text !== b.text.toUpperCase();
}

/** An initial ("F"), or an initialism with its inner stops ("U.S"). */
const ABBREVIATION = /^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u;
/** Abbreviations inside place and person names. */
const NAME_ABBREVIATIONS = new Set(['st', 'ste', 'ft', 'mt', 'pt', 'jr', 'sr', 'jct', 'co', 'mich', 'n', 's', 'e', 'w']);

/** "Sinoloa" → Sinaloa: one edit from a well-known place, when the word is no English word or name. */
function fuzzyMatch(text: string, tokens: Token[], i: number, gazetteer: GazetteerIndex, lexicon: Lexicon, initial: boolean): Match | null {
  const tok = tokens[i];
  if (tok.text.length < 6 || initial) return null;
  if (lexicon.rank(tok.text) !== Infinity || lexicon.isFirstName(tok.text)) return null;
  // A misspelt name stands alone: not inside a longer capitalised name.
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.cap && joinable(text, prev, tok) && !prev.initial) return null;
  if (next && next.cap && joinable(text, tok, next) && !PLACE_HEADS.has(next.text.toLowerCase())) return null;
  let index = misspellingCache.get(gazetteer);
  if (!index) {
    index = misspellingIndex(gazetteer);
    misspellingCache.set(gazetteer, index);
  }
  const key = index.correct(foldName(tok.text));
  if (!key) return null;
  return { last: i, key, via: 'fuzzy', places: gazetteer.lookup(key) };
}

type Verdict = 'place' | 'not-place' | 'person';

/** Decides from the words around it whether a matched name is a place here. */
function judge(
  text: string,
  tokens: Token[],
  i: number,
  last: number,
  match: Match,
  lexicon: Lexicon,
  isInitial: (t: number) => boolean,
  titleCase: Set<number>,
  gazetteer: GazetteerIndex,
  persons: Set<string>,
): Verdict {
  const first = tokens[i];
  const single = i === last;
  const word = first.text.toLowerCase();
  // An area named by its own name (or any name of a country) is a place whatever its neighbours.
  // So is a sea's or a region's short name after "the": "the Pacific coast", "the Gulf", "the Med".
  // (Not the head of an organisation's name: "the Pacific Coast Federation".)
  const theBefore = tokens[i - 1]?.text === 'the' && !ORGANISATION_TAILS.has(tokens[runEnd(text, tokens, i)]!.text.toLowerCase());
  const area = match.places.some((p) => p.kind === 'country' || (AREA_KINDS.has(p.kind) && (foldsTo(p.name, match.key) || (theBefore && p.id.startsWith('feature:')))));
  const biggest = match.places.reduce((m, p) => Math.max(m, p.population), 0);
  const rank = single ? lexicon.rank(word) : Infinity;
  const prevWord = tokens[i - 1]?.text.toLowerCase();
  const afterLocative = prevWord !== undefined && LOCATIVES.has(prevWord) && !tokens[i - 1].cap;

  if (single && (CALENDAR.has(word) || TITLES.has(word))) return 'not-place';
  // "Nov. 13": a month's abbreviation with its full stop.
  if (single && MONTH_ABBREVIATIONS.has(word) && text[first.end] === '.') return 'not-place';
  // "Southern", "Central", "the North West", "Central Province": a direction is no place by
  // itself, whatever province of Botswana or South Africa bears it.
  if (single && MODIFIERS.has(word)) return 'not-place';
  if (DIRECTION_NAME.test(match.key) && !match.places.some((p) => p.kind === 'region' || p.kind === 'country')) return 'not-place';
  if (prevWord === 'the' && INSTITUTIONS.has(match.key)) return 'not-place';
  // "the Crescent.", "the Herald said", "the Kanawha near Charleston": a town's name takes no
  // article, so a small town's name after one that ends its phrase is a feature's or a paper's.
  // Not before a noun ("the Pewaukee monastery", "the Jenin camp"): there it is the town's.
  if (prevWord === 'the' && single && !area && biggest < THE_TOWN && match.via === 'name' && endsPhrase(text, tokens, i)) return 'not-place';
  // "spoke only French", "shouted in Turkish": the language, not the country.
  const beforePrev = tokens[i - 2]?.text.toLowerCase();
  const speechBefore = prevWord !== undefined && (LANGUAGE_VERBS.has(prevWord) || (LANGUAGE_ADVERBS.has(prevWord) && beforePrev !== undefined && LANGUAGE_VERBS.has(beforePrev)));
  // (Not "U.S.": an abbreviation names the country, "kill in U.S., senior lawman says".)
  if (match.via === 'demonym' && /\p{Ll}/u.test(first.text) && prevWord !== undefined && (speechBefore || (prevWord === 'in' && /^\s*(?:[.,;:!?)]|and\b|or\b)/.test(text.slice(tokens[last].end)))))
    return 'not-place';
  // "…,” Sullivan said": a small town's name as the speaker of a quote is a person.
  if (single && !area && biggest < BIG_CITY && SPEECH_AFTER.test(text.slice(tokens[last].end, tokens[last].end + 12))) return 'person';
  // "Native Americans", "African-American", "American Indian": peoples, not the United States or India.
  if (match.via === 'demonym' && ethnicPair(text, tokens, i, last)) return 'not-place';
  // "according to Taylor": the source of a statement is a person.
  if (single && !area && biggest < BIG_CITY && /\baccording to $/i.test(text.slice(Math.max(0, first.start - 13), first.start))) return 'person';
  // "Stevens & Wilkinson", "McPherson & Jacobsen LLC": a firm of partners.
  if (!area && /^ & \p{Lu}/u.test(text.slice(tokens[last].end, tokens[last].end + 4))) return 'not-place';
  if (single && first.text.length === 1) return 'not-place';
  // "T.R. Ahlstrom", "J.D. Vance": dotted initials before a name are a person's, not a state's code;
  // "U.N.", "E.U.": dotted initials name an organisation, never a town ("Un", India).
  if (single && /\p{Lu}\.\p{Lu}/u.test(first.text)) {
    const after = tokens[last + 1];
    const w = after?.text.toLowerCase() ?? '';
    if (
      after && after.cap && text.slice(first.end, after.start).trim() === '' && !isInitial(last + 1) && lexicon.rank(w) === Infinity &&
      !match.places.some((p) => p.kind === 'country') &&
      !TITLES.has(w) && !TITLES.has(w.replace(/s$/, '')) && !PLACE_HEADS.has(w)
    )
      return 'person';
    if (match.via === 'name' && biggest < BIG_CITY && !match.places.some((p) => p.kind === 'country' || p.kind === 'admin1')) return 'not-place';
  }
  // "Arab investors", "Kurdish fighters": a people's name, though a town bears it (Arab, Alabama),
  // unless a preposition, a state or a list of places puts the town there ("Guntersville and Arab").
  if (single && match.via === 'name' && PEOPLES.has(word) && !afterLocative && !areaAfter(text, tokens, last, gazetteer) && !listBefore(text, tokens, i))
    return 'not-place';
  // "El Chapo escaped", "Los Lobos control the mines": a Spanish article before a hamlet's name,
  // where no preposition or state locates it, is a nickname or a group's name, not the hamlet.
  if (!single && SPANISH_ARTICLES.has(word) && !area && biggest < THE_TOWN && !afterLocative && !areaAfter(text, tokens, last, gazetteer))
    return 'not-place';
  // "NOV", "SWAT": short capitals are abbreviations unless they name a country or state ("US", "CDMX").
  if (single && first.text.length <= 4 && first.text === first.text.toUpperCase() && !first.text.includes('.') && !area && match.via !== 'pattern') return 'not-place';
  // "Cienfuegos" after "Gen. Salvador Cienfuegos Zepeda": the text already told us it is a person.
  if (single && persons.has(match.key) && !afterLocative && !match.places.some((p) => p.kind === 'country')) return 'not-place';
  // “El Grande”: a nickname in quotes.
  if (!area && /[“"]$/.test(text.slice(0, first.start)) && /^[”"]/.test(text.slice(tokens[last].end))) return 'not-place';
  if (match.via === 'name' && single && !area) {
    // "Justice Department", "Secretary": an English word, and no big city of that name.
    if (rank <= VERY_COMMON) return 'not-place';
    if (rank <= COMMON_WORD && biggest < BIG_CITY && !afterLocative) return 'not-place';
    if (isInitial(i) && rank !== Infinity && (rank <= COMMON_EVEN_FOR_CITIES || biggest < BIG_CITY)) return 'not-place';
  }

  const prev = tokens[i - 1];
  // Not after a possessive: "Pallister's Costa Rica travels", "Prate's Paris office".
  const gapPrev = prev ? text.slice(prev.end, first.start) : '';
  const adjacentPrev = prev && joinable(text, prev, first) && gapPrev !== '-' && gapPrev !== "'s " && gapPrev !== '’s ';
  if (prev && adjacentPrev && prev.cap) {
    const p = prev.text.toLowerCase();
    if (TITLES.has(p) && !isInitial(i - 1)) return 'person';
    if (TITLES.has(p) && isInitial(i - 1) && !MODIFIERS.has(p)) return 'person';
    // A capitalised common word before the name: a sentence start, or "- A Metcalfe County man".
    const prevIsWord = (isInitial(i - 1) || lexicon.rank(p) <= VERY_COMMON) && lexicon.rank(p) !== Infinity;
    // "CBC Toronto", "CTV Winnipeg": a broadcaster's or agency's acronym before a city's name.
    const acronym = /^\p{Lu}{2,5}$/u.test(prev.text);
    // "Environment Canada", "Team Alberta": a common word before a country's or state's name.
    const wordBeforeArea = area && lexicon.rank(p) <= COMMON_WORD && !lexicon.isFirstName(p);
    if (!MODIFIERS.has(p) && !prevIsWord && !titleCase.has(i) && !acronym && !wordBeforeArea) return 'not-place';
  }
  // "Wal-Mart", "Coca-Cola": the second half of a hyphenated word whose first half is no place
  // (not a party's capitals: "R-Elbow Lake", "DFL-Minneapolis" name the member's home town).
  if (prev && prev.cap && gapPrev === '-' && !area && /\p{Ll}/u.test(prev.text) && !gazetteer.lookup(foldName(prev.text)).length) return 'not-place';
  // "University of Miami", "Bank of America"
  if (prev && !prev.cap && prev.text.toLowerCase() === 'of' && i >= 2 && tokens[i - 2].cap) {
    if (ORGANISATION_OF.has(tokens[i - 2].text.toLowerCase())) return 'not-place';
  }

  const next = tokens[last + 1];
  if (next && next.cap && joinable(text, tokens[last], next) && text.slice(tokens[last].end, next.start) !== '-') {
    const w = next.text.toLowerCase();
    if (ORGANISATION_HEADS.has(w) && !PLACE_HEADS.has(w)) return 'not-place';
    if (!PLACE_HEADS.has(w) && !titleCase.has(last + 1)) {
      // "Victoria Florence", "Paris Hilton": a first name followed by another name is a person
      // (not a state's or country's name: "Georgia School Boards Association").
      if (single && !area && lexicon.isFirstName(word) && match.via === 'name') return 'person';
      // "Israel Vallarta", "Jordan Belfort", "Chad Mitchell": a country's or state's name that is
      // also a first name, followed by a word English does not use (a surname), is a person;
      // before a word it does use, it still names the area ("Georgia Power", "Israel Defense Forces").
      // (Not a possessive, "Virginia's Jefferson National Forest"; not a dateline, "WASHINGTON Barack Obama".)
      if (
        single && area && match.via === 'name' && lexicon.isFirstName(word) && wordRank(lexicon, w) === Infinity &&
        text.slice(tokens[last].end, next.start) === ' ' && !isDateline(tokens[last], next) &&
        !ORGANISATION_TAILS.has(tokens[runEnd(text, tokens, last)].text.toLowerCase())
      )
        return 'person';
      // "Merida Initiative", "Tomás Ángeles": a small place's name leading a longer name is part of
      // that name; a big place's name leading one ("Ohio Supreme Court") still names the place.
      if (match.via === 'name' && !area && biggest < LEADS_NAMES) return 'not-place';
    }
  }
  return 'place';
}

/**
 * Surnames and given names of the people the text names with a title or a first name
 * ("Gen. Salvador Cienfuegos Zepeda", "Carlos Pascual"), so a later bare "Cienfuegos" or
 * "Pascual" is read as the person, not as a town of that name.
 */
function personNames(text: string, tokens: Token[], gazetteer: GazetteerIndex, lexicon: Lexicon): Set<string> {
  const persons = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue;
    const end = runEnd(text, tokens, i);
    // "Alberta Liquor Store Association", "Georgia Pacific Company": an organisation's name, not a person's.
    const organisation = ORGANISATION_TAILS.has(tokens[end].text.toLowerCase());
    let from = -1;
    for (let k = i; k < end && from < 0; k++) {
      const w = tokens[k].text.toLowerCase();
      const after = tokens[k + 1].text.toLowerCase();
      if (TITLES.has(w)) from = k + 1;
      // A first name and the next word, one space apart: "Washington-Moscow" is no person.
      // Not "North" ("Far North Queensland"), not an all-capital dateline ("WASHINGTON Barack Obama").
      else if (
        !organisation && lexicon.isFirstName(w) && text.slice(tokens[k].end, tokens[k + 1].start) === ' ' && !PLACE_HEADS.has(after) &&
        !ORGANISATION_HEADS.has(after) && !MODIFIERS.has(w) && !isDateline(tokens[k], tokens[k + 1])
      ) {
        const rest = foldName(text.slice(tokens[k].start, tokens[end].end));
        if (!gazetteer.lookup(rest).length && !gazetteer.lookup(foldName(tokens[k].text + ' ' + tokens[k + 1].text)).length) from = k;
      }
    }
    if (from >= 0) for (let k = from; k <= end; k++) if (!TITLES.has(tokens[k].text.toLowerCase())) persons.add(foldName(tokens[k].text));
    i = end;
  }
  // "the Obama administration", "the Clinton campaign": a person's office or campaign.
  // (Each scan only where its words occur: a match holds " administration", ' “', …)
  if (PERSON_OFFICE_WORDS.some((w) => text.includes(w))) for (const m of text.matchAll(PERSON_OFFICE)) persons.add(foldName(m[1]));
  // Joaquín “El Chapo” Guzmán: a nickname in quotes between two names marks a person.
  if (text.includes(' “') || text.includes(' "')) {
    for (const m of text.matchAll(NICKNAMED)) {
      persons.add(foldName(m[1]));
      persons.add(foldName(m[2]));
    }
  }
  return persons;
}

/** The last token of the run of capitalised words starting at `i`. */
function runEnd(text: string, tokens: Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1].cap && joinable(text, tokens[j], tokens[j + 1])) j++;
  return j;
}

/** ", TX" / ", Tex." / ", Calif." after a place: a state or country code, kept as a name of its own. */
function containerCode(text: string, tokens: Token[], last: number, gazetteer: GazetteerIndex): { name: Recognized; last: number } | null {
  const next = tokens[last + 1];
  if (!next || !next.cap) return null;
  if (text.slice(tokens[last].end, next.start) !== ', ') return null;
  if (degreeAt(text, next.start)) return null;
  // Only abbreviations count as codes: "Kan.", "Calif.", "TX" — not a word such as "South".
  const dotted = text[next.end] === '.' || next.text.endsWith('.');
  const capitals = next.text.length <= 3 && next.text === next.text.toUpperCase();
  if (!dotted && !capitals) return null;
  // "Paris, Texas", "Greer, South Carolina": a full name is the scanner's to find.
  const full = longestMatch(text, tokens, last + 1, gazetteer);
  if (full && (full.last > last + 1 || !dotted)) return null;
  const key = foldName(next.text).replace(/ /g, ''); // "W. Va." = "W.Va."
  const codes = gazetteer.lookupCode(key);
  const places = dotted ? dottedAreas(codes, text.slice(next.start, text[next.end] === '.' ? next.end + 1 : next.end)) : codes.filter((p) => p.kind === 'admin1' || p.kind === 'country');
  if (!places.length) return null;
  const end = text[next.end] === '.' && /^[A-Z][a-z]+$/.test(next.text) ? next.end + 1 : next.end; // "Tex.", "Calif."
  return {
    name: { start: next.start, end, text: text.slice(next.start, end), key, via: 'pattern', places, initial: false },
    last: last + 1,
  };
}

/**
 * The states and countries a dotted abbreviation may stand for, states first: "N.C." is North
 * Carolina (AP style) before New Caledonia (ISO "NC").
 */
function dottedAreas(places: readonly Place[], surface: string): Place[] {
  const areas = places.filter((p) => p.kind === 'admin1' || p.kind === 'country');
  // Where the gazetteer knows the code with its dots ("N.C."), that spelling decides.
  const compact = surface.replace(/ /g, '');
  const exact = areas.filter((p) => (p as Place & { codes?: readonly string[] }).codes?.some((c) => c.replace(/ /g, '') === compact));
  if (exact.length) return exact;
  const states = areas.filter((p) => p.kind === 'admin1');
  return states.length ? states : areas;
}

/** A capitalised name after "in"/"near"/... that the gazetteer lacks: reported, not guessed. */
function unresolvedName(
  text: string,
  tokens: Token[],
  i: number,
  lexicon: Lexicon,
  isInitial: (t: number) => boolean,
  gazetteer: GazetteerIndex,
  out: Unresolved[],
): number {
  const prev = tokens[i - 1];
  if (!prev || prev.cap || !LOCATIVES.has(prev.text.toLowerCase()) || text.slice(prev.end, tokens[i].start) !== ' ') return i + 1;
  if (isInitial(i)) return i + 1;
  const last = runEnd(text, tokens, i);
  const words = tokens.slice(i, last + 1).map((t) => t.text.toLowerCase());
  if (words.some((w) => CALENDAR.has(w) || TITLES.has(w) || ORGANISATION_HEADS.has(w))) return last + 1;
  if (words.length === 1 && (lexicon.rank(words[0]) !== Infinity || lexicon.isFirstName(words[0]) || words[0].length < 3)) return last + 1;
  if (lexicon.isFirstName(words[0]) && words.length > 1) return last + 1;
  // "North Texas": a run holding a known name is the scanner's to read word by word.
  for (let k = i; k <= last; k++) if (gazetteer.lookup(foldName(tokens[k].text)).length || gazetteer.hasPrefix(foldName(tokens[k].text))) return i + 1;
  const start = tokens[i].start;
  const end = tokens[last].end;
  out.push({ start, end, text: text.slice(start, end), reason: 'not in gazetteer' });
  return last + 1;
}

/**
 * Tokens on lines set in Title Case (headlines, section titles), where every word is capitalised
 * and capitals say nothing about names.
 */
function titleCaseLines(text: string, tokens: Token[], lexicon: Lexicon): Set<number> {
  const out = new Set<number>();
  // A word counts when it is longer than three letters, a common English word and no connector.
  const counts = (t: Token) => {
    const lower = t.text.toLowerCase();
    return !CONNECTORS.has(lower) && lexicon.rank(lower) !== Infinity;
  };
  let lineStart = 0;
  while (lineStart < tokens.length) {
    const nl = text.indexOf('\n', tokens[lineStart].start);
    const lineEnd = nl < 0 ? text.length : nl;
    let j = lineStart;
    // Capitalised candidates first: at most `capMax` words can be capped.
    let capMax = 0;
    while (j < tokens.length && tokens[j].start < lineEnd) {
      if (tokens[j].cap && tokens[j].text.length > 3) capMax++;
      j++;
    }
    // The line is title case when 4·capped ≥ 3·words (capped/words ≥ 0.75, exactly). Each
    // lower-case word adds to words only, so more than capMax/3 of them rule it out without
    // looking up the rest (the usual prose line).
    let lowerWords = 0;
    let possible = true;
    for (let k = lineStart; k < j && possible; k++) {
      const t = tokens[k];
      if (!t.cap && t.text.length > 3 && counts(t) && 3 * ++lowerWords > capMax) possible = false;
    }
    if (possible) {
      let words = 0;
      let capped = 0;
      for (let k = lineStart; k < j; k++) {
        const t = tokens[k];
        if (t.text.length > 3 && counts(t)) {
          words++;
          if (t.cap) capped++;
        }
      }
      if (words >= 3 && capped / words >= 0.75) for (let k = lineStart; k < j; k++) out.add(k);
    }
    lineStart = j;
  }
  return out;
}
