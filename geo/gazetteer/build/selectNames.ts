/**
 * Chooses which alternate names of a place go into the gazetteer. Every alternate is a
 * potential false hit in English text, so the rules are conservative:
 *
 * - Latin script only, starting with a capital letter: GeoNames' lower-case romanisations of
 *   Arabic or Chinese names ("sywdad khwaryz", "hua lei si cheng") never appear in English prose.
 * - No digits, brackets or slashes; at least three letters.
 * - No all-capital codes of four letters or fewer ("MZT", "CUL", "CDMX"): they are airport or
 *   postal codes, which belong in the codes column.
 * - A one-word alternate that is an English word ("Mobile", "Reading") is dropped, unless the
 *   place has `bigFrom` people or more and the word is its main name without a generic word
 *   ("Victoria" for Ciudad Victoria stays; "White" for White City, pop. 581, goes).
 * - An alternate in `blocked` (names of countries, first-level divisions, regions and big cities)
 *   is kept only by places of `bigFrom` people or more, and only when it shares a word with the
 *   main name: "Durango" for Victoria de Durango and "Mexico" for Mexico City stay, but Tepic must
 *   not answer to "Nayarit", Port Washington to "Washington", Amman to "Philadelphia".
 * - Places under `smallBelow` people keep only variants of their own name (sharing a word of four
 *   or more letters: "Saint Louis" for "St. Louis", "Ciudad Mante" for "El Mante").
 * - A name of generic words only ("The City", "Federal Area") is dropped.
 * - With `commonWords` (towns): a phrase of common English words sharing no word with the main
 *   name ("White House" for Casablanca, "Windy City") is dropped: in English it means something else.
 * - Deduplicated by `foldName`, the main name excluded, first spelling kept.
 */
import { foldName } from '../../fold.ts';

/** Options for `selectNames`. */
export interface NameRules {
  /** Folded single English words. */
  englishWords: ReadonlySet<string>;
  /** Folded common English words (a few thousand): a phrase of only these is no name of a town. */
  commonWords?: ReadonlySet<string>;
  /** Folded names reserved for bigger entities. */
  blocked?: ReadonlySet<string>;
  /** Population of the place. */
  population?: number;
  /** From this population, a place may keep blocked names and generic-stripped English words (default 100,000). */
  bigFrom?: number;
  /** Below this population, only variants of the main name are kept (default 30,000: towns of 30,000 and more are known by exonyms, "Auschwitz" for Oświęcim, "Jenin" for Janin). */
  smallBelow?: number;
}

