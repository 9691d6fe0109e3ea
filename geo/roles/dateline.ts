/**
 * A dateline ("CULIACÁN, Mexico (AP) —", "KEY WEST —") says where the reporter filed. It is the
 * scene when the story's events happened there: when an incident of the story is at the same
 * place or within a city's reach of it (a suburb of the dateline city); otherwise it is other,
 * whatever words follow it.
 */
import { distanceKm } from '../distance.ts';
import type { Mention } from '../types.ts';

/** What follows a dateline place: an optional ", Country", an optional "(Agency)", then a dash. */
const DATELINE_AFTER = /^(?:,\s*[\p{L}.'’ -]{2,40}?)?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s/u;
/** How near (km) an incident must be for the dateline city to be its scene. */
const REACH_KM = 30;

/**
 * Whether the mention is a dateline: first on its line and followed by the dateline's dash.
 *
 * @example isDateline('KEY WEST — Coast Guard crews …', keyWest) // true
 */
export function isDateline(text: string, m: Mention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, m.start)) && DATELINE_AFTER.test(text.slice(m.end, m.end + 60));
}

/**
 * The incident a dateline place is the scene of: one at the same place or within `REACH_KM`, or null.
 *
 * @param incidents the story's other mentions read as incidents
 */
export function datelineScene(m: Mention, incidents: readonly Mention[]): Mention | null {
  for (const o of incidents) {
    if (o === m) continue;
    if (o.placeId === m.placeId || distanceKm(m.lat, m.lon, o.lat, o.lon) <= REACH_KM) return o;
  }
  return null;
}

/** A dateline's city in capitals and the comma after it, from the start of the line. */
const DATELINE_HEAD = /^\s*[\p{Lu}\p{M}][\p{Lu}\p{M} .'’-]+,\s*$/u;

/**
 * Whether the mention is the second part of a dateline ("Haiti" in "PORT-AU-PRINCE, Haiti (AP) —"):
 * it only says where the dateline city is.
 *
 * @example inDateline('CULIACÁN, Mexico (AP) — …', mexico) // true
 */
export function inDateline(text: string, m: Mention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  return m.start - lineStart < 60 && DATELINE_HEAD.test(text.slice(lineStart, m.start)) && /^\s*(?:\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s/u.test(text.slice(m.end, m.end + 50));
}
