/**
 * Test helpers for phenomenon tables over the real gazetteer: the mention a geoparse gives at a
 * surface form's n-th occurrence, and its place.
 */
import { nthIndexOf } from '../../../geo/eval/newsGold.ts';
import { geoparse } from '../../../geo/geoparse.ts';
import type { GazetteerIndex, Mention, Place } from '../../../geo/types.ts';

/**
 * The mention overlapping the `nth` (0-based) occurrence of `surface` in `text`, or undefined.
 * Throws when the text has no such occurrence (a typo in a table row must fail loudly).
 */
export function mentionAt(gazetteer: GazetteerIndex, text: string, surface: string, nth = 0): Mention | undefined {
  const start = nthIndexOf(text, surface, nth);
  if (start < 0) throw new Error(`"${surface}" (#${nth}) not in the text`);
  return geoparse(text, gazetteer).mentions.find((m) => m.start < start + surface.length && start < m.end);
}

/** The place of {@link mentionAt}'s mention, or undefined. */
export function placeAt(gazetteer: GazetteerIndex, text: string, surface: string, nth = 0): Place | undefined {
  const m = mentionAt(gazetteer, text, surface, nth);
  return m ? gazetteer.get(m.placeId) : undefined;
}
