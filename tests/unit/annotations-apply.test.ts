import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchor } from '../../geo/annotations/anchor.ts';
import { applyCorrections } from '../../geo/annotations/applyCorrections.ts';
import { correctionFor, parseCorrections, stringifyCorrections, type CorrectionAnnotation, type CorrectionChange } from '../../geo/annotations/model.ts';
import { areaGeometryIn } from '../../geo/gazetteer/areas.ts';
import { loadAreas, loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import { geoparse } from '../../geo/geoparse.ts';
import { parseArticleFile } from '../../geo/ingest/index.ts';
import { buildData } from '../../geo/layers/buildData.ts';
import { districtLocator } from '../../geo/layers/districtLocator.ts';
import type { Mention, Place } from '../../geo/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');

// ---- applyCorrections on a small article --------------------------------------------------
const PLACES: Place[] = [
  { id: 'gn:1', name: 'Culiacán', kind: 'city', featureType: 'PPLA', lat: 24.8, lon: -107.39, country: 'MX', admin1: '25', population: 800000 },
  { id: 'gn:2', name: 'Navolato', kind: 'city', featureType: 'PPL', lat: 24.76, lon: -107.7, country: 'MX', admin1: '25', population: 30000 },
  { id: 'gn:3', name: 'Jordan', kind: 'country', featureType: 'PCLI', lat: 31, lon: 36, country: 'JO', admin1: '', population: 0 },
];
const places = { get: (id: string) => PLACES.find((p) => p.id === id) };
const TEXT = 'Gunmen attacked a convoy near Culiacán on Tuesday, said Jordan Pérez, a police spokesman in Navolato.';
const ARTICLE = { id: 'a-1', text: TEXT };
function mention(surface: string, placeId: string, layer: Mention['layer']): Mention {
  const start = TEXT.indexOf(surface);
  const p = places.get(placeId)!;
  return { start, end: start + surface.length, text: surface, name: p.name, lat: p.lat, lon: p.lon, placeId, featureType: p.featureType, layer, confidence: 0.7 };
}
const MACHINE = [mention('Culiacán', 'gn:1', 'incident'), mention('Jordan', 'gn:3', 'other')];
const fix = (surface: string, body: CorrectionChange, created = '2026-12-04T04:00:00Z', creator = 'ana') => {
  const start = TEXT.indexOf(surface);
  return { at: 'c.jsonld:1:1', annotation: correctionFor(ARTICLE, { start, end: start + surface.length }, body, creator, created) };
};

