/**
 * What every gazetteer of the project offers beyond the pipeline's `GazetteerIndex`: places as
 * `PlaceRow`s (with alternate names, demonyms and codes), their number and all of them in id
 * order. `Gazetteer` (from the TSV extract) and `BinaryGazetteer` (from `gazetteer.bin`) both
 * implement it, with the same answers.
 */
import type { GazetteerIndex, Place } from '../types.ts';
import type { PlaceRow } from './placeRow.ts';

/** A gazetteer whose places are `PlaceRow`s, sorted by id. */
export interface PlaceGazetteer extends GazetteerIndex {
  /** Number of places. */
  readonly size: number;
  get(id: string): PlaceRow | undefined;
  lookup(key: string): readonly PlaceRow[];
  lookupDemonym(key: string): readonly PlaceRow[];
  lookupCode(key: string): readonly PlaceRow[];
  admin1Of(place: Place): PlaceRow | undefined;
  countryOf(place: Place): PlaceRow | undefined;
  /** Every name key with its places, in the order the names were first indexed. */
  entries(): IterableIterator<[string, readonly PlaceRow[]]>;
  /** All places, sorted by id. */
  places(): IterableIterator<PlaceRow>;
}
