/**
 * Where a place lies, in words, so two places of one name ("Nogales" in Sonora and in Arizona)
 * can be told apart: its first-level division and country as the gazetteer names them.
 */
import type { Place } from '../types.ts';
import { precisionOf } from './precisionOf.ts';

/**
 * "Sonora, Mexico" for a town in Sonora; just the country for a state (or a place the gazetteer
 * knows no division of, or one named as its division: Mexico City); undefined for a country or
 * anything larger, and for a place in no country.
 *
 * @param place the gazetteer entry
 * @param get the gazetteer's look-up by id (for `admin1:<CC>.<code>` and `country:<CC>`)
 * @example whereOf(nogalesSonora, (id) => gazetteer.get(id)) // 'Sonora, Mexico'
 */
export function whereOf(place: Place, get: (id: string) => Place | undefined): string | undefined {
  if (!place.country || precisionOf(place.featureType, place.id) === 4) return undefined;
  const country = get(`country:${place.country}`)?.name;
  const admin1 = place.admin1 ? get(`admin1:${place.country}.${place.admin1}`) : undefined;
  // Mexico City lies in the division "Mexico City": "Mexico City, Mexico", not "Mexico City, Mexico City, Mexico".
  const division = admin1 && admin1.id !== place.id && admin1.name !== place.name ? admin1.name : undefined;
  const parts = [division, country].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : undefined;
}
