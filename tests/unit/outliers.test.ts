/** Which readings lie far from everything else their article names (geo/outliers.ts). */
import { describe, expect, it } from 'vitest';
import { outliers } from '../../geo/outliers.ts';
import type { Place } from '../../geo/types.ts';

const place = (id: string, kind: Place['kind'], lat: number, lon: number, country: string, admin1: string, population = 1000): Place => ({
  id, name: id, kind, featureType: kind === 'city' ? 'PPL' : 'ADM1', lat, lon, country, admin1, population,
});
// Invented places on a made-up map: two towns 50 km apart in state A, a hamlet 1,500 km away in state B.
const townA = place('town-a', 'city', 31.3, -110.9, 'XX', 'A');
const townA2 = place('town-a2', 'city', 31.0, -111.3, 'XX', 'A');
const stateA = place('state-a', 'admin1', 29.5, -110.5, 'XX', 'A');
const hamletB = place('hamlet-b', 'city', 17.2, -100.4, 'XX', 'B');
const bigB = place('big-b', 'city', 17.2, -100.4, 'XX', 'B', 2_000_000);
const country = place('country', 'country', 23, -102, 'XX', '');

describe('outliers', () => {
  it('a small place far from every other place and in none of their states', () => {
    expect(outliers([{ key: 'h', place: hamletB }, { key: 'a', place: townA }, { key: 's', place: stateA }])).toEqual([true, false, false]);
  });
  it('not when another place of the story lies near it', () => {
    expect(outliers([{ key: 'a', place: townA }, { key: 'a2', place: townA2 }])).toEqual([false, false]);
  });
  it('not a big city', () => {
    expect(outliers([{ key: 'b', place: bigB }, { key: 'a', place: townA }])).toEqual([false, false]);
  });
  it('not when its state is named', () => {
    expect(outliers([{ key: 'h', place: hamletB }, { key: 'a', place: townA }, { key: 'sb', place: { ...stateA, id: 'state-b', admin1: 'B' } }])[0]).toBe(false);
  });
  it('with only a country to compare, not when it lies in it', () => {
    expect(outliers([{ key: 'h', place: hamletB }, { key: 'c', place: country }])[0]).toBe(false);
  });
  it('a name repeated is one reading, not its own neighbour', () => {
    expect(outliers([{ key: 'h', place: hamletB }, { key: 'h', place: hamletB }, { key: 'a', place: townA }, { key: 's', place: stateA }])).toEqual([true, true, false, false]);
  });
});
