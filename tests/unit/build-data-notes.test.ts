import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import { buildData } from '../../geo/layers/buildData.ts';
import type { GazetteerIndex } from '../../geo/types.ts';

let gazetteer: GazetteerIndex;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

const noAreas = () => null;

describe('build:data says what decoding fixed in a file it still reads', () => {
  it.each([
    ['a byte-order mark', '\uFEFFSoldiers arrested him in Culiacán, Sinaloa.\n', /x\.txt:1:1: .*byte-order mark/i],
    ['CRLF line endings', 'Headline\r\n\r\nSoldiers arrested him in Culiacán, Sinaloa.\r\n', /x\.txt:1:9: .*CR/],
    ['a zero-width space', 'Soldiers arrested him in Culi\u200Bacán, Sinaloa.\n', /x\.txt:1:30: .*(zero-width|invisible)/i],
  ])('%s', (_what, text, note) => {
    const { reports } = buildData([{ path: 'corpus/x.txt', name: 'x.txt', bytes: new TextEncoder().encode(text) }], gazetteer, noAreas);
    const report = reports[0]!;
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.notes.some((n) => note.test(n))).toBe(true);
    expect(report.places).toBeGreaterThan(0);
  });

  it('a clean file has no notes', () => {
    const { reports } = buildData([{ path: 'corpus/x.txt', name: 'x.txt', bytes: 'Soldiers arrested him in Culiacán, Sinaloa.\n' }], gazetteer, noAreas);
    expect(reports[0]).toMatchObject({ ok: true, notes: [] });
  });
});
