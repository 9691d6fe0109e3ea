import { foldName, foldsTo } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import { CONNECTORS, INSTITUTIONS, MODIFIERS, ORGANISATION_HEADS, ORGANISATION_OF, ORGANISATION_TAILS, PLACE_HEADS, TITLES } from './nameContext.ts';
import { CAP, INITIAL, TITLE, tokenize, type Tokens } from './tokens.ts';
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
 * Only capitalised words start a name, so the work is done for them and the few words around
 * them; the tokens make a word's string only when it is read.
 *
 * @example recognize('Cienfuegos was arrested at Los Angeles International Airport.', gazetteer, lexicon)
 */
export function recognize(text: string, gazetteer: GazetteerIndex, lexicon: Lexicon, tokens: Tokens = tokenize(text)): Recognition {
  markTitleCaseLines(text, tokens, lexicon);
  const persons = personNames(text, tokens, gazetteer, lexicon);
  const names: Recognized[] = [];
  const unresolved: Unresolved[] = [];
  const n = tokens.length;
  const flags = tokens.flags;
  let i = 0;
  while (i < n) {
    if (!(flags[i]! & CAP)) { i++; continue; }
    // "Maury Rosenstein, M.D., Ph.D.": a degree, not Maryland ("Md.") or a parish's code.
    if (degreeAt(text, tokens.start[i]!)) { i++; continue; }
    const match = longestMatch(text, tokens, i, gazetteer) ?? fuzzyMatch(text, tokens, i, gazetteer, lexicon, isInitial(tokens, i));
    if (!match) {
      const skip = unresolvedName(text, tokens, i, lexicon, gazetteer, unresolved);
      i = Math.max(i + 1, skip);
      continue;
    }
    const verdict = judge(text, tokens, i, match.last, match, lexicon, gazetteer, persons);
    if (verdict === 'person') {
      i = runEnd(text, tokens, i) + 1;
      continue;
    }
    if (verdict === 'place') {
      const start = tokens.start[i]!;
      const end = tokens.end[match.last]!;
      names.push({ start, end, text: text.slice(start, end), key: match.key, via: match.via, places: townOf(text, start, match.places), initial: isInitial(tokens, i) });
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

/** Whether a capitalised token's capital says little: it opens a sentence or line, or stands on a Title Case line. */
function isInitial(tokens: Tokens, t: number): boolean {
  return (tokens.flags[t]! & (INITIAL | TITLE)) !== 0;
}

/** Whether the token is on a Title Case line. */
function onTitleLine(tokens: Tokens, t: number): boolean {
  return (tokens.flags[t]! & TITLE) !== 0;
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
function listBefore(text: string, tokens: Tokens, i: number): boolean {
  if (i === 0) return false;
  const gap = gapKind(text, tokens.end[i - 1]!, tokens.start[i]!);
  if (gap === GAP_COMMA) return tokens.cap(i - 1);
  if (gap !== GAP_SPACE) return false;
  const w = tokens.word(i - 1);
  if (w !== 'and' && w !== 'or') return false;
  if (i < 2 || !tokens.cap(i - 2)) return false;
  const before = gapKind(text, tokens.end[i - 2]!, tokens.start[i - 1]!);
  return before === GAP_SPACE || before === GAP_COMMA;
}

/** The last words of newspapers' names. */
const PAPER_HEADS = new Set([
  'chronicle', 'times', 'post', 'herald', 'tribune', 'journal', 'news', 'gazette', 'star', 'observer', 'register', 'inquirer',
  'courier', 'dispatch', 'sun', 'telegraph', 'guardian', 'independent', 'mirror', 'express', 'sentinel', 'bulletin',
  'enquirer', 'argus', 'statesman', 'advertiser', 'mercury', 'globe',
]);

/** Words before a storm's name. */
const STORMS = new Set(['hurricane', 'cyclone', 'typhoon', 'storm', 'tornado']);

/** Spanish articles that open towns' names ("El Paso") and nicknames and gangs' names ("El Chapo", "Los Lobos"). */
const SPANISH_ARTICLES = new Set(['el', 'la', 'los', 'las']);

/** Whether ", <state or country>" follows token `last`: "El Chapo, Veracruz" locates a town. */
function areaAfter(text: string, tokens: Tokens, last: number, gazetteer: GazetteerIndex): boolean {
  const next = last + 1;
  if (next >= tokens.length || !tokens.cap(next) || gapKind(text, tokens.end[last]!, tokens.start[next]!) !== GAP_COMMA) return false;
  const match = longestMatch(text, tokens, next, gazetteer);
  return !!match && match.places.some((p) => p.kind === 'admin1' || p.kind === 'country');
}

/** Plural heads a list of names can share, and the singular each name then takes. */
const SHARED_HEADS: Record<string, string> = { counties: 'county', parishes: 'parish', provinces: 'province', states: 'state' };
const LIST_GAP = /^(?:, (?:and |or )?| and | or )$/;
/** The first letters of the SHARED_HEADS, lower case. */
const HEAD_INITIALS = new Set(Object.keys(SHARED_HEADS).map((h) => h.charCodeAt(0)));

/**
 * "Barrow and Jackson counties", "Barrow, Jackson and Madison counties": a plural head after a
 * list gives every name of the list its singular ("Barrow County"), when the gazetteer knows
 * that name; the list's names are then read as those places, not as the towns they also name.
 */
function sharedHeads(text: string, names: Recognized[], gazetteer: GazetteerIndex): void {
  for (let k = 0; k < names.length; k++) {
    // Every head starts with c, p or s: most names are passed over without the slice and pattern.
    const end = names[k]!.end;
    if (text.charCodeAt(end) !== 0x20 || !HEAD_INITIALS.has(text.charCodeAt(end + 1) | 0x20)) continue;
    const head = /^ (\p{L}+)\b/u.exec(text.slice(end, end + 12))?.[1]?.toLowerCase();
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
function longestMatch(text: string, tokens: Tokens, i: number, gazetteer: GazetteerIndex): Match | null {
  let best: Match | null = null;
  const limit = Math.min(tokens.length, i + Math.max(1, gazetteer.maxNameTokens));
  const abbreviated = SPELT_OUT.has(tokens.lower(i));
  for (let j = i; j < limit; j++) {
    if (j > i) {
      if (!joinable(text, tokens, j - 1, j)) break;
      if (!tokens.cap(j) && !CONNECTORS.has(tokens.lower(j)) && !tokens.digit(j)) break;
    }
    // One word: its fold is its lower case when plain ASCII (foldName's own rule), remembered by the tokens.
    const key = j === i && plainWord(tokens, i) ? tokens.lower(i) : foldName(text.slice(tokens.start[i]!, tokens.end[j]!));
    // "Ft. Worth", "Pt. Pleasant": the abbreviation spelt out, when the gazetteer lacks it.
    const spelt = abbreviated ? spellOut(key) : null;
    if (tokens.cap(j) || tokens.digit(j)) {
      // "Canadian", "Spanish", "Sri Lankan": a demonym before a town that happens to bear it.
      const nations = gazetteer.lookupDemonym(key);
      let places = nations.length ? nations : gazetteer.lookup(key);
      let found = key;
      if (!places.length && spelt) [places, found] = [gazetteer.lookup(spelt), spelt];
      if (places.length) best = { last: j, key: found, via: nations.length ? 'demonym' : 'name', places };
      else if (j === i && INITIALISM.test(tokens.word(j))) {
        // "B.C.", "N.L.": a dotted abbreviation of a state or country is a name anywhere.
        const areas = dottedAreas(gazetteer.lookupCode(key.replace(/ /g, '')), tokens.word(j));
        if (areas.length) best = { last: j, key, via: 'pattern', places: areas };
      }
    }
    if (!gazetteer.hasPrefix(key) && !(spelt && gazetteer.hasPrefix(spelt))) break;
  }
  return best;
}

/**
 * Whether folding the token is only lower-casing: letters and digits of printable ASCII (what
 * `foldName` checks, for a token that holds no space, period or backquote).
 */
function plainWord(tokens: Tokens, i: number): boolean {
  const text = tokens.text;
  for (let k = tokens.start[i]!, end = tokens.end[i]!; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x21 || c > 0x7e || c === 0x2e || c === 0x60) return false;
  }
  return true;
}

/** Words that follow a noun phrase rather than extend it: prepositions, conjunctions, auxiliaries, speech verbs. */
const PHRASE_ENDERS = new Set([
  'in', 'near', 'of', 'but', 'to', 'at', 'on', 'from', 'for', 'with', 'by', 'into', 'over', 'along',
  'was', 'is', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'said', 'says',
  'reported', 'reports', 'which', 'that', 'who', 'where', 'when',
]);

/** Whether the name at token `i` ends its phrase: punctuation, the end, or a word in PHRASE_ENDERS after it. */
function endsPhrase(text: string, tokens: Tokens, i: number): boolean {
  if (i + 1 >= tokens.length) return true;
  const gap = text.slice(tokens.end[i]!, tokens.start[i + 1]!);
  if (/[^\s]/.test(gap)) return true;
  return !tokens.cap(i + 1) && PHRASE_ENDERS.has(tokens.lower(i + 1));
}

/** Whether a demonym is half of a people's name: "Native American", "African-American", "American Indian". */
function ethnicPair(text: string, tokens: Tokens, i: number, last: number): boolean {
  const word = tokens.lower(i);
  const hasPrev = i > 0;
  const hasNext = last + 1 < tokens.length;
  const gapBefore = hasPrev ? text.slice(tokens.end[i - 1]!, tokens.start[i]!) : '';
  const gapAfter = hasNext ? text.slice(tokens.end[last]!, tokens.start[last + 1]!) : '';
  if (/^americans?$/.test(word) && hasPrev && (gapBefore === ' ' || gapBefore === '-') && /^(?:native|african|asian|arab|mexican|latin|hispanic|irish|italian|chinese|japanese|korean|cuban|indian)$/i.test(tokens.word(i - 1))) return true;
  if (/^americans?$/.test(word) && hasNext && gapAfter === ' ' && /^(?:indians?)$/i.test(tokens.word(last + 1))) return true;
  if (/^indians?$/.test(word) && hasPrev && gapBefore === ' ' && /^american$/i.test(tokens.word(i - 1))) return true;
  return false;
}

// Capitalised, as in the official name of a municipality: prose ("the town of Karak") is not as sure.
const TOWN_OF = /\b(?:City|Town|Village|Township|Borough) of $/;

/** "the City of Turkey", "the Town of Paris": only towns, when the gazetteer has a town of the name. */
function townOf(text: string, start: number, places: readonly Place[]): readonly Place[] {
  // TOWN_OF ends in " of ": most names are passed over without the slice and pattern.
  if (text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(start - 2) !== 0x66 || text.charCodeAt(start - 3) !== 0x6f || text.charCodeAt(start - 4) !== 0x20) return places;
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
function joinable(text: string, tokens: Tokens, a: number, b: number): boolean {
  const from = tokens.end[a]!;
  const gap = tokens.start[b]! - from;
  const c = text.charCodeAt(from);
  if (gap === 1) return c === 0x20 || c === 0x2d; // ' ', '-'
  if (gap === 2) {
    if (c !== 0x2e || text.charCodeAt(from + 1) !== 0x20) return false; // '. '
    const w = tokens.lower(a);
    return ABBREVIATION.test(tokens.word(a)) || TITLES.has(w) || NAME_ABBREVIATIONS.has(w);
  }
  // "'s ", "’s "
  return gap === 3 && (c === 0x27 || c === 0x2019) && text.charCodeAt(from + 1) === 0x73 && text.charCodeAt(from + 2) === 0x20;
}

/** "WASHINGTON Barack Obama…": an all-capital place name opening a story, then the story. */
function isDateline(tokens: Tokens, a: number, b: number): boolean {
  const wa = tokens.word(a);
  const wb = tokens.word(b);
  return wa.length >= 3 && wa === wa.toUpperCase() && wb !== wb.toUpperCase();
}

/** An initial ("F"), or an initialism with its inner stops ("U.S"). */
const ABBREVIATION = /^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u;
/** Abbreviations inside place and person names. */
const NAME_ABBREVIATIONS = new Set(['st', 'ste', 'ft', 'mt', 'pt', 'jr', 'sr', 'jct', 'co', 'mich', 'n', 's', 'e', 'w']);

/** "Sinoloa" → Sinaloa: one edit from a well-known place, when the word is no English word or name. */
function fuzzyMatch(text: string, tokens: Tokens, i: number, gazetteer: GazetteerIndex, lexicon: Lexicon, initial: boolean): Match | null {
  if (tokens.size(i) < 6 || initial) return null;
  const word = tokens.word(i);
  if (lexicon.rank(word) !== Infinity || lexicon.isFirstName(word)) return null;
  // A misspelt name stands alone: not inside a longer capitalised name.
  if (i > 0 && tokens.cap(i - 1) && joinable(text, tokens, i - 1, i) && !(tokens.flags[i - 1]! & INITIAL)) return null;
  if (i + 1 < tokens.length && tokens.cap(i + 1) && joinable(text, tokens, i, i + 1) && !PLACE_HEADS.has(tokens.lower(i + 1))) return null;
  let index = misspellingCache.get(gazetteer);
  if (!index) {
    index = misspellingIndex(gazetteer);
    misspellingCache.set(gazetteer, index);
  }
  const key = index.correct(foldName(word));
  if (!key) return null;
  return { last: i, key, via: 'fuzzy', places: gazetteer.lookup(key) };
}

type Verdict = 'place' | 'not-place' | 'person';

/** Decides from the words around it whether a matched name is a place here. */
function judge(
  text: string,
  tokens: Tokens,
  i: number,
  last: number,
  match: Match,
  lexicon: Lexicon,
  gazetteer: GazetteerIndex,
  persons: Set<string>,
): Verdict {
  const start = tokens.start[i]!;
  const end = tokens.end[last]!;
  const single = i === last;
  const word = tokens.lower(i);
  // An area named by its own name (or any name of a country) is a place whatever its neighbours.
  // So is a sea's or a region's short name after "the": "the Pacific coast", "the Gulf", "the Med".
  // (Not the head of an organisation's name: "the Pacific Coast Federation".)
  let theBefore: boolean | undefined; // asked only of a physical feature's name
  const afterThe = () => (theBefore ??= i > 0 && tokens.word(i - 1) === 'the' && !ORGANISATION_TAILS.has(tokens.lower(runEnd(text, tokens, i))));
  let area = false;
  let biggest = 0;
  for (const p of match.places) {
    if (!area && (p.kind === 'country' || (AREA_KINDS.has(p.kind) && (foldsTo(p.name, match.key) || (p.id.startsWith('feature:') && afterThe()))))) area = true;
    if (p.population > biggest) biggest = p.population;
  }
  const hasPrev = i > 0;
  const prevWord = hasPrev ? tokens.lower(i - 1) : undefined;
  const afterLocative = prevWord !== undefined && LOCATIVES.has(prevWord) && !tokens.cap(i - 1);

  if (single && (CALENDAR.has(word) || TITLES.has(word))) return 'not-place';
  // "Hurricane Katrina", "cyclone Alfred", "Storm Ciarán": a storm's name, not the town of that name.
  if (prevWord !== undefined && STORMS.has(prevWord) && !area && start - tokens.end[i - 1]! === 1) return 'not-place';
  // "Nov. 13": a month's abbreviation with its full stop.
  if (single && MONTH_ABBREVIATIONS.has(word) && text.charCodeAt(tokens.end[i]!) === 0x2e) return 'not-place';
  // "Southern", "Central", "the North West", "Central Province": a direction is no place by
  // itself, whatever province of Botswana or South Africa bears it.
  if (single && MODIFIERS.has(word)) return 'not-place';
  if (DIRECTION_INITIALS.has(match.key.charCodeAt(0)) && DIRECTION_NAME.test(match.key) && !match.places.some((p) => p.kind === 'region' || p.kind === 'country')) return 'not-place';
  if (prevWord === 'the' && INSTITUTIONS.has(match.key)) return 'not-place';
  // "the Crescent.", "the Herald said", "the Kanawha near Charleston": a town's name takes no
  // article, so a small town's name after one that ends its phrase is a feature's or a paper's.
  // Not before a noun ("the Pewaukee monastery", "the Jenin camp"): there it is the town's.
  if (prevWord === 'the' && single && !area && biggest < THE_TOWN && match.via === 'name' && endsPhrase(text, tokens, i)) return 'not-place';
  // "spoke only French", "shouted in Turkish": the language, not the country.
  // (Not "U.S.": an abbreviation names the country, "kill in U.S., senior lawman says".)
  if (match.via === 'demonym' && prevWord !== undefined && /\p{Ll}/u.test(tokens.word(i))) {
    const speechBefore = LANGUAGE_VERBS.has(prevWord) || (LANGUAGE_ADVERBS.has(prevWord) && i > 1 && LANGUAGE_VERBS.has(tokens.lower(i - 2)));
    if (speechBefore || (prevWord === 'in' && /^\s*(?:[.,;:!?)]|and\b|or\b)/.test(text.slice(end)))) return 'not-place';
  }
  // "…,” Sullivan said": a small town's name as the speaker of a quote is a person.
  if (single && !area && biggest < BIG_CITY && text.charCodeAt(end) === 0x20 && SPEECH_INITIALS.has(text.charCodeAt(end + 1)) && SPEECH_AFTER.test(text.slice(end, end + 12))) return 'person';
  // "Native Americans", "African-American", "American Indian": peoples, not the United States or India.
  if (match.via === 'demonym' && ethnicPair(text, tokens, i, last)) return 'not-place';
  // "according to Taylor": the source of a statement is a person.
  if (single && !area && biggest < BIG_CITY && text.charCodeAt(start - 1) === 0x20 && (text.charCodeAt(start - 2) | 0x20) === 0x6f && /\baccording to $/i.test(text.slice(Math.max(0, start - 13), start))) return 'person';
  // "Stevens & Wilkinson", "McPherson & Jacobsen LLC": a firm of partners.
  if (!area && text.charCodeAt(end) === 0x20 && text.charCodeAt(end + 1) === 0x26 && /^ & \p{Lu}/u.test(text.slice(end, end + 4))) return 'not-place';
  const size = tokens.size(i);
  if (single && size === 1) return 'not-place';
  // "T.R. Ahlstrom", "J.D. Vance": dotted initials before a name are a person's, not a state's code;
  // "U.N.", "E.U.": dotted initials name an organisation, never a town ("Un", India).
  if (single && tokens.word(i).includes('.') && /\p{Lu}\.\p{Lu}/u.test(tokens.word(i))) {
    const after = last + 1;
    const w = after < tokens.length ? tokens.lower(after) : '';
    if (
      after < tokens.length && tokens.cap(after) && text.slice(end, tokens.start[after]!).trim() === '' && !isInitial(tokens, after) && lexicon.rank(w) === Infinity &&
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
  if (single && size <= 4 && !area && match.via !== 'pattern') {
    const w = tokens.word(i);
    if (w === w.toUpperCase() && !w.includes('.')) return 'not-place';
  }
  // "Cienfuegos" after "Gen. Salvador Cienfuegos Zepeda": the text already told us it is a person.
  if (single && persons.has(match.key) && !afterLocative && !match.places.some((p) => p.kind === 'country')) return 'not-place';
  // “El Grande”: a nickname in quotes.
  if (!area && isQuote(text.charCodeAt(start - 1), true) && isQuote(text.charCodeAt(end), false)) return 'not-place';
  if (match.via === 'name' && single && !area) {
    const rank = lexicon.rank(word);
    // "Justice Department", "Secretary": an English word, and no big city of that name.
    if (rank <= VERY_COMMON) return 'not-place';
    if (rank <= COMMON_WORD && biggest < BIG_CITY && !afterLocative) return 'not-place';
    if (isInitial(tokens, i) && rank !== Infinity && (rank <= COMMON_EVEN_FOR_CITIES || biggest < BIG_CITY)) return 'not-place';
  }

  // Not after a possessive: "Pallister's Costa Rica travels", "Prate's Paris office".
  if (hasPrev) {
    const gapPrev = gapKind(text, tokens.end[i - 1]!, start);
    const adjacentPrev = (gapPrev === GAP_SPACE || gapPrev === GAP_STOP) && joinable(text, tokens, i - 1, i);
    if (adjacentPrev && tokens.cap(i - 1)) {
      const p = prevWord!;
      const prevInitial = isInitial(tokens, i - 1);
      if (TITLES.has(p) && !prevInitial) return 'person';
      if (TITLES.has(p) && prevInitial && !MODIFIERS.has(p)) return 'person';
      // A capitalised common word before the name: a sentence start, or "- A Metcalfe County man".
      const prevRank = lexicon.rank(p);
      const prevIsWord = (prevInitial || prevRank <= VERY_COMMON) && prevRank !== Infinity;
      // "CBC Toronto", "CTV Winnipeg": a broadcaster's or agency's acronym before a city's name.
      // "Environment Canada", "Team Alberta": a common word before a country's or state's name.
      if (!MODIFIERS.has(p) && !prevIsWord && !onTitleLine(tokens, i) && !/^\p{Lu}{2,5}$/u.test(tokens.word(i - 1)) && !(area && prevRank <= COMMON_WORD && !lexicon.isFirstName(p)))
        return 'not-place';
    }
    // "Wal-Mart", "Coca-Cola": the second half of a hyphenated word whose first half is no place
    // (not a party's capitals: "R-Elbow Lake", "DFL-Minneapolis" name the member's home town).
    if (gapPrev === GAP_HYPHEN && tokens.cap(i - 1) && !area && /\p{Ll}/u.test(tokens.word(i - 1)) && !gazetteer.lookup(foldName(tokens.word(i - 1))).length) return 'not-place';
    // "University of Miami", "Bank of America"
    if (prevWord === 'of' && !tokens.cap(i - 1) && i >= 2 && tokens.cap(i - 2) && ORGANISATION_OF.has(tokens.lower(i - 2))) return 'not-place';
  }

  const next = last + 1;
  if (next < tokens.length && tokens.cap(next) && gapKind(text, end, tokens.start[next]!) !== GAP_HYPHEN && joinable(text, tokens, last, next)) {
    const w = tokens.lower(next);
    if (ORGANISATION_HEADS.has(w) && !PLACE_HEADS.has(w)) return 'not-place';
    // "the Manchester Evening News", "the Sydney Morning Herald": a paper's name, common words
    // between the place and the paper's head.
    const runLast = runEnd(text, tokens, next);
    if (runLast > next && runLast - next < 3 && PAPER_HEADS.has(tokens.lower(runLast))) {
      let common = true;
      for (let k = next; k < runLast && common; k++) common = lexicon.rank(tokens.lower(k)) <= COMMON_WORD;
      if (common) return 'not-place';
    }
    if (!PLACE_HEADS.has(w) && !onTitleLine(tokens, next)) {
      // "Victoria Florence", "Paris Hilton": a first name followed by another name is a person
      // (not a state's or country's name: "Georgia School Boards Association").
      // (Not leading an institution's name: "Preston Crown Court".)
      if (single && !area && lexicon.isFirstName(word) && match.via === 'name' && !ORGANISATION_TAILS.has(tokens.lower(runEnd(text, tokens, next)))) return 'person';
      // "Israel Vallarta", "Jordan Belfort", "Chad Mitchell": a country's or state's name that is
      // also a first name, followed by a word English does not use (a surname), is a person;
      // before a word it does use, it still names the area ("Georgia Power", "Israel Defense Forces").
      // (Not a possessive, "Virginia's Jefferson National Forest"; not a dateline, "WASHINGTON Barack Obama".)
      if (
        single && area && match.via === 'name' && lexicon.isFirstName(word) && wordRank(lexicon, w) === Infinity &&
        gapKind(text, end, tokens.start[next]!) === GAP_SPACE && !isDateline(tokens, last, next) &&
        !ORGANISATION_TAILS.has(tokens.lower(runEnd(text, tokens, last)))
      )
        return 'person';
      // "Merida Initiative", "Tomás Ángeles": a small place's name leading a longer name is part of
      // that name; a big place's name leading one ("Ohio Supreme Court") still names the place.
      if (match.via === 'name' && !area && biggest < LEADS_NAMES) return 'not-place';
    }
  }
  return 'place';
}

/** The first letters of DIRECTION_NAME's words. */
const DIRECTION_INITIALS = new Set([...'nsewfculm'].map((c) => c.charCodeAt(0)));
/** The first letters of SPEECH_AFTER's verbs. */
const SPEECH_INITIALS = new Set([...'stanwrie'].map((c) => c.charCodeAt(0)));

/** A straight double quote, or a curly one opening (before a name) or closing (after it). */
function isQuote(c: number, opening: boolean): boolean {
  return c === 0x22 || c === (opening ? 0x201c : 0x201d);
}

const GAP_OTHER = 0;
const GAP_SPACE = 1;
const GAP_HYPHEN = 2;
const GAP_STOP = 3;
const GAP_COMMA = 4;

/** What separates two tokens, as far as names care: one space, a hyphen, ". ", ", ", or anything else. */
function gapKind(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  if (to - from === 1) return c === 0x20 ? GAP_SPACE : c === 0x2d ? GAP_HYPHEN : GAP_OTHER;
  if (to - from === 2 && text.charCodeAt(from + 1) === 0x20) return c === 0x2e ? GAP_STOP : c === 0x2c ? GAP_COMMA : GAP_OTHER;
  return GAP_OTHER;
}

/** Lower-case titles and words for a person that come right before a name. */
const PERSON_WORDS = new Set([
  'senator', 'president', 'governor', 'mayor', 'minister', 'secretary', 'ambassador', 'prosecutor', 'attorney', 'judge', 'detective',
  'sheriff', 'lieutenant', 'sergeant', 'captain', 'colonel', 'commander', 'congressman', 'congresswoman', 'councilman', 'councilwoman',
  'chancellor', 'businessman', 'businesswoman', 'lawyer', 'spokesman', 'spokeswoman', 'spokesperson', 'activist', 'journalist',
  'reporter', 'trafficker', 'kingpin', 'capo', 'singer', 'actor', 'actress', 'striker', 'midfielder', 'candidate', 'rapper', 'banker',
  'accountant', 'smuggler', 'informant', 'nephew', 'niece', 'son', 'daughter', 'wife', 'husband', 'widow', 'cousin',
]);

/**
 * Surnames and given names of the people the text names with a title or a first name
 * ("Gen. Salvador Cienfuegos Zepeda", "Carlos Pascual"), so a later bare "Cienfuegos" or
 * "Pascual" is read as the person, not as a town of that name.
 */
function personNames(text: string, tokens: Tokens, gazetteer: GazetteerIndex, lexicon: Lexicon): Set<string> {
  const persons = new Set<string>();
  const flags = tokens.flags;
  for (let i = 0; i < tokens.length; i++) {
    if (!(flags[i]! & CAP)) continue;
    const end = runEnd(text, tokens, i);
    // "former senator Santiago Ríos", "the businessman Andrés Montoya": a lower-case title or a
    // word for a person before a capitalised run names that person, one word or several.
    if (i > 0 && !(flags[i - 1]! & CAP) && PERSON_WORDS.has(tokens.lower(i - 1)) && text.charCodeAt(tokens.end[i - 1]!) === 0x20 && tokens.end[i - 1]! + 1 === tokens.start[i]!) {
      for (let k = i; k <= end; k++) persons.add(foldName(tokens.word(k)));
      i = end;
      continue;
    }
    if (end === i) continue; // a person's name here has two words or more
    // "Alberta Liquor Store Association", "Georgia Pacific Company": an organisation's name, not a person's.
    const organisation = ORGANISATION_TAILS.has(tokens.lower(end));
    let from = -1;
    for (let k = i; k < end && from < 0; k++) {
      const w = tokens.lower(k);
      if (TITLES.has(w)) from = k + 1;
      // A first name and the next word, one space apart: "Washington-Moscow" is no person.
      // Not "North" ("Far North Queensland"), not an all-capital dateline ("WASHINGTON Barack Obama").
      else if (!organisation && lexicon.isFirstName(w) && tokens.start[k + 1]! - tokens.end[k]! === 1 && text.charCodeAt(tokens.end[k]!) === 0x20) {
        const after = tokens.lower(k + 1);
        if (PLACE_HEADS.has(after) || ORGANISATION_HEADS.has(after) || MODIFIERS.has(w) || isDateline(tokens, k, k + 1)) continue;
        const rest = foldName(text.slice(tokens.start[k]!, tokens.end[end]!));
        if (!gazetteer.lookup(rest).length && !gazetteer.lookup(foldName(tokens.word(k) + ' ' + tokens.word(k + 1))).length) from = k;
      }
    }
    if (from >= 0) for (let k = from; k <= end; k++) if (!TITLES.has(tokens.lower(k))) persons.add(foldName(tokens.word(k)));
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
function runEnd(text: string, tokens: Tokens, i: number): number {
  let j = i;
  while (j + 1 < tokens.length && tokens.cap(j + 1) && joinable(text, tokens, j, j + 1)) j++;
  return j;
}

/** ", TX" / ", Tex." / ", Calif." after a place: a state or country code, kept as a name of its own. */
function containerCode(text: string, tokens: Tokens, last: number, gazetteer: GazetteerIndex): { name: Recognized; last: number } | null {
  const next = last + 1;
  if (next >= tokens.length || !tokens.cap(next)) return null;
  const nextStart = tokens.start[next]!;
  const nextEnd = tokens.end[next]!;
  if (nextStart - tokens.end[last]! !== 2 || text.charCodeAt(tokens.end[last]!) !== 0x2c || text.charCodeAt(tokens.end[last]! + 1) !== 0x20) return null; // ", "
  if (degreeAt(text, nextStart)) return null;
  // Only abbreviations count as codes: "Kan.", "Calif.", "TX" — not a word such as "South".
  const word = tokens.word(next);
  const stop = text.charCodeAt(nextEnd) === 0x2e;
  const dotted = stop || word.endsWith('.');
  const capitals = word.length <= 3 && word === word.toUpperCase();
  if (!dotted && !capitals) return null;
  // "Paris, Texas", "Greer, South Carolina": a full name is the scanner's to find.
  const full = longestMatch(text, tokens, next, gazetteer);
  if (full && (full.last > next || !dotted)) return null;
  const key = foldName(word).replace(/ /g, ''); // "W. Va." = "W.Va."
  const codes = gazetteer.lookupCode(key);
  const places = dotted ? dottedAreas(codes, text.slice(nextStart, stop ? nextEnd + 1 : nextEnd)) : codes.filter((p) => p.kind === 'admin1' || p.kind === 'country');
  if (!places.length) return null;
  const end = stop && /^[A-Z][a-z]+$/.test(word) ? nextEnd + 1 : nextEnd; // "Tex.", "Calif."
  return {
    name: { start: nextStart, end, text: text.slice(nextStart, end), key, via: 'pattern', places, initial: false },
    last: next,
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
function unresolvedName(text: string, tokens: Tokens, i: number, lexicon: Lexicon, gazetteer: GazetteerIndex, out: Unresolved[]): number {
  if (i === 0 || tokens.cap(i - 1) || tokens.start[i]! - tokens.end[i - 1]! !== 1 || text.charCodeAt(tokens.end[i - 1]!) !== 0x20) return i + 1;
  if (!LOCATIVES.has(tokens.lower(i - 1))) return i + 1;
  if (isInitial(tokens, i)) return i + 1;
  const last = runEnd(text, tokens, i);
  const words: string[] = [];
  for (let k = i; k <= last; k++) words.push(tokens.lower(k));
  if (words.some((w) => CALENDAR.has(w) || TITLES.has(w) || ORGANISATION_HEADS.has(w))) return last + 1;
  if (words.length === 1 && (lexicon.rank(words[0]) !== Infinity || lexicon.isFirstName(words[0]) || words[0].length < 3)) return last + 1;
  if (lexicon.isFirstName(words[0]) && words.length > 1) return last + 1;
  // "North Texas": a run holding a known name is the scanner's to read word by word.
  for (let k = i; k <= last; k++) {
    const key = foldName(tokens.word(k));
    if (gazetteer.lookup(key).length || gazetteer.hasPrefix(key)) return i + 1;
  }
  const start = tokens.start[i]!;
  const end = tokens.end[last]!;
  out.push({ start, end, text: text.slice(start, end), reason: 'not in gazetteer' });
  return last + 1;
}

/**
 * Marks (TITLE) the tokens on lines set in Title Case (headlines, section titles), where every
 * word is capitalised and capitals say nothing about names.
 */
function markTitleCaseLines(text: string, tokens: Tokens, lexicon: Lexicon): void {
  const n = tokens.length;
  const flags = tokens.flags;
  // A word counts when it is longer than three letters, a common English word and no connector.
  const counts = (t: number) => {
    const lower = tokens.lower(t);
    return !CONNECTORS.has(lower) && lexicon.rank(lower) !== Infinity;
  };
  let lineStart = 0;
  while (lineStart < n) {
    const nl = text.indexOf('\n', tokens.start[lineStart]!);
    const lineEnd = nl < 0 ? text.length : nl;
    let j = lineStart;
    // Capitalised candidates first: at most `capMax` words can be capped.
    let capMax = 0;
    while (j < n && tokens.start[j]! < lineEnd) {
      if (flags[j]! & CAP && tokens.size(j) > 3) capMax++;
      j++;
    }
    // The line is title case when 4·capped ≥ 3·words (capped/words ≥ 0.75, exactly). Each
    // lower-case word adds to words only, so more than capMax/3 of them rule it out without
    // looking up the rest (the usual prose line).
    let lowerWords = 0;
    let possible = true;
    for (let k = lineStart; k < j && possible; k++) {
      if (!(flags[k]! & CAP) && tokens.size(k) > 3 && counts(k) && 3 * ++lowerWords > capMax) possible = false;
    }
    if (possible) {
      let words = 0;
      let capped = 0;
      for (let k = lineStart; k < j; k++) {
        if (tokens.size(k) > 3 && counts(k)) {
          words++;
          if (flags[k]! & CAP) capped++;
        }
      }
      if (words >= 3 && capped / words >= 0.75) for (let k = lineStart; k < j; k++) flags[k]! |= TITLE;
    }
    lineStart = j;
  }
}
