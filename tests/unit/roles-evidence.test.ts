/**
 * What a role says beyond its layer: the cue and where it is, how sure the rule is, the incident
 * kind, date and actors, the jurisdiction kind, the claim kind and period, and a second role.
 * Invented names (Varossa, Lomaria, Puerto Lindo, Westbury, Ruritania) test the rules apart
 * from any word list of places.
 */
import { describe, expect, it } from 'vitest';
import { assignRoles } from '../../geo/roles.ts';
import type { Mention } from '../../geo/types.ts';

function at(text: string, surface: string, featureType = 'PPL', placeId = `test:${surface}`): Mention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`no ${surface} in ${text}`);
  return { start, end: start + surface.length, text: surface, name: surface, lat: 0, lon: 0, placeId, featureType, layer: 'other', confidence: 1 };
}
const roleOf = (text: string, surface: string, featureType = 'PPL', date: string | null = '2020-11-17', placeId?: string) =>
  assignRoles(text, [at(text, surface, featureType, placeId)], undefined, date)[0];

describe('incident kind from the event word', () => {
  it.each([
    ['Police arrested the accountant in Westbury.', 'arrest'],
    ['He was taken into custody in Westbury.', 'arrest'],
    ['Two officers were shot dead in Westbury.', 'killing'],
    ['Agents raided a warehouse in Westbury.', 'raid'],
    ['Marines seized 300 kilos of cocaine in Westbury.', 'seizure'],
    ['He was extradited to Westbury.', 'extradition'],
    ['The gang smuggled rifles into Westbury.', 'smuggling'],
    ['The bosses met in Westbury to divide the routes.', 'meeting'],
    ['Gunmen kidnapped a mayor in Westbury.', 'other'],
  ])('%s → %s', (text, kind) => {
    const m = roleOf(text, 'Westbury');
    expect(m.layer).toBe('incident');
    expect(m.kind).toBe(kind);
  });
});

describe('incident date, resolved against the article date', () => {
  it.each([
    ['Last year soldiers killed four men in Westbury.', '2012-05-31', '2011', true],
    ['Police arrested him in Westbury in October.', '2020-11-17', '2020-10', true],
    ['Earlier Tuesday agents arrested him in Westbury.', '2020-11-17', '2020-11-17', false],
    ['Police arrested him in Westbury on March 3, 2019.', null, '2019-03-03', false],
  ])('%s (article %s) → %s', (text, articleDate, date, approx) => {
    expect(roleOf(text, 'Westbury', 'PPL', articleDate)).toMatchObject({ layer: 'incident', date, dateApprox: approx });
  });
  it('no article date: relative dates stay unresolved', () => {
    expect(roleOf('Last year soldiers killed four men in Westbury.', 'Westbury', 'PPL', null).date).toBeUndefined();
  });
});

describe('actors named in the sentence', () => {
  it('an incident lists the groups and agencies of its sentence', () => {
    expect(roleOf('DEA agents arrested a Varossa cartel accountant in Westbury.', 'Westbury').actors).toEqual(['DEA', 'Varossa Cartel']);
  });
  it('a territory claim names its group', () => {
    expect(roleOf('The Q-7 cartel, based in Lomaria, grew.', 'Lomaria', 'ADM1').actors).toEqual(['Q-7 Cartel']);
  });
});

describe('jurisdiction kind', () => {
  it.each([
    ['Federal prosecutors in Westbury charged him.', 'Westbury', 'PPL', 'prosecutor'],
    ['A federal court in Westbury sentenced him.', 'Westbury', 'PPL', 'court'],
    ['Officials in Lomaria said so.', 'Lomaria', 'ADM1', 'state'],
    ['He may be charged under Ruritanian law.', 'Ruritanian', 'PCLI', 'country'],
  ])('%s → %s', (text, surface, featureType, kind) => {
    const m = assignRoles(text, [{ ...at(text, surface, featureType), name: surface === 'Ruritanian' ? 'Ruritania' : surface }], undefined, null)[0];
    expect(m.layer).toBe('jurisdiction');
    expect(m.kind).toBe(kind);
  });
});

describe('claim kind and period', () => {
  it.each([
    ['The Q-7 cartel, based in Lomaria, grew.', 'based in', undefined],
    ['The Q-7 cartel has controlled Lomaria since 2010.', 'controls', 'since 2010'],
    ['The Q-7 cartel and its rivals fought over Lomaria between 2015 and 2017.', 'contests', '2015–2017'],
    ['The Q-7 cartel expanded into Lomaria.', 'expands into', undefined],
    ['A Lomaria cartel boss was killed.', 'named after', undefined],
  ])('%s → %s', (text, claim, period) => {
    const m = roleOf(text, 'Lomaria', 'ADM1');
    expect(m.layer).toBe('territory');
    expect(m.claim).toBe(claim);
    expect(m.period).toBe(period);
  });
});

describe('the cue and its place in the text', () => {
  it('cueStart/cueEnd mark the deciding words', () => {
    const text = 'Federal prosecutors in Westbury had charged him.';
    const m = roleOf(text, 'Westbury');
    expect(text.slice(m.cueStart!, m.cueEnd!)).toBe('prosecutors in');
    expect(m.roleConfidence).toBeGreaterThan(0);
    expect(m.roleConfidence).toBeLessThanOrEqual(1);
  });
});

describe('a mention in two layers', () => {
  it("a killing in a group's claimed town is an incident too", () => {
    const m = roleOf('The Q-7 cartel, based in Puerto Lindo, killed two police officers there.', 'Puerto Lindo');
    expect(m.layer).toBe('territory');
    expect(m.also?.map((r) => [r.layer, r.kind])).toEqual([['incident', 'killing']]);
  });
  it('re-running on its own output gives the same roles', () => {
    const text = 'The Q-7 cartel, based in Puerto Lindo, killed two officers there.';
    const once = assignRoles(text, [at(text, 'Puerto Lindo')], undefined, '2020-01-01');
    expect(assignRoles(text, once, undefined, '2020-01-01')).toEqual(once);
  });
});
