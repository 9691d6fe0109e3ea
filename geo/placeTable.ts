import type { Place } from './types.ts';

/** Place class in a {@link PlaceTable}: a town or other point. */
export const LOCAL = 0;
/** Place class: a first-level division. */
export const ADMIN1 = 1;
/** Place class: a country. */
export const COUNTRY = 2;
/** Place class: a region. */
export const REGION = 3;

/**
 * The places one article's resolution weighs, numbered (by id), each as the small numbers the
 * resolver compares: its class (LOCAL, ADMIN1, COUNTRY, REGION), its country and first-level
 * division as numbers, its point. The inner loops then compare numbers, not strings, and the
 * strings are read once per place.
 *
 * @example const t = new PlaceTable(); const i = t.number(sinaloa); t.kind[i] // ADMIN1
 */
export class PlaceTable {
  readonly lat: number[] = [];
  readonly lon: number[] = [];
  readonly kind: number[] = [];
  /** The country's number, or -1 for a place of no country. */
  readonly country: number[] = [];
  /** The first-level division's number (by country and code), or -1 for a place that names none. */
  readonly admin1: number[] = [];
  readonly #index = new Map<string, number>();
  readonly #countries = new Map<string, number>();
  readonly #admin1s = new Map<string, number>();

  /** Number of places. */
  get size(): number {
    return this.lat.length;
  }

  /** The place's number (places with one id share it), added when new. */
  number(p: Place): number {
    let i = this.#index.get(p.id);
    if (i !== undefined) return i;
    i = this.lat.length;
    this.#index.set(p.id, i);
    this.lat.push(p.lat);
    this.lon.push(p.lon);
    this.kind.push(p.kind === 'country' ? COUNTRY : p.kind === 'region' ? REGION : p.kind === 'admin1' ? ADMIN1 : LOCAL);
    this.country.push(p.country === '' ? -1 : numberOf(this.#countries, p.country));
    this.admin1.push(p.admin1 === '' ? -1 : numberOf(this.#admin1s, `${p.country}\u0000${p.admin1}`));
    return i;
  }
}

/** The number of a string in a table of them, added when new. */
function numberOf(table: Map<string, number>, key: string): number {
  let n = table.get(key);
  if (n === undefined) table.set(key, (n = table.size));
  return n;
}
