/**
 * The hand-kept table of oceans, seas, rivers and regions (data/sources/physical-features.tsv):
 * it parses into gazetteer rows, and a bad line is named by file, line and column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePhysicalFeatures } from '../../geo/gazetteer/build/physicalFeatures.ts';

const HEADER = 'slug\tname\tfeatureType\tlat\tlon\tcountry\tnames';

describe('parsePhysicalFeatures', () => {
  it('reads the shipped table: sorted ids, points in range, every row a region', () => {
    const rows = parsePhysicalFeatures(readFileSync('data/sources/physical-features.tsv', 'utf8'), 'physical-features.tsv');
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort());
    for (const r of rows) {
      expect(r.kind).toBe('region');
      expect(Math.abs(r.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(r.lon)).toBeLessThanOrEqual(180);
    }
    expect(rows.find((r) => r.id === 'feature:atlantic-ocean')).toMatchObject({ featureType: 'OCN', names: ['Atlantic'] });
  });

  it('leaves out trailing empty columns', () => {
    expect(parsePhysicalFeatures(`${HEADER}\nred-sea\tRed Sea\tSEA\t20\t38.5`, 'x.tsv')[0]).toMatchObject({ id: 'feature:red-sea', country: '', names: [] });
  });

  it.each([
    ['an unknown feature type', `${HEADER}\nred-sea\tRed Sea\tPOND\t20\t38.5`, 'x.tsv:2:17: feature type "POND"'],
    ['a latitude out of range', `${HEADER}\nred-sea\tRed Sea\tSEA\t200\t38.5`, 'x.tsv:2:21: latitude "200"'],
    ['an unsorted slug', `${HEADER}\nred-sea\tRed Sea\tSEA\t20\t38.5\nbaltic-sea\tBaltic Sea\tSEA\t57\t19`, 'x.tsv:3:1: slug "baltic-sea" is not after "red-sea"'],
    ['a bad country code', `${HEADER}\nred-sea\tRed Sea\tSEA\t20\t38.5\tegypt`, 'x.tsv:2:29: country "egypt"'],
    ['a missing header', 'red-sea\tRed Sea\tSEA\t20\t38.5', 'x.tsv:1:1: expected the header'],
  ])('names the file, line and column of %s', (_label, text, message) => {
    expect(() => parsePhysicalFeatures(text, 'x.tsv')).toThrow(message);
  });
});