describe('corrections applied to an article’s mentions', () => {
  const cases: Array<{ phenomenon: string; corrections: ReturnType<typeof fix>[]; want: Array<Partial<Record<string, unknown>>>; orphaned?: string[] }> = [
    { phenomenon: 'a person read as a place leaves (not-a-place)', corrections: [fix('Jordan', { change: 'not-a-place' })], want: [{ text: 'Culiacán' }] },
    {
      phenomenon: 'a layer change keeps the machine reading beside the person’s',
      corrections: [fix('Culiacán', { change: 'change-layer', layer: 'jurisdiction' })],
      want: [{ text: 'Culiacán', layer: 'jurisdiction', verified: { by: 'ana', at: '2026-12-04T04:00:00Z', change: 'change-layer' }, machine: { layer: 'incident', placeId: 'gn:1', confidence: 0.7 } }, { text: 'Jordan', layer: 'other' }],
    },
    { phenomenon: 'confirm marks the mention verified and changes nothing else', corrections: [fix('Culiacán', { change: 'confirm' })], want: [{ text: 'Culiacán', layer: 'incident', placeId: 'gn:1', verified: { change: 'confirm' } }, { text: 'Jordan' }] },
    { phenomenon: 'choose another place takes the gazetteer’s name and point', corrections: [fix('Culiacán', { change: 'choose-place', placeId: 'gn:2' })], want: [{ text: 'Culiacán', placeId: 'gn:2', name: 'Navolato', lat: 24.76, machine: { placeId: 'gn:1' } }, { text: 'Jordan' }] },
    { phenomenon: 'move sets the reader’s point', corrections: [fix('Culiacán', { change: 'move', lon: -107.4, lat: 24.81 })], want: [{ text: 'Culiacán', lon: -107.4, lat: 24.81, placeId: 'point:-107.4,24.81' }, { text: 'Jordan' }] },
    {
      phenomenon: 'a place the machine missed is added with no machine reading',
      corrections: [fix('Navolato', { change: 'add-place', placeId: 'gn:2', layer: 'jurisdiction' })],
      want: [{ text: 'Culiacán' }, { text: 'Jordan' }, { text: 'Navolato', placeId: 'gn:2', layer: 'jurisdiction', machine: null }],
    },
    {
      phenomenon: 'two decisions on the same words: the later one wins whatever the file order',
      corrections: [fix('Culiacán', { change: 'change-layer', layer: 'territory' }, '2026-12-04T05:00:00Z', 'bo'), fix('Culiacán', { change: 'change-layer', layer: 'jurisdiction' })],
      want: [{ text: 'Culiacán', layer: 'territory', verified: { by: 'bo' }, machine: { layer: 'incident' } }, { text: 'Jordan' }],
    },
    { phenomenon: 'a change on words with no mention is orphaned with its quote', corrections: [fix('convoy', { change: 'change-layer', layer: 'incident' })], want: [{ text: 'Culiacán' }, { text: 'Jordan' }], orphaned: ['convoy'] },
    { phenomenon: 'choose-place with an id no gazetteer has is orphaned', corrections: [fix('Culiacán', { change: 'choose-place', placeId: 'gn:999' })], want: [{ text: 'Culiacán', placeId: 'gn:1' }, { text: 'Jordan' }], orphaned: ['Culiacán'] },
  ];
  it.each(cases)('$phenomenon', ({ corrections, want, orphaned = [] }) => {
    const got = applyCorrections(ARTICLE, MACHINE, corrections, places);
    expect(got.mentions).toHaveLength(want.length);
    want.forEach((w, i) => expect(got.mentions[i]).toMatchObject(w));
    expect(got.orphaned.map((o) => o.quote)).toEqual(orphaned);
  });

  it('a changed pipeline (new roles rule, rebuilt gazetteer with a longer name) keeps every correction in place', () => {
    // Corrections act on the article's words, not on the machine's output: when the machine's
    // reading of the same text changes, each still finds the mention its words overlap most.
    const corrections = [
      fix('Jordan', { change: 'not-a-place' }),
      fix('Culiacán', { change: 'change-layer', layer: 'territory' }),
      fix('Navolato', { change: 'confirm' }),
    ];
    const jordanPerez = { ...mention('Jordan', 'gn:3', 'incident'), end: TEXT.indexOf('Jordan') + 'Jordan Pérez'.length, text: 'Jordan Pérez' };
    const newMachine: Mention[] = [
      { ...mention('Culiacán', 'gn:2', 'jurisdiction'), confidence: 0.4 }, // another place and another role
      jordanPerez, // a longer span
      mention('Navolato', 'gn:2', 'incident'), // newly found
    ];
    const got = applyCorrections(ARTICLE, newMachine, corrections, places);
    expect(got.orphaned).toEqual([]);
    expect(got.applied).toBe(3);
    expect(got.mentions.map((m) => [m.text, m.layer, m.verified?.change])).toEqual([
      ['Culiacán', 'territory', 'change-layer'],
      ['Navolato', 'incident', 'confirm'],
    ]);
    expect(got.mentions[0].machine).toMatchObject({ layer: 'jurisdiction', placeId: 'gn:2', confidence: 0.4 });
  });

  it('a correction whose quote was deleted from the article is orphaned, not dropped', () => {
    const c = fix('Culiacán', { change: 'not-a-place' });
    const edited = { id: 'a-1', text: TEXT.replace('Culiacán', 'the city') };
    const got = applyCorrections(edited, [], [c], places);
    expect(got.orphaned).toEqual([{ at: 'c.jsonld:1:1', id: c.annotation.id, article: 'a-1', quote: 'Culiacán', reason: 'quote not found' }]);
  });
});

// ---- the seed corpus, through buildData and build:data ----------------------------------
const gazetteer = loadGazetteer(join(ROOT, 'data/gazetteer'));
const topologies = loadAreas(join(ROOT, 'data/gazetteer'));
const NAMES = readdirSync(join(ROOT, 'data/corpus')).filter((n) => /\.(?:txt|md)$/.test(n)).sort();
const FILES = NAMES.map((name) => ({ path: `data/corpus/${name}`, name, bytes: readFileSync(join(ROOT, 'data/corpus', name)) }));
const articleOf = (f: (typeof FILES)[number]) => ({ ...parseArticleFile(f.path, f.bytes), source: f.name });

describe('CRLF re-save of an article', () => {
  it.each(NAMES)('keeps every anchor of %s at its recorded position', (name) => {
    const file = FILES.find((f) => f.name === name)!;
    const article = articleOf(file);
    const mentions = geoparse(article.text, gazetteer).mentions;
    expect(mentions.length).toBeGreaterThan(0);
    const crlf = Buffer.from(file.bytes.toString('utf8').replace(/\r?\n/g, '\r\n'));
    const resaved = parseArticleFile(file.path, crlf);
    for (const m of mentions) {
      const a = correctionFor(article, m, { change: 'confirm' }, 'ana', '2026-12-04T04:00:00Z');
      expect(anchor(resaved.text, a.target.selector[0], a.target.selector[1])).toEqual({ start: m.start, end: m.end, how: 'position' });
    }
  });
});

