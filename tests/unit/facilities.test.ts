/**
 * Ports, border crossings and prisons named after a town: the words around a placed name make
 * it a facility; the name keeps its span and its town. Sentences are invented.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { facilityOf, unplacedFacilities } from '../../geo/facilities.ts';
import { defaultLexicon } from '../../geo/lexicon.ts';
import { loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import { geoparse } from '../../geo/geoparse.ts';
import type { GazetteerIndex } from '../../geo/types.ts';

/** The facility around `name` in `text`, read as if `name` had been placed as a town. */
function around(text: string, name: string, featureType = 'PPL') {
  const start = text.indexOf(name);
  return facilityOf(text, { start, end: start + name.length, featureType });
}

describe('a facility named after its town', () => {
  it.each([
    ['a port after "port of"', 'Cocaine was seized at the port of Manzanillo on Friday.', 'Manzanillo', 'port', 'port of Manzanillo'],
    ['a port after the town', 'The ship left Long Beach port at dawn.', 'Long Beach', 'port', 'Long Beach port'],
    ['a seaport', 'Containers piled up in the Veracruz seaport.', 'Veracruz', 'port', 'Veracruz seaport'],
    ['a port of entry is a border crossing, not a port', 'He was arrested at the San Ysidro port of entry.', 'San Ysidro', 'border crossing', 'San Ysidro port of entry'],
    ['a crossing before the town', 'Trucks waited for hours at the crossing at Nogales.', 'Nogales', 'border crossing', 'crossing at Nogales'],
    ['an international bridge', 'Agents closed the Laredo international bridge.', 'Laredo', 'border crossing', 'Laredo international bridge'],
    ['a prison after the town', 'He escaped from Puente Grande prison in 2001.', 'Puente Grande', 'prison', 'Puente Grande prison'],
    ['a qualified prison before the town', 'He is held at a federal prison in Florence, Colorado.', 'Florence', 'prison', 'federal prison in Florence'],
    ['a possessive', "Inmates rioted in Tijuana's state prison.", 'Tijuana', 'prison', "Tijuana's state prison"],
  ])('%s', (_label, text, name, kind, words) => {
    const f = around(text, name);
    expect(f).toMatchObject({ kind, text: words });
    expect(text.slice(f!.start, f!.end)).toBe(words);
  });

  it.each([
    ['a town alone', 'The cartel grew in Manzanillo.', 'Manzanillo'],
    ['the port city is the city', 'The port city of Veracruz voted.', 'Veracruz'],
    ['a report is not a port', 'Manzanillo reported no deaths.', 'Manzanillo'],
    ['a passport is not a port', 'She showed a Laredo passport office receipt.', 'Laredo'],
  ])('not a facility: %s', (_label, text, name) => {
    expect(around(text, name)).toBeNull();
  });

  it('a state or country is no facility: "Texas prison" names no one prison', () => {
    expect(around('He was sent to a Texas prison.', 'Texas', 'ADM1')).toBeNull();
  });
});

describe('facilities whose name holds no known place', () => {
  it('are reported unresolved, with their kind', () => {
    const text = 'Guzmán escaped from the Altiplano prison in 2015.';
    const [u, ...rest] = unplacedFacilities(text, [], defaultLexicon);
    expect(rest).toEqual([]);
    expect(u).toMatchObject({ text: 'Altiplano', start: text.indexOf('Altiplano') });
    expect(u!.reason).toMatch(/^prison /);
  });

  it('ordinary words before the head are not a name ("The prison", "Federal prison")', () => {
    expect(unplacedFacilities('The prison was closed. Federal prison guards struck.', [], defaultLexicon)).toEqual([]);
  });

  it('a facility over a placed name is not reported again', () => {
    const text = 'He escaped from Puente Grande prison.';
    const start = text.indexOf('Puente Grande');
    expect(unplacedFacilities(text, [{ start, end: start + 13 }], defaultLexicon)).toEqual([]);
  });
});

describe('geoparse marks facilities and keeps the town', () => {
  let gazetteer: GazetteerIndex;
  beforeAll(() => {
    gazetteer = loadGazetteer();
  });

  it('the mention is the town, its span the town name, with the facility beside it', () => {
    const text = 'Marines seized 20 tons of cocaine at the port of Manzanillo, Colima.';
    const m = geoparse(text, gazetteer).mentions.find((x) => x.text === 'Manzanillo')!;
    expect(gazetteer.get(m.placeId)).toMatchObject({ kind: 'city', country: 'MX' });
    expect(m.facility).toMatchObject({ kind: 'port', text: 'port of Manzanillo' });
  });
});
