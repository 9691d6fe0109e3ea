/**
 * Finds the actors a crime story is about: criminal groups ("the Sinaloa cartel", "cartel de
 * Jalisco", "the Beltrán Leyva gang", "H-2", "Los Zetas") and state agencies ("DEA", "the
 * Mexican Army", "State Department"), with spans. Territory claims need the group's name;
 * role rules use agencies as actors of arrests and prosecutions.
 *
 * General patterns come first ("<Name> cartel", "cartel de <Name>", "<Name> gang",
 * "<Name> Organization" in a crime context); a small alias list catches names that follow no
 * pattern (ALIASES below, each with its canonical name).
 */
import { foldName } from './fold.ts';
import { defaultLexicon } from './lexicon.ts';
import type { Span } from './types.ts';

/** A criminal group or an agency named in the text. */
export interface Actor extends Span {
  kind: 'group' | 'agency';
  /** Surface form, `text.slice(start, end)`. */
  text: string;
  /** Canonical display name ("Sinaloa Cartel", "H-2 Cartel", "DEA"). */
  name: string;
  /** For groups named after something ("Sinaloa" in "the Sinaloa cartel"): the span of that name. */
  nameSpan?: Span;
  /**
   * Found by its shape alone ("the Chapitos", "Los Choneros"), not by a group noun or a known
   * name: a place the geoparser finds in it ("the Philippines", "Los Angeles") unmakes it.
   */
  byShape?: boolean;
}

const L = "[\\p{Lu}][\\p{L}\\p{M}'’-]*";
const NAME_WORD = `(?:${L}|[\\p{Lu}]{1,3}-?\\d{1,2})`;
/** Up to four capitalised words ("Jalisco New Generation", "Beltrán Leyva", "H-2"). */
const NAME = `${NAME_WORD}(?:\\s+(?:de\\s+|del\\s+|la\\s+)?${NAME_WORD}){0,3}`;
const GROUP_NOUN = '(?:cartel|cártel|gang|mafia|syndicate|clan|federation|organi[sz]ation|network|faction|group)';

