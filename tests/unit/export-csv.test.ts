import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../src/lib/explore/toCsv.ts';
import { csvField } from '../../src/lib/explore/csvField.ts';
import type { LayerFeature } from '../../geo/types.ts';
import { article, excerpt, pointFeature, shippedLayers } from './support/exportFixtures.ts';
import { parseCsv } from './support/parseCsv.ts';

const articles = new Map([['a1', article()]]);
/** The CSV as records of column → cell (BOM and header checked separately). */
function records(features: LayerFeature[], arts = articles): Array<Record<string, string>> {
  const text = toCsv(features, arts);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual([...CSV_COLUMNS]);
  return rows.map((r) => {
    expect(r).toHaveLength(CSV_COLUMNS.length);
    return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]));
  });
}

describe('toCsv: RFC 4180 text a spreadsheet reads back exactly', () => {
  it('starts with a UTF-8 BOM, ends every record with CRLF', () => {
    const text = toCsv([pointFeature()], articles);
    expect(text.startsWith('\uFEFFlayer,feature_id,name,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/); // no bare line ends outside quotes here
  });

  it.each([
    ['a comma', 'Culiacán, Sinaloa'],
    ['double quotes', 'the so-called "Triangle"'],
    ['a line break inside the excerpt', 'Gunmen attacked.\nTwo died.'],
    ['a CRLF inside the excerpt', 'Gunmen attacked.\r\nTwo died.'],
    ['accents and ñ', 'Peñasco, Nuevo León'],
    ['a quote next to a comma', '"Sinaloa", he said'],
  ])('%s survives the round trip', (_name, text) => {
    const [row] = records([pointFeature({ name: text, excerpts: [excerpt({ text })] })]);
    expect(row.name).toBe(text);
    expect(row.excerpt).toBe(text);
  });
});

describe('toCsv: a cell that could run as a formula is defused (OWASP CSV injection)', () => {
  it.each([
    ['equals', '=1+1'],
    ['plus', '+52 667 123'],
    ['minus', '-2+3+cmd|/C calc'],
    ['at', '@SUM(A1:A9)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
    ['a hyperlink formula with quotes', '=HYPERLINK("http://evil.example","click")'],
  ])('%s at the start gets a leading apostrophe', (_name, text) => {
    const [row] = records([
      pointFeature({ name: text, group: text, actors: [text], excerpts: [excerpt({ text, title: text, actors: [text, 'DEA'] })] }),
    ], new Map([['a1', article({ publication: text, url: text })]]));
    for (const column of ['name', 'group', 'excerpt', 'title', 'publication', 'url'] as const) expect(row[column], column).toBe(`'${text}`);
    expect(row.actors).toBe(`'${text}; DEA`);
  });

  it.each([
    ['a place name', 'Culiacán'],
    ['a date', '2019-10-18'],
    ['a formula sign later in the text', 'Sinaloa = cartel'],
  ])('%s is left as it is', (_name, text) => {
    expect(csvField(text)).toBe(text);
  });

  it('numbers we write (a negative longitude) stay numbers', () => {
    const [row] = records([pointFeature({}, [-107.3940117, -24.5])]);
    expect(row.lon).toBe('-107.394012');
    expect(row.lat).toBe('-24.5');
  });
});

describe('toCsv: one row per excerpt, with its own reading and its article', () => {
  it('each excerpt is a row; the row says what that sentence said', () => {
    const f = pointFeature({
      kind: 'killing',
      date: '2019',
      dateApprox: true,
      actors: ['CJNG', 'Sinaloa Cartel'],
      excerpts: [
        excerpt({ kind: 'killing', date: '2019-10-17', dateApprox: false, actors: ['Sinaloa Cartel'], confidence: 0.8, mentionStart: 10, mentionEnd: 18 }),
        excerpt({ kind: 'arrest', date: '2019', dateApprox: true, actors: ['CJNG'], confidence: 0.5, verified: { by: 'ana', at: '2026-11-01T00:00:00Z', change: 'confirmed' } }),
        excerpt({ articleId: 'gone', title: 'An article not loaded' }),
      ],
    });
    const rows = records([f]);
    expect(rows.map((r) => [r.kind, r.date, r.date_approx, r.actors, r.confidence, r.verified, r.verified_by])).toEqual([
      ['killing', '2019-10-17', 'no', 'Sinaloa Cartel', '0.8', 'no', ''],
      ['arrest', '2019', 'yes', 'CJNG', '0.5', 'yes', 'ana'],
      ['', '', '', '', '', 'no', ''],
    ]);
    expect(rows[0]).toMatchObject({ article_id: 'a1', title: 'Gunmen attack bar in Culiacán', publication: 'Ríodoce', article_date: '2019-10-18', url: 'https://example.org/culiacan', mention_start: '10', mention_end: '18' });
    expect(rows[2]).toMatchObject({ article_id: 'gone', title: 'An article not loaded', publication: '', article_date: '', url: '' });
  });

  it('a feature without excerpts still has its row, with the feature reading', () => {
    const [row] = records([pointFeature({ kind: 'seizure', date: '2020-01', dateApprox: true, excerpts: [] })]);
    expect(row).toMatchObject({ feature_id: 'incident:city:Culiacan', kind: 'seizure', date: '2020-01', date_approx: 'yes', article_id: '', excerpt: '' });
  });

  it('where and ACLED-style geo precision are filled when the features carry them', () => {
    const f = pointFeature({ where: 'Sonora, Mexico', precision: 1 } as Partial<LayerFeature['properties']>);
    const [row] = records([f]);
    expect(row).toMatchObject({ where: 'Sonora, Mexico', geo_precision: '1', precision: 'point' });
  });
});

describe('toCsv: the shipped layers', () => {
  const { features, articles: shipped } = shippedLayers();
  const rows = records(features, shipped);

  it('one row per excerpt, every row with its article', () => {
    expect(rows).toHaveLength(features.reduce((n, f) => n + Math.max(1, f.properties.excerpts.length), 0));
    for (const r of rows) expect(shipped.get(r.article_id)?.title, r.feature_id).toBe(r.title);
  });

  it('areas are rows at their main body, points at their point', () => {
    const us = rows.find((r) => r.feature_id === 'jurisdiction:country:US')!;
    expect(us.precision).toBe('area');
    expect(Number(us.lon)).toBeGreaterThan(-130); // the Aleutians across 180° would put a bbox centre near 0°
    expect(Number(us.lon)).toBeLessThan(-65);
    const drawnAs = new Map(features.map((f) => [f.properties.id, f.geometry.type === 'Point' ? 'point' : 'area']));
    for (const r of rows.filter((x) => x.layer === 'incident')) expect(r.precision, r.feature_id).toBe(drawnAs.get(r.feature_id));
    expect(rows.some((r) => r.layer === 'incident' && r.precision === 'point')).toBe(true);
  });

  it('the same features in another order give the same bytes', () => {
    expect(toCsv([...features].reverse(), shipped)).toBe(toCsv(features, shipped));
  });
});
