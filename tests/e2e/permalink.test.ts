import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash } from '../../src/lib/permalink.ts';

describe('permalink hash', () => {
  it.each([
    ['default view', { place: null, layers: ['incident', 'jurisdiction', 'territory'] as const, q: '' }, ''],
    [
      'selected airport, territory hidden, filter',
      { place: { layer: 'incident' as const, id: 'airport:LAX' }, layers: ['incident', 'jurisdiction'] as const, q: 'Mazatlán' },
      '#place=incident%3Aairport%3ALAX&layers=incident%2Cjurisdiction&q=Mazatl%C3%A1n',
    ],
  ])('%s round-trips', (_name, view, hash) => {
    const v = { ...view, layers: [...view.layers] };
    expect(encodeHash(v)).toBe(hash);
    expect(decodeHash(hash)).toEqual(v);
  });

  it.each([
    ['#place=nonsense', null],
    ['#place=incident:', null],
    ['#place=other:x', null],
  ])('ignores a malformed place: %s', (hash, place) => {
    expect(decodeHash(hash).place).toBe(place);
  });

  it('drops unknown layers', () => {
    expect(decodeHash('#layers=incident,bogus').layers).toEqual(['incident']);
  });
});