/** "[drug|crime|criminal] cartel|gang|…": the noun a group name stands before. */
const GROUP_NOUN_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:[Dd]rug|DRUG|[Cc]rime|[Cc]riminal|[Tt]rafficking|[Dd]rug[- ][Tt]rafficking)\\s+)?(${GROUP_NOUN})s?(?![\\p{L}\\p{M}])`,
  'giu',
);
/** The nouns as a plain scan finds them (no look-behind, no Unicode classes: cheaper over a long text); boundaries are checked after. */
const GROUP_NOUN_SCAN = new RegExp(`${GROUP_NOUN}s?`, 'gi');
/** The qualifier GROUP_NOUN_RE allows before the noun ("drug cartel", "criminal gang"), read back from the noun. */
const GROUP_NOUN_PREFIX = /(?:drug[- ]trafficking|drug|crime|criminal|trafficking)\s+$/i;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * The matches GROUP_NOUN_RE gives, found by a plain scan for the nouns with the letter
 * boundaries and the qualifier checked around each: `[whole, noun]` with `index`.
 */
function* groupNounMatches(text: string): Generator<{ 0: string; 1: string; index: number }> {
  GROUP_NOUN_SCAN.lastIndex = 0;
  for (let m = GROUP_NOUN_SCAN.exec(text); m !== null; m = GROUP_NOUN_SCAN.exec(text)) {
    const end = m.index + m[0].length;
    // Whole words only: "gangster" is no gang, "Ganges" no network of them.
    if (end < text.length && LETTER_OR_MARK.test(text[end])) continue;
    if (m.index > 0 && LETTER_OR_MARK.test(text[m.index - 1])) continue;
    let start = m.index;
    const prefix = GROUP_NOUN_PREFIX.exec(text.slice(Math.max(0, m.index - 26), m.index));
    if (prefix) {
      const at = m.index - (Math.min(26, m.index) - prefix.index);
      if (at === 0 || !LETTER_OR_MARK.test(text[at - 1])) start = at;
    }
    // The noun as written, without the plural s (no noun of the list ends in s).
    const noun = /s$/i.test(m[0]) ? m[0].slice(0, -1) : m[0];
    yield { 0: text.slice(start, end), 1: noun, index: start };
  }
}

/** The nouns alone, as GROUP_NOUN_RE reads them: a text none of them occurs in names no group by pattern. */
const ANY_GROUP_NOUN = new RegExp(GROUP_NOUN, 'iu');
/** One word of a name, read right to left from before the noun. */
const NAME_WORD_RE = new RegExp(`^${NAME_WORD}$`, 'u');

/** "cartel de Sinaloa", "Cártel del Golfo", "Cartel de Jalisco Nueva Generación". */
const SPANISH_GROUP = new RegExp(
  `(?<![\\p{L}\\p{M}])([Cc][aá]rtel)\\s+(?:de|del)\\s+(?:la\\s+|los\\s+)?(${NAME})`,
  'gu',
);

/**
 * Words that can precede "cartel" without naming it ("the Mexican cartel", "rival cartel"):
 * demonyms and determiners. A name made only of these is not a name.
 */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'each', 'every', 'which', 'one', 'another', 'other', 'rival',
  'mexican', 'mexico', "mexico's", 'colombian', 'american', 'us', 'u.s', 'u.s.', 'guatemalan', 'honduran', 'salvadoran',
  'venezuelan', 'latin', 'drug', 'major', 'big', 'powerful', 'notorious', 'main', 'cartel', 'cartels', 'criminal',
  'former', 'local', 'violent', 'dangerous', 'largest', 'biggest', 'international', 'transnational', 'if',
  'el', 'los', 'las', 'when', 'while', 'as', 'and', 'or', 'but', 'in', 'of', 'for', 'with', 'by', 'from', 'to', 'at', 'on',
]);
/** First words of institutions that are "Organization"s but not crime groups. */
const INSTITUTIONS = /^(?:world|united|international|national|trade|treaty|health|labou?r|pan|american|european|north|south|islamic|non)/i;
const CRIME_CONTEXT = /\b(?:drug|narco|traffick|cartel|gang|criminal|crime|smuggl|cocaine|heroin|fentanyl|meth|kingpin|capo|hit ?men|murder|launder|extort|kidnap)/i;

/**
 * Names that follow no pattern, folded → canonical; each with the strings one of which any text
 * the pattern matches contains (a cheap test that spares most texts the scan).
 */
const GROUP_ALIASES: Array<[RegExp, string, string[]]> = [
  [/\b(?:Los\s+)?Zetas\b/gu, 'Los Zetas', ['Zetas']],
  [/\bLa\s+L[ií]nea\b/gu, 'La Línea', ['Línea', 'Linea']],
  [/\bCJNG\b/gu, 'Jalisco New Generation Cartel', ['CJNG']],
  [/\bLa\s+Familia(?:\s+Michoacana)?\b|\bFamilia\s+Michoacana\b/gu, 'La Familia Michoacana', ['Familia']],
  [/\b(?:Knights\s+Templar|(?:Los\s+)?Caballeros\s+Templarios)\b/gu, 'Knights Templar', ['Templar']],
  // Case-insensitive: "h-2", "H2"; the digit after an "h", "h-" is what any match holds.
  [/\bH-?2\b(?!\s*(?:cartel|gang|organi[sz]ation))/giu, 'H-2 Cartel', ['H2', 'h2', 'H-2', 'h-2']],
  [/\bBeltr[aá]n[\s-]+Leyva\b(?!\s+(?:drug\s+)?(?:cartel|gang|organi[sz]ation))(?:\s+brothers)?/gu, 'Beltrán Leyva Organization', ['Leyva']],
  [/\bLos\s+Choneros\b/gu, 'Los Choneros', ['Choneros']],
  [/\bLos\s+Lobos\b/gu, 'Los Lobos', ['Lobos']],
  [/\bMS-?13\b|\bMara\s+Salvatrucha\b/gu, 'MS-13', ['MS', 'Salvatrucha']],
  [/\bBarrio\s+18\b/gu, 'Barrio 18', ['Barrio']],
  [/\bGuerreros\s+Unidos\b/gu, 'Guerreros Unidos', ['Guerreros']],
  [/\bLos\s+Chapitos\b/gu, 'Los Chapitos', ['Chapitos']],
  // (Named after the Venezuelan state: the name holds the place.)
  [/\bTren\s+de\s+(Aragua)\b/gu, 'Tren de Aragua', ['Aragua']],
  [/\bClan\s+del\s+Golfo\b/gu, 'Clan del Golfo', ['Golfo']],
  [/\bSinaloa\s+Federation\b/gu, 'Sinaloa Cartel', ['Federation']],
];

/** An article, then one or two capitalised words, the last a plural ("the Chapitos", "Los Choneros", "the Beltrán Leyvas"). */
const PLURAL_GROUP = /(?<![\p{L}\p{M}])(the|The|Los|Las|los|las)\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s+)?\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}s)(?![\p{L}\p{M}])/gu;

/**
 * "the 'Ndrangheta", "the Camorra", "the Kudo-kai", "the Kavač": an article before one capitalised
 * word that is no English word, standing as a noun (before a stop, a possessive, a verb or a
 * preposition: "the Spanish resort", "the Poltava region" are adjectives of nouns), in a crime
 * story, names a group; a place the geoparser finds in it unmakes it ("the Sahel").
 */
const SINGULAR_GROUP = /(?<![\p{L}\p{M}])(the|The)\s+(['’]?\p{Lu}[\p{Ll}\p{M}]+(?:-[\p{L}\p{M}]+)?)(?=['’]s\b|\s*[,.;:)]|\s*$|\s+(?:and|or|on|in|of|is|was|has|had|to|for|with|from|at|by|which|who|that|are|were|have|will|would|said|says|now|also|still|long)\b)/gu;

/** An English word (or the plural of one) in the frequency lexicon: "the Marines", "the Democrats", "the Times" name no gang. */
function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  return defaultLexicon.rank(w) < Infinity || defaultLexicon.rank(w.replace(/e?s$/, '')) < Infinity || defaultLexicon.rank(w.slice(0, -1)) < Infinity;
}

/** The canonical name of a known group a plural names ("Zetas" → "Los Zetas"), or undefined. */
function aliasName(plural: string): string | undefined {
  return ALIAS_BY_PLURAL.get(foldName(plural));
}

/** The known groups by the folded forms a plural may name them with ("zetas", "los zetas", "beltran leyvas"), made once. */
const ALIAS_BY_PLURAL: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const [, name] of GROUP_ALIASES) {
    const n = foldName(name);
    for (const key of [n, n.replace(/^los /, ''), n.replace(/ (?:organization|cartel)$/, 's')]) if (!out.has(key)) out.set(key, name);
  }
  return out;
})();

/** Canonical forms of groups whose pattern names differ only by language or accent. */
const GROUP_CANONICAL: Record<string, string> = {
  'cartel de sinaloa': 'Sinaloa Cartel',
  'cartel del golfo': 'Gulf Cartel',
  'cartel de jalisco nueva generacion': 'Jalisco New Generation Cartel',
  'h2 cartel': 'H-2 Cartel',
  'beltran leyva gang': 'Beltrán Leyva Organization',
  'beltran leyva cartel': 'Beltrán Leyva Organization',
  'beltran leyva drug gang': 'Beltrán Leyva Organization',
};

/** State agencies, canonical name first; with strings as in GROUP_ALIASES. */
const AGENCIES: Array<[RegExp, string, string[]]> = [
  [/\bDrug Enforcement (?:Administration|Agency)\b|\bD\.?E\.?A\.?(?![\p{L}])/gu, 'DEA', ['Drug Enforcement', 'DEA', 'D.EA', 'DE.A', 'D.E.A']],
  [/\bImmigration and Customs Enforcement\b|\bICE\b/gu, 'ICE', ['Immigration and Customs Enforcement', 'ICE']],
  [/\bBureau of Alcohol, Tobacco, Firearms and Explosives\b|\bATF\b/gu, 'ATF', ['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'ATF']],
  [/\bFederal Bureau of Investigation\b|\bF\.?B\.?I\.?(?![\p{L}])/gu, 'FBI', ['Federal Bureau of Investigation', 'FBI', 'F.BI', 'FB.I', 'F.B.I']],
  [/\bCentral Intelligence Agency\b|\bCIA\b/gu, 'CIA', ['Central Intelligence Agency', 'CIA']],
  [/\bCustoms and Border Protection\b|\bCBP\b|\bBorder Patrol\b/gu, 'CBP', ['Customs and Border Protection', 'CBP', 'Border Patrol']],
  [/\b(?:Department of Homeland Security|Homeland Security|DHS)\b/gu, 'DHS', ['Homeland Security', 'DHS']],
  [/\b(?:(?:U\.?S\.? )?Department of Justice|Justice Department|DOJ)\b/gu, 'Department of Justice', ['Department of Justice', 'Justice Department', 'DOJ']],
  [/\b(?:State Department|Department of State)\b/gu, 'State Department', ['State Department', 'Department of State']],
  [/\b(?:Treasury Department|Department of the Treasury)\b/gu, 'Treasury', ['Treasury Department', 'Department of the Treasury']],
  [/\b(?:Mexican|Mexico's|Mexico’s)\s+(?:Army|army|military)\b|\bSEDENA\b/gu, 'Mexican Army', ['Mexican', 'Mexico', 'SEDENA']],
  [/\b(?:Mexican|Mexico's|Mexico’s)\s+(?:Navy|navy|Marines|marines)\b|\bSEMAR\b/gu, 'Mexican Navy', ['Mexican', 'Mexico', 'SEMAR']],
  [/\b(?:Mexican\s+)?Federal Police\b/gu, 'Federal Police', ['Federal Police']],
  [/\b(?:FGR|PGR)\b/gu, 'Mexican Attorney General', ['FGR', 'PGR']],
];

/** White space as `\s` reads it, for the ASCII and Latin-1 code units news uses (and the Unicode spaces). */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `text` holds one of `strings`. */
function holdsAny(text: string, strings: readonly string[]): boolean {
  for (const s of strings) if (text.includes(s)) return true;
  return false;
}

/**
 * Finds criminal groups and agencies, sorted by start, non-overlapping (longest wins).
 *
 * @example findActors('the H-2 cartel, based in Nayarit').map((a) => a.name) // ['H-2 Cartel']
 */
export function findActors(text: string): Actor[] {
  const found: Actor[] = [];
  const patterned: Array<{ actor: Actor; titleCase: boolean }> = [];
  // isTitleCase(around(text, start, end)), once per line (a line often names several groups).
  const titleCaseLines = new Map<string, boolean>();
  const titleCaseAround = (start: number, end: number): boolean => {
    const a = Math.max(0, text.lastIndexOf('\n', start) + 1);
    const nl = text.indexOf('\n', end);
    const key = `${a}:${nl}`;
    let t = titleCaseLines.get(key);
    if (t === undefined) titleCaseLines.set(key, (t = isTitleCase(around(text, start, end))));
    return t;
  };

  for (const m of ANY_GROUP_NOUN.test(text) ? groupNounMatches(text) : []) {
    const noun = m[1];
    // A name names one group: "Mexico's cartels", "Feds Aid Cartels" name none.
    if (/s$/i.test(m[0]) && !/s$/i.test(noun)) continue;
    // Walk left over capitalised name words ("Jalisco New Generation", "Beltrán Leyva", "H-2"),
    // stopping at determiners and demonyms ("the Mexican cartel" names no group).
    // (A scan back over at most 80 characters, word by word, without building a word list.)
    const floor = Math.max(0, m.index - 80);
    let nameStart = m.index;
    let count = 0;
    while (count < 4) {
      let ws = nameStart;
      while (ws > floor && isSpaceCode(text.charCodeAt(ws - 1))) ws--;
      if (ws === nameStart || ws === floor) break;
      let wordStart = ws;
      while (wordStart > floor && !isSpaceCode(text.charCodeAt(wordStart - 1))) wordStart--;
      if (text.slice(ws, nameStart).includes('\n')) break;
      const w = text.slice(wordStart, ws);
      if (NOT_NAMES.has(w.toLowerCase().replace(/’/g, "'")) || !NAME_WORD_RE.test(w) || /['’]s$/.test(w)) {
        if (count > 0 && /^(?:de|del|la)$/.test(w)) { nameStart = wordStart; continue; }
        break;
      }
      nameStart = wordStart;
      count++;
    }
    if (count === 0) continue;
    const start = nameStart;
    const end = m.index + m[0].length;
    const name = text.slice(start, m.index).trim();
    const nounLower = noun.toLowerCase();
    // A capitalised "Group" names a company ("the Chertoff Group"); news writes a gang's "group" in lower case ("the Jalisco group").
    if (noun === 'Group') continue;
    if (/^organi[sz]ation$|^network$|^federation$|^group$/.test(nounLower)) {
      const sentence = around(text, start, end);
      if (INSTITUTIONS.test(name) || !CRIME_CONTEXT.test(sentence.replace(m[0], ''))) continue;
    }
    const surface = text.slice(start, end);
    patterned.push({
      actor: {
        kind: 'group',
        start,
        end,
        text: surface,
        name: canonicalGroup(name, nounLower, surface),
        nameSpan: { start, end: start + name.length },
      },
      titleCase: titleCaseAround(start, end),
    });
  }
  // In Title Case lines (headlines, related-article lists) every word is capitalised, so
  // "Government Helps Cartel" looks like a name; trust such a name only when the text also
  // uses it in running prose.
  const proseNames = new Set(patterned.filter((p) => !p.titleCase).map((p) => p.actor.name));
  for (const p of patterned) if (!p.titleCase || proseNames.has(p.actor.name)) found.push(p.actor);

  for (const m of text.matchAll(SPANISH_GROUP)) {
    const surface = m[0];
    const nameStart = m.index + surface.length - m[2].length;
    const key = foldName(surface);
    found.push({
      kind: 'group',
      start: m.index,
      end: m.index + surface.length,
      text: surface,
      name: GROUP_CANONICAL[key] ?? `${m[2]} Cartel`, // "cartel de X" and "the X cartel" are one group
      nameSpan: { start: nameStart, end: m.index + surface.length },
    });
  }

  for (const [re, name, needs] of GROUP_ALIASES) {
    if (!holdsAny(text, needs)) continue;
    for (const m of text.matchAll(re)) {
      const actor: Actor = { kind: 'group', start: m.index, end: m.index + m[0].length, text: m[0], name };
      // A group named after a place holds it as its name ("Tren de Aragua").
      if (m[1] !== undefined) {
        const at = m.index + m[0].lastIndexOf(m[1]);
        actor.nameSpan = { start: at, end: at + m[1].length };
      }
      found.push(actor);
    }
  }
  // "the Chapitos", "the Zetas", "Los Choneros", "the Beltrán Leyvas": in a crime story, an
  // article before a capitalised plural that is no English word names a group by its members,
  // as Spanish and English news name cartels and gangs (a family, a faction, a town's people).
  if (CRIME_CONTEXT.test(text)) {
    for (const m of text.matchAll(PLURAL_GROUP)) {
      const words = m[2].split(/\s+/);
      const last = words[words.length - 1];
      if (isEnglishWord(last)) continue;
      const spanish = /^l/i.test(m[1]);
      const name = aliasName(m[2]) ?? (spanish ? `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} ${m[2]}` : m[2]);
      found.push({ kind: 'group', start: m.index, end: m.index + m[0].length, text: m[0], name, byShape: true });
    }
  }
  if (CRIME_CONTEXT.test(text)) {
    for (const m of text.matchAll(SINGULAR_GROUP)) {
      const word = m[2].replace(/^['’]/, '');
      if (isEnglishWord(word) || /s$/.test(word) || ANY_GROUP_NOUN.test(word)) continue;
      found.push({ kind: 'group', start: m.index, end: m.index + m[0].length, text: m[0], name: m[2], byShape: true });
    }
  }
  for (const [re, name, needs] of AGENCIES) {
    if (!holdsAny(text, needs)) continue;
    for (const m of text.matchAll(re)) {
      found.push({ kind: 'agency', start: m.index, end: m.index + m[0].length, text: m[0], name });
    }
  }

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Actor[] = [];
  for (const a of found) {
    const last = out[out.length - 1];
    if (last && a.start < last.end) continue;
    out.push(a);
  }
  return out;
}

/**
 * A stable key for a group name: folded, hyphenated ("Beltrán Leyva Organization" → "beltran-leyva-organization").
 *
 * @example groupKey('H-2 Cartel') // 'h-2-cartel'
 */
export function groupKey(name: string): string {
  return foldName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function canonicalGroup(name: string, noun: string, surface: string): string {
  const key = foldName(surface).replace(/\bdrug\s+/, '');
  if (GROUP_CANONICAL[key]) return GROUP_CANONICAL[key];
  if (GROUP_CANONICAL[foldName(surface)]) return GROUP_CANONICAL[foldName(surface)];
  const nounTitle = noun === 'cártel' ? 'Cartel' : noun.charAt(0).toUpperCase() + noun.slice(1);
  return `${name} ${nounTitle}`;
}

/** Every word of four letters or more (bar a few function words) starts with a capital. */
function isTitleCase(line: string): boolean {
  // Word by word, stopping at the first word of four letters or more in lower case (prose fails at once).
  let count = 0;
  TITLE_WORD.lastIndex = 0;
  for (let m = TITLE_WORD.exec(line); m !== null; m = TITLE_WORD.exec(line)) {
    if (!FOUR_LETTERS.test(m[0]) || FUNCTION_WORDS.has(m[0])) continue;
    if (!CAPITAL_FIRST.test(m[0])) return false;
    count++;
  }
  return count >= 3;
}
const TITLE_WORD = /\S+/g;
const FOUR_LETTERS = /^\p{L}{4,}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const FUNCTION_WORDS = new Set(['with', 'from', 'into', 'over', 'that', 'than', 'this', 'about', 'after', 'against', 'under', 'upon']);

function around(text: string, start: number, end: number): string {
  const a = Math.max(0, text.lastIndexOf('\n', start) + 1);
  const nl = text.indexOf('\n', end);
  return text.slice(a, nl === -1 ? text.length : nl);
}