describe('an exported corrections file applied through buildData', () => {
  const build = (corrections: ReturnType<typeof parseCorrections>['corrections'] = []) =>
    buildData(FILES, gazetteer, (id) => areaGeometryIn(topologies, id), { districtAt: districtLocator(topologies) }, () => {}, corrections);
  let before: ReturnType<typeof build>;
  let exported: string;
  let incident: { article: string; m: Mention };
  let moved: { article: string; m: Mention };
  beforeAll(() => {
    before = build();
    const items: CorrectionAnnotation[] = [];
    for (const f of FILES) {
      const article = articleOf(f);
      // Mentions in the article's body (the layers leave out comments and other furniture).
      const mentions = geoparse(article.text, gazetteer, { date: article.date }).mentions.filter((m) => !article.furniture.some((f) => m.start < f.end && f.start < m.end));
      const inc = mentions.find((m) => m.layer === 'incident' && !m.also?.length && !incident);
      if (inc && !incident) {
        incident = { article: article.id, m: inc };
        items.push(correctionFor(article, inc, { change: 'not-a-place' }, 'ana', '2026-12-04T04:00:00Z'));
      }
      const jur = mentions.find((m) => m.layer === 'jurisdiction' && !m.also?.length);
      if (jur && !moved && article.id !== incident?.article) {
        moved = { article: article.id, m: jur };
        items.push(correctionFor(article, jur, { change: 'change-layer', layer: 'territory' }, 'bo', '2026-12-04T04:01:00Z'));
      }
    }
    exported = stringifyCorrections(items);
  }, 240_000);

  const featuresFor = (layer: 'incidents' | 'jurisdictions' | 'territories', built: typeof before, article: string, m: Mention) =>
    built.layers[layer].features.filter((f) => f.properties.excerpts.some((e) => e.articleId === article && e.mentionStart === m.start));

  it('not-a-place takes the mention off the incident layer; change-layer moves it from jurisdictions to territories', () => {
    expect(incident && moved).toBeTruthy();
    const parsed = parseCorrections('corrections.jsonld', exported);
    expect(parsed.errors).toEqual([]);
    const after = build(parsed.corrections);
    expect(after.corrections).toEqual({ applied: 2, errors: [], orphaned: [] });
    expect(featuresFor('incidents', before, incident.article, incident.m)).not.toEqual([]);
    expect(featuresFor('incidents', after, incident.article, incident.m)).toEqual([]);
    expect(featuresFor('jurisdictions', before, moved.article, moved.m)).not.toEqual([]);
    expect(featuresFor('jurisdictions', after, moved.article, moved.m)).toEqual([]);
    expect(featuresFor('territories', after, moved.article, moved.m)).not.toEqual([]);
    expect(build(parsed.corrections).outputs).toEqual(after.outputs); // deterministic
  });

  it('an unknown article is reported at its line and column, and the other corrections still apply', () => {
    const items = JSON.parse(exported).items;
    items.push({ ...items[0], id: 'urn:x', target: { ...items[0].target, source: 'no-such-article' } });
    const text = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', items }, null, 2);
    const parsed = parseCorrections('c.jsonld', text);
    const after = build(parsed.corrections);
    expect(after.corrections.applied).toBe(2);
    expect(after.corrections.errors).toEqual([expect.stringMatching(/^c\.jsonld:\d+:5: unknown article "no-such-article"$/)]);
  });

  describe('the build:data command', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'plaza-corrections-'));
      cpSync(join(ROOT, 'data/corpus'), join(dir, 'corpus'), { recursive: true });
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const run = (...extra: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'geo/cli/build-data.ts'), '--corpus', 'corpus', '--out', 'layers', '--gazetteer', join(ROOT, 'data/gazetteer'), ...extra], { cwd: dir, encoding: 'utf8', timeout: 200_000 });

    it('--corrections FILE writes the corrected layers; a bad entry is named by file:line:col and the rest apply', { timeout: 240_000 }, () => {
      const items = JSON.parse(exported).items;
      items.push({ ...items[0], id: 'urn:bad', body: { change: 'teleport' } });
      writeFileSync(join(dir, 'fixes.jsonld'), JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', items }, null, 2));
      const r = run('--corrections', 'fixes.jsonld');
      expect(r.stderr).toMatch(/error: fixes\.jsonld:\d+:5: annotation 3: "body.change"/);
      expect(r.stderr).toContain('2 correction(s) applied from fixes.jsonld, 0 orphaned');
      expect(r.status).toBe(0);
      const parsed = parseCorrections('fixes.jsonld', readFileSync(join(dir, 'fixes.jsonld'), 'utf8'));
      for (const [file, text] of build(parsed.corrections).outputs) expect(readFileSync(join(dir, 'layers', file), 'utf8')).toBe(text);
    });

    it('a corrections file with bad JSON is named by file:line:col and the build goes on without it', { timeout: 240_000 }, () => {
      cpSync(join(ROOT, 'tests/fixtures/annotations/missing-comma.jsonld'), join(dir, 'bad.jsonld'));
      const r = run('--corrections', 'bad.jsonld');
      expect(r.stderr).toMatch(/error: bad\.jsonld:6:5: bad JSON/);
      expect(r.stderr).toContain('0 correction(s) applied from bad.jsonld');
      expect(r.status).toBe(0);
      for (const [file, text] of before.outputs) expect(readFileSync(join(dir, 'layers', file), 'utf8')).toBe(text);
    });
  });
});
