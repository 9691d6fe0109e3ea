import { describe, expect, it } from 'vitest';
import { excerptFacts, featureFacts, formatDate } from '../../src/lib/describe.ts';
import type { LayerProperties } from '../../geo/types.ts';

describe('formatDate', () => {
  it.each([
    ['2020-11-17', false, '17 Nov 2020'],
    ['2020-10', true, 'c. Oct 2020'],
    ['2011', true, 'c. 2011'],
  ] as const)('%s (approximate %s) → %s', (d, a, text) => expect(formatDate(d, a)).toBe(text));
});

describe('facts shown in the panel', () => {
  const base: LayerProperties = { id: 'x', name: 'X', layer: 'incident', placeId: 'p', featureType: 'PPL', count: 0, excerpts: [] };
  it.each([
    ['an incident: kind and date', { ...base, kind: 'arrest', date: '2020-10', dateApprox: true }, ['arrest', 'c. Oct 2020']],
    ['a claim: its kinds and period', { ...base, layer: 'territory', claims: ['controls', 'named after'], period: '2015–2017' }, ['controls, bears its name', '2015–2017']],
    ['a jurisdiction: what it is', { ...base, layer: 'jurisdiction', kind: 'district' }, ['district']],
  ] as const)('%s', (_n, p, facts) => expect(featureFacts(p as LayerProperties)).toEqual(facts));

  it('an excerpt: claim, kind, date, period', () => {
    expect(excerptFacts({ articleId: 'a', title: 't', text: 'x', start: 0, end: 1, kind: 'killing', date: '2011', dateApprox: true })).toEqual(['killing', 'c. 2011']);
  });

  it('an excerpt at a facility says which', () => {
    const e = { articleId: 'a', title: 't', text: 'x', start: 0, end: 1, kind: 'arrest', facility: { kind: 'border crossing', text: 'San Ysidro port of entry' } } as const;
    expect(excerptFacts(e)).toEqual(['arrest', 'at the border crossing: San Ysidro port of entry']);
  });
});
