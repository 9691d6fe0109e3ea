import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../src/lib/explore/filter.ts';
import { decodeHash, encodeHash, type ViewState } from '../../src/lib/permalink.ts';

const ALL = ['incident', 'jurisdiction', 'territory'] as const;
const view = (v: Partial<ViewState>): ViewState => ({ place: null, layers: [...ALL], q: '', filter: { ...NO_FILTER, q: v.q ?? '' }, camera: null, read: null, ...v });

describe('permalink hash', () => {
  it.each([
    ['default view', view({}), ''],
    [
      'selected airport, territory hidden, search words',
      view({ place: { layer: 'incident', id: 'airport:LAX' }, layers: ['incident', 'jurisdiction'], q: 'Mazatlán', filter: { ...NO_FILTER, q: 'Mazatlán' } }),
      '#place=incident%3Aairport%3ALAX&layers=incident%2Cjurisdiction&q=Mazatl%C3%A1n',
    ],
    [
      'every filter, the time range, the open article and the camera',
      view({
        filter: { actors: ['Sinaloa Cartel', 'DEA'], kinds: ['arrest'], articles: ['a-1'], publications: ['Reuters'], minConfidence: 0.6, checked: 'verified', from: '2019-01-01', to: '2019-12-31', q: '' },
        camera: { zoom: 6.5, lat: 24.8, lon: -107.39 },
        read: 'a-1',
      }),
      '#actor=Sinaloa+Cartel&actor=DEA&kind=arrest&article=a-1&pub=Reuters&conf=60&checked=verified&from=2019-01-01&to=2019-12-31&read=a-1&map=6.5%2F24.8%2F-107.39',
    ],
  ])('%s round-trips', (_name, v, hash) => {
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

  it('drops unknown layers, malformed dates, confidences and cameras', () => {
    const v = decodeHash('#layers=incident,bogus&from=2019-13&to=yesterday&conf=250&checked=maybe&map=99/0/0');
    expect(v.layers).toEqual(['incident']);
    expect(v.filter).toEqual(NO_FILTER);
    expect(v.camera).toBeNull();
  });
});