const LATIN = /^\p{Lu}[\p{Script=Latin}\p{M} '\u2019.\-]*$/u;
const SHORT_CODE = /^[A-Z.]+$/;

/**
 * Tells whether one alternate spelling is acceptable text to match, ignoring population rules.
 *
 * @example isUsableName('Culiacán Rosales', words) // true
 * @example isUsableName('CUL', words) // false
 */
export function isUsableName(
  alt: string,
  englishWords: ReadonlySet<string>,
  mainKey = '',
  big = false,
  commonWords?: ReadonlySet<string>,
): boolean {
  const s = alt.trim();
  if (!LATIN.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  if (SHORT_CODE.test(s) && letters.length <= 4) return false;
  const key = foldName(s);
  if (!key.includes(' ') && englishWords.has(key) && !(big && stripGeneric(mainKey) === key)) return false;
  // "The City" for the City of London, "Federal Area": generic words name nothing in particular.
  if (key.split(/[\s\-']+/).every((w) => GENERIC_ONLY.has(w))) return false;
  // "White House" for Casablanca, "Windy City" for Chicago: a phrase of common English words
  // that translates or nicknames the place, and in English text means something else.
  if (commonWords && key.includes(' ') && mainKey) {
    const own = new Set(mainKey.split(/[\s\-']+/));
    const parts = key.split(/[\s\-']+/).filter(Boolean);
    if (parts.every((w) => commonWords.has(w)) && !parts.some((w) => own.has(w) && !CONNECTOR.has(w))) return false;
  }
  return true;
}

const CONNECTOR = new Set(['of', 'the', 'and', 'on', 'upon', 'in']);
const GENERIC_ONLY = new Set([
  'the', 'of', 'city', 'town', 'area', 'federal', 'capital', 'district', 'region', 'province', 'territory',
  'county', 'community', 'council', 'municipality', 'metropolitan', 'state', 'zone', 'old', 'new', 'downtown',
]);

/** Generic words of Spanish and English place names: "Ciudad", "Heroica", "City", "Villa de". */
const GENERIC = new Set(['ciudad', 'heroica', 'villa', 'pueblo', 'city', 'town', 'township', 'village', 'de', 'del', 'la', 'el', 'los', 'las']);

/**
 * A folded name without its generic words: "ciudad victoria" → "victoria".
 *
 * @example stripGeneric('heroica ciudad de juchitan de zaragoza') // 'juchitan de zaragoza'
 */
export function stripGeneric(key: string): string {
  const w = key.split(' ');
  let i = 0;
  while (i < w.length - 1 && GENERIC.has(w[i]!)) i++;
  let j = w.length;
  while (j > i + 1 && GENERIC.has(w[j - 1]!)) j--;
  return w.slice(i, j).join(' ');
}

/** An apostrophe between two letters. */
const IN_WORD_APOSTROPHE = /(?<=\p{L})['\u2018\u2019\u02BC\u02BB`](?=\p{L})/gu;

function words(key: string): string[] {
  return key.split(/[\s\-']+/).filter((w) => w.length >= 4);
}

/**
 * Filters and deduplicates alternate names of one place.
 *
 * @param main the place's main name
 * @param alternates candidate alternates in source order
 * @example selectNames('Culiacán', ['CUL', 'Culiacan', 'Culiacán Rosales', 'ku li ya kan'], { englishWords })
 * // ['Culiacán Rosales']
 */
export function selectNames(main: string, alternates: Iterable<string>, rules: NameRules): string[] {
  const population = rules.population ?? Number.POSITIVE_INFINITY;
  const small = population < (rules.smallBelow ?? 30_000);
  const big = population >= (rules.bigFrom ?? 100_000);
  const mainKey = foldName(main);
  const mainWords = new Set(words(mainKey));
  const seen = new Set<string>([mainKey]);
  const out: string[] = [];
  // "Ts’khinvali", "K’ut’aisi": a transliteration's apostrophes (ejectives, ayn, soft signs) are
  // left out in English prose ("Tskhinvali", "Kutaisi"); that spelling is the main name's own.
  const plain = main.replace(IN_WORD_APOSTROPHE, '');
  if (plain !== main && isUsableName(plain, rules.englishWords, mainKey, big, rules.commonWords) && !rules.blocked?.has(foldName(plain))) {
    seen.add(foldName(plain));
    out.push(plain);
  }
  for (const raw of alternates) {
    const alt = raw.trim().replace(/\s+/g, ' ');
    const key = foldName(alt);
    if (seen.has(key)) continue;
    if (!isUsableName(alt, rules.englishWords, mainKey, big, rules.commonWords)) continue;
    const variant = words(key).some((w) => mainWords.has(w));
    if (small && !variant) continue;
    if (rules.blocked?.has(key) && !(big && variant)) continue;
    seen.add(key);
    out.push(alt);
  }
  return out;
}

/**
 * Deduplicates a list by `foldName`, dropping empties and anything folding like `exclude`.
 *
 * @example uniqueByFold(['TX', 'Tex.', 'tx']) // ['TX', 'Tex.']
 */
export function uniqueByFold(list: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const seen = new Set<string>();
  for (const e of exclude) seen.add(foldName(e));
  const out: string[] = [];
  for (const raw of list) {
    const s = raw.trim().replace(/\s+/g, ' ');
    const key = foldName(s);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}
