/**
 * What the words between and around recognised names say about them, as a reader takes it:
 * "Paris, Texas" and "Paris in Texas" name a container, a capitalised name opening a line is a
 * dateline, "Washington state" is the state, "the Cincinnati suburb of West Chester" ties a
 * suburb to its city, and ", Palestine and Houston" shows a list going on. Pure string tests over
 * the text and the names' spans; the resolver weighs what they find.
 */
import { charTest } from './charTest.ts';
import type { Recognized } from './recognize.ts';
import type { Place } from './types.ts';

/** What `\s` matches in a regular expression. */
const isSpace = charTest(/\s/);

/**
 * The longest gap `containerOf` reads (" in far southwestern "): a longer one names no container,
 * so most pairs of names are passed over without slicing the words between them.
 */
const CONTAINER_GAP_MAX = 21;

/**
 * The admin1/country places named right after "<name>, " or "<name> in " — "Paris, Texas",
 * "Paris in Texas" → Texas — or after a pair of names ("Haris and Varzaqan in East Azerbaijan").
 */
export function containerOf(text: string, names: Recognized[], k: number): Place[] | null {
  const next = names[k + 1];
  if (!next) return null;
  const end = names[k].end;
  // Every gap read below starts with ", " or a space.
  if (next.start - end > CONTAINER_GAP_MAX) return null;
  const c = text.charCodeAt(end);
  if (c !== 0x20 && c !== 0x2c) return null;
  const gap = text.slice(end, next.start);
  let area: Recognized | undefined;
  // "Belgrade in central Minnesota", "Lima in northwestern Ohio": a direction may stand between.
  if (gap === ', ' || gap === ' in ' || IN_DIRECTION.test(gap)) area = next;
  // "the towns of Haris and Varzaqan in East Azerbaijan province": the last place holds both.
  else if (/^,? and $/.test(gap) && names[k + 2] && text.slice(next.end, names[k + 2]!.start) === ' in ') area = names[k + 2];
  if (!area) return null;
  const areas = area.places.filter((p) => p.kind === 'admin1' || p.kind === 'country');
  return areas.length ? areas : null;
}

/** " in central ", " in northwestern ": "in" and a compass word before the container. */
const IN_DIRECTION = /^ in (?:central|(?:north|south)(?:east|west)?(?:ern)?|east(?:ern)?|west(?:ern)?|upstate|downstate|rural|far (?:north|south|east|west)(?:ern)?) $/i;

/**
 * Keys of names that open a line in capitals with no container after them: the bare datelines
 * ("WASHINGTON Christopher Steele…", "LONDON (Reuters) -"), not "HOLLIDAY, Mo. —".
 */
export function datelineKeys(text: string, names: Recognized[], containers: (Place[] | null)[]): Set<string> {
  const keys = new Set<string>();
  names.forEach((name, k) => {
    // (A name with a lower-case ASCII letter is no all-capital dateline: no pattern needed.)
    if (containers[k] || hasAsciiLower(name.text) || !/^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(name.text)) return;
    const before = text.lastIndexOf('\n', name.start - 1) + 1;
    if (text.slice(before, name.start).trim() === '') keys.add(name.key);
  });
  return keys;
}

const STATE_AFTER = /^\s+state\b/;

/**
 * Whether "state" follows the name: "Washington state", "the Georgia state line", "Mexico state".
 *
 * @example stateAfter('Fires in Washington state.', { end: 18 } as Recognized) // true
 */
export function stateAfter(text: string, name: Recognized): boolean {
  // A space must follow the name: most names are passed over without the slice and pattern.
  if (name.end >= text.length || !isSpace(text, name.end)) return false;
  return STATE_AFTER.test(text.slice(name.end, name.end + 12));
}

/** Whether `s` holds a lower-case ASCII letter. */
function hasAsciiLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

/**
 * The index of the name that names the city the k-th name is a suburb of, or -1: "the
 * Cincinnati suburb of West Chester", "Cicero, a suburb of Chicago", "Plano, a Dallas suburb".
 */
export function suburbCityIndex(text: string, names: Recognized[], k: number): number {
  const prev = names[k - 1];
  const next = names[k + 1];
  const start = names[k]!.start;
  const end = names[k]!.end;
  // " suburb of " or " suburbs of " before, ", a…" after: most names are passed over without the slices and patterns.
  const before = prev ? start - prev.end : 0;
  if (prev && (before === 11 || before === 12) && text.charCodeAt(prev.end) === 0x20 && /^ suburbs? of $/.test(text.slice(prev.end, start))) return k - 1;
  if (!next || text.charCodeAt(end) !== 0x2c || text.charCodeAt(end + 1) !== 0x20 || text.charCodeAt(end + 2) !== 0x61) return -1;
  if (/^, an? (?:\p{Ll}+ )?(?:suburb|neighbou?rhood|district|borough|barrio|colonia|section) of $/u.test(text.slice(end, next.start))) return k + 1;
  if (/^, an? $/.test(text.slice(end, next.start)) && /^ suburb\b/.test(text.slice(next.end, next.end + 8))) return k + 1;
  return -1;
}

/** Whether another name follows the j-th as the next item of a list: ", Houston", " and Houston". */
export function listGoesOn(text: string, names: Recognized[], j: number): boolean {
  const after = names[j + 1];
  if (!after) return false;
  // The gap starts with a comma or a space.
  const end = names[j]!.end;
  if (text.charCodeAt(end) !== 0x2c && !isSpace(text, end)) return false;
  return /^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(text.slice(end, after.start));
}
