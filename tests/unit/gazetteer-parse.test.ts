import { describe, expect, it } from 'vitest';
import { parseGazetteerTsv } from '../../geo/gazetteer/parseGazetteerTsv.ts';
import { foldKey } from '../../geo/gazetteer/foldKey.ts';
import { foldName } from '../../geo/fold.ts';

const row = (lat: string, lon: string, population: string, lists = ['', '', '']) =>
  ['x:1', 'Somewhere', 'city', 'PPL', lat, lon, 'MX', '25', population, ...lists].join('\t');

describe('the fast TSV scanner reads cells exactly as Number and split did', () => {
  it.each([['25.6'], ['0'], ['-0'], ['.5'], ['5.'], ['+5'], ['1e1'], ['0x10'], [' 7'], ['89.99999'], ['-0.00001'], ['12.345678901234567'], ['-89.125']])(
    'latitude cell "%s"',
    (cell) => {
      const [p] = parseGazetteerTsv({ name: 't.tsv', text: row(cell, cell, '0') }).places;
      expect(Object.is(p!.lat, Number(cell))).toBe(true);
      expect(Object.is(p!.lon, Number(cell))).toBe(true);
    },
  );

  it('longitude cell "-179.99999"', () => {
    expect(parseGazetteerTsv({ name: 't.tsv', text: row('0', '-179.99999', '0') }).places[0]!.lon).toBe(-179.99999);
  });

  it.each([['0', 0], ['3026943', 3026943], ['007', 7], ['123456789012345', 123456789012345]])('population "%s"', (cell, value) => {
    expect(parseGazetteerTsv({ name: 't.tsv', text: row('1', '2', cell) }).places[0]!.population).toBe(value);
  });

  it.each([['-1'], ['1.0'], ['1e3'], [' 1'], ['12345678901234567890']])('population "%s" is refused as before', (cell) => {
    expect(() => parseGazetteerTsv({ name: 't.tsv', text: row('1', '2', cell) })).toThrow(`t.tsv:1: population "${cell}" is not a whole number`);
  });

  it('lists, CRLF lines, a BOM, comments and a header', () => {
    const text = '\ufeff# c\r\nid\tname\tkind\tfeatureType\tlat\tlon\tcountry\tadmin1\tpopulation\tnames\tdemonyms\tcodes\r\n' + row('1', '2', '3', ['A|B|', 'Mexican', 'SIN']) + '\r\n';
    const [p] = parseGazetteerTsv({ name: 't.tsv', text }).places;
    expect(p).toEqual({ id: 'x:1', name: 'Somewhere', kind: 'city', featureType: 'PPL', lat: 1, lon: 2, country: 'MX', admin1: '25', population: 3, names: ['A', 'B', ''], demonyms: ['Mexican'], codes: ['SIN'] });
  });

  it.each([['x:1\tSomewhere'], [row('1', '2', '3') + '\textra']])('wrong column count in "%s"', (line) => {
    expect(() => parseGazetteerTsv({ name: 't.tsv', text: line })).toThrow(/^t\.tsv:1: expected 12 columns, got \d+$/);
  });
});

describe('foldKey is foldName', () => {
  it.each([[''], ['Sinaloa'], ['st louis'], ['St. Louis'], [' Lead'], ['Trail '], ['Two  Spaces'], ['Ciudad Juárez'], ['Rock`s'], ['A-B'], ['Tab\tName'], ['NEW YORK']])('"%s"', (name) => {
    expect(foldKey(name)).toBe(foldName(name));
  });
});
