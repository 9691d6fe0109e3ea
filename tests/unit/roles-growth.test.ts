/**
 * The roles stage costs in proportion to the article (issue 9, point 7): an article four times
 * as long, with four times the mentions and groups, takes about four times the work, not
 * sixteen. Work is counted, not timed: every read of a mention's fields (proxies) and every
 * callback of the array scans (`find`, `filter`, `some`, `every`, `findIndex`) that rules could
 * run over all mentions or groups for each mention.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { assignRoles } from '../../geo/roles.ts';
import type { Mention } from '../../geo/types.ts';

/** A paragraph of invented crime news with places, a named group, anaphors and an agency. */
const PARAGRAPH =
  'Soldiers arrested two men in Puerto Lindo on Monday. The Varossa cartel, based in Lomaria, moved cocaine through Westbury and Puerto Lindo to Ruritania. ' +
  'Prosecutors in Westbury charged the cartel with trafficking. DEA agents said the cartel controls Lomaria. Ruritania extradited a boss to Westbury.\n\n';
const PLACES: Array<[string, string]> = [
  ['Puerto Lindo', 'PPL'],
  ['Varossa', 'ADM1'],
  ['Lomaria', 'ADM1'],
  ['Westbury', 'PPLA2'],
  ['Ruritania', 'PCLI'],
];

let reads = 0;
let scans = 0;

/** An article of `n` paragraphs and its mentions, each mention a proxy that counts field reads. */
function article(n: number): { text: string; mentions: Mention[] } {
  const text = PARAGRAPH.repeat(n);
  const mentions: Mention[] = [];
  for (const [name, featureType] of PLACES) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      const m: Mention = { start: at, end: at + name.length, text: name, name, lat: 0, lon: 0, placeId: `test:${name}`, featureType, layer: 'other', confidence: 1 };
      mentions.push(new Proxy(m, { get: (t, k) => (reads++, Reflect.get(t, k)) }));
    }
  }
  return { text, mentions };
}

const SCANS = ['find', 'filter', 'some', 'every', 'findIndex'] as const;
const originals = SCANS.map((k) => Array.prototype[k]);
afterEach(() => SCANS.forEach((k, i) => ((Array.prototype as unknown as Record<string, unknown>)[k] = originals[i])));

/** The work of assigning roles to an article of `n` paragraphs. */
function work(n: number): number {
  const { text, mentions } = article(n);
  reads = 0;
  scans = 0;
  SCANS.forEach((k, i) => {
    const original = originals[i] as (this: unknown[], f: (...a: unknown[]) => unknown, t?: unknown) => unknown;
    (Array.prototype as unknown as Record<string, unknown>)[k] = function (this: unknown[], f: (...a: unknown[]) => unknown, t?: unknown) {
      return original.call(this, (...a: unknown[]) => (scans++, f.apply(t, a)));
    };
  });
  const out = assignRoles(text, mentions, undefined, '2024-03-08');
  SCANS.forEach((k, i) => ((Array.prototype as unknown as Record<string, unknown>)[k] = originals[i]));
  expect(out).toHaveLength(mentions.length);
  return reads + scans;
}

describe('roles: cost linear in one article', () => {
  it.each([[20], [60]])('four times the article (%i → 4× paragraphs) is about four times the work, not sixteen', (n) => {
    const small = work(n);
    const large = work(4 * n);
    // Linear gives 4; one scan over all mentions or groups per mention gives about 16.
    expect(large / small, `work ${small} → ${large}`).toBeLessThan(6);
    expect(large / small).toBeGreaterThan(2); // the probe counts something that grows
  });

  it('the roles are the same for each copy of the paragraph, however long the article', () => {
    const one = article(1);
    const many = article(30);
    const layers = (text: string, ms: Mention[]) => assignRoles(text, ms).map((m) => `${m.text}:${m.layer}`);
    const first = layers(one.text, one.mentions).sort();
    const all = layers(many.text, many.mentions);
    // Each paragraph gets the roles the paragraph alone gets (mentions are listed by place, then by position).
    expect([...new Set(all)].sort()).toEqual([...new Set(first)].sort());
  });
});
