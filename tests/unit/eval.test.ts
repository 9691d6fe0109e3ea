import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { haversineKm, MAX_ERROR_KM } from '../../geo/eval/haversine.ts';
import { accuracyAt, logErrorAuc, mean, median } from '../../geo/eval/errorStats.ts';
import { matchSpans, type MatchRule, type TextSpan } from '../../geo/eval/matchSpans.ts';
import { parseGoldLine, type GoldDoc } from '../../geo/eval/gold.ts';
import { scoreDoc, scoreResolverDoc, sumDocScores, sumResolverScores, type PredictedMention } from '../../geo/eval/score.ts';
import { parseEvalArgs } from '../../geo/eval/parseEvalArgs.ts';

/** Spherical law of cosines: an independent formula for the same great-circle distance. */
function cosineLawKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const c =
    Math.sin(lat1 * r) * Math.sin(lat2 * r) + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.cos((lon2 - lon1) * r);
  return 6371 * Math.acos(Math.min(1, Math.max(-1, c)));
}

describe('haversineKm', () => {
  it.each([
    ['same point', [10, 20, 10, 20], 0],
    ['one degree of latitude', [0, 0, 1, 0], (6371 * Math.PI) / 180],
    ['quarter of the equator', [0, 0, 0, 90], (6371 * Math.PI) / 2],
    ['antipodes', [0, 0, 0, 180], 6371 * Math.PI],
    ['pole to pole', [90, 0, -90, 0], 6371 * Math.PI],
    ['across the antimeridian', [0, 179.5, 0, -179.5], (6371 * Math.PI) / 180],
    ['Paris FR to Paris TX', [48.8566, 2.3522, 33.6609, -95.5555], cosineLawKm(48.8566, 2.3522, 33.6609, -95.5555)],
  ] as const)('%s', (_label, [a, b, c, d], expected) => {
    expect(haversineKm(a, b, c, d)).toBeCloseTo(expected, 6);
    expect(haversineKm(c, d, a, b)).toBeCloseTo(expected, 6);
  });

  it('puts Paris FR about 7,800 km from Paris TX', () => {
    const km = haversineKm(48.8566, 2.3522, 33.6609, -95.5555);
    expect(km).toBeGreaterThan(7700);
    expect(km).toBeLessThan(7900);
  });
});

describe('accuracy@161', () => {
  it.each([
    [[161], 1],
    [[160.999], 1],
    [[161.001], 0],
    [[0, 161, 162, 5000], 0.5],
    [[], null],
  ])('%j -> %s', (errors, expected) => {
    expect(accuracyAt(errors)).toBe(expected);
  });
});

describe('median and mean', () => {
  it.each([
    [[3, 1, 2], 2],
    [[7], 7],
    [[4, 1, 3, 2], 2.5],
    [[10, 0], 5],
    [[], null],
  ])('median %j = %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const v = [3, 1, 2];
    median(v);
    expect(v).toEqual([3, 1, 2]);
  });

  it.each([
    [[1, 2, 3, 4], 2.5],
    [[], null],
  ])('mean %j = %s', (values, expected) => {
    expect(mean(values)).toBe(expected);
  });
});

describe('logErrorAuc', () => {
  const L = Math.log(MAX_ERROR_KM + 1);
  it.each([
    ['all errors zero', [0, 0, 0, 0], 0],
    ['one zero error', [0], 0],
    ['all errors maximal', [MAX_ERROR_KM, MAX_ERROR_KM, MAX_ERROR_KM], 1],
    ['one maximal error', [MAX_ERROR_KM], 1],
    ['beyond the maximum is capped', [MAX_ERROR_KM * 2, MAX_ERROR_KM], 1],
    ['zero and maximal: half', [MAX_ERROR_KM, 0], 0.5],
    ['ln(e+1) = 1, 2, 3 in any order', [Math.E ** 3 - 1, Math.E - 1, Math.E ** 2 - 1], (1.5 + 2.5) / (2 * L)],
    ['nothing to score', [], null],
  ])('%s', (_label, errors, expected) => {
    const auc = logErrorAuc(errors);
    if (expected === null) expect(auc).toBeNull();
    else expect(auc).toBeCloseTo(expected, 12);
  });
});

const s = (start: number, end: number, text = 'x'.repeat(end - start)): TextSpan => ({ start, end, text });

describe('matchSpans', () => {
  it.each<[string, MatchRule, TextSpan[], TextSpan[], Array<[number, number]>]>([
    // eupeg: midpoints 2.5 and 11.5 are 9 apart -> match; 2.5 and 12.5 are 10 apart -> no match
    ['eupeg: midpoints 9 apart match', 'eupeg', [s(0, 5, 'Paris')], [s(9, 14, 'Paris')], [[0, 0]]],
    ['eupeg: midpoints 10 apart do not', 'eupeg', [s(0, 5, 'Paris')], [s(10, 15, 'Paris')], []],
    ['eupeg: case-insensitive equality', 'eupeg', [s(0, 5, 'Paris')], [s(0, 5, 'PARIS')], [[0, 0]]],
    ['eupeg: different strings never match', 'eupeg', [s(0, 5, 'Paris')], [s(0, 4, 'Pari')], []],
    ['eupeg: overlap alone is not enough', 'eupeg', [s(0, 13, 'New York City')], [s(0, 8, 'New York')], []],
    ['eupeg: each gold matched once', 'eupeg', [s(10, 15, 'Paris')], [s(12, 17, 'paris'), s(10, 15, 'Paris')], [[0, 1]]],
    ['overlap: one shared character matches', 'overlap', [s(0, 5)], [s(4, 10)], [[0, 0]]],
    ['overlap: touching spans do not (end exclusive)', 'overlap', [s(0, 5)], [s(5, 10)], []],
    ['overlap: far apart', 'overlap', [s(0, 5)], [s(20, 25)], []],
    ['overlap: looser than eupeg', 'overlap', [s(0, 13, 'New York City')], [s(0, 8, 'New York')], [[0, 0]]],
    ['overlap: each gold matched once, largest overlap wins', 'overlap', [s(0, 10)], [s(8, 12), s(2, 12)], [[0, 1]]],
    ['overlap: each prediction matched once', 'overlap', [s(0, 4), s(5, 9)], [s(0, 9)], [[0, 0]]],
    ['overlap: greedy by largest overlap', 'overlap', [s(0, 10), s(8, 20)], [s(7, 20), s(0, 9)], [[0, 1], [1, 0]]],
    ['overlap: ties go to the earlier prediction', 'overlap', [s(2, 6)], [s(4, 8), s(0, 4)], [[0, 0]]],
    ['nothing predicted', 'overlap', [s(0, 5)], [], []],
    ['no gold', 'eupeg', [], [s(0, 5)], []],
  ])('%s', (_label, rule, gold, pred, expected) => {
    expect(matchSpans(gold, pred, rule).map((p) => [p.gold, p.pred])).toEqual(expected);
  });
});

// An invented document: Paris (France) and Lyon with coordinates, "Ozark" without.
const TEXT = 'The mayor of Paris flew to Lyon, then to the Ozark hills.';
const at = (name: string) => ({ start: TEXT.indexOf(name), end: TEXT.indexOf(name) + name.length, name });
const DOC: GoldDoc = {
  id: 'invented-1',
  text: TEXT,
  toponyms: [
    { ...at('Paris'), lat: 48.8566, lon: 2.3522 },
    { ...at('Lyon'), lat: 45.764, lon: 4.8357 },
    { ...at('Ozark'), lat: null, lon: null },
  ],
};
const mention = (name: string, lat: number, lon: number, text = name): PredictedMention => ({
  start: TEXT.indexOf(text),
  end: TEXT.indexOf(text) + text.length,
  text,
  lat,
  lon,
  name,
});

describe('scoreDoc and sumDocScores', () => {
  it('scores 0 everywhere when nothing is predicted', () => {
    const total = sumDocScores([scoreDoc(DOC, [], 'eupeg')]);
    expect(total).toMatchObject({ gold: 3, goldWithCoords: 2, predicted: 0, matched: 0, precision: 0, recall: 0, f1: 0 });
    expect(total.acc161).toBeNull();
    expect(total.medianKm).toBeNull();
    expect(total.auc).toBeNull();
    expect(total.e2eAcc161).toBe(0);
  });

  it('scores a perfect prediction 1 everywhere', () => {
    const pred = [mention('Paris', 48.8566, 2.3522), mention('Lyon', 45.764, 4.8357), mention('Ozark', 36.2, -92.4)];
    const total = sumDocScores([scoreDoc(DOC, pred, 'eupeg')]);
    expect(total).toMatchObject({ precision: 1, recall: 1, f1: 1, acc161: 1, medianKm: 0, meanKm: 0, auc: 0, e2eAcc161: 1 });
    expect(total.resolved).toBe(2); // Ozark has no gold coordinates
  });

  it('counts a wrong namesake as matched but far, and a false positive', () => {
    const pred = [
      mention('Paris', 33.6609, -95.5555), // Paris TX
      mention('Lyon', 45.75, 4.85),
      mention('Nowhere', 0, 0, 'mayor'),
    ];
    const doc = scoreDoc(DOC, pred, 'overlap');
    const total = sumDocScores([doc]);
    expect(total).toMatchObject({ predicted: 3, matched: 2, precision: 2 / 3, recall: 2 / 3, acc161: 0.5, e2eAcc161: 0.5 });
    expect(total.f1).toBeCloseTo(2 / 3, 12);
    expect(doc.mistakes.map((m) => [m.kind, m.text])).toEqual([
      ['fp', 'mayor'],
      ['far', 'Paris'],
      ['fn', 'Ozark'],
    ]);
    expect(doc.mistakes[1]!.km).toBeCloseTo(cosineLawKm(48.8566, 2.3522, 33.6609, -95.5555), 6);
  });

  it('micro-averages over documents', () => {
    const a = scoreDoc(DOC, [mention('Paris', 48.8566, 2.3522)], 'eupeg');
    const b = scoreDoc(DOC, [], 'eupeg');
    const total = sumDocScores([a, b]);
    expect(total).toMatchObject({ docs: 2, gold: 6, predicted: 1, matched: 1, precision: 1, recall: 1 / 6, e2eAcc161: 1 / 4 });
  });
});

describe('resolver-only scoring', () => {
  it('charges a no-answer 20039 km and a miss', () => {
    const answers = [mention('Paris', 48.8566, 2.3522), null, null];
    const doc = scoreResolverDoc(DOC, answers);
    expect(doc).toMatchObject({ toponyms: 3, gold: 2, answered: 1, noAnswer: 1, errorsKm: [0, MAX_ERROR_KM] });
    const total = sumResolverScores([doc]);
    expect(total).toMatchObject({ resolverToponyms: 3, resolverGold: 2, resolverAnswered: 1, resolverNoAnswer: 1, resolverAcc161: 0.5 });
    expect(total.resolverMeanKm).toBe(MAX_ERROR_KM / 2);
    expect(total.resolverAuc).toBeCloseTo(0.5, 12);
    expect(doc.mistakes.map((m) => m.kind)).toEqual(['noanswer']);
  });

  it('rejects an answer list of the wrong length', () => {
    expect(() => scoreResolverDoc(DOC, [null])).toThrow(/1 answers for 3 gold spans/);
  });
});

describe('parseGoldLine', () => {
  const good = { id: 'd', text: 'In Oslo.', toponyms: [{ start: 3, end: 7, name: 'Oslo', lat: 59.9, lon: 10.7 }] };
  const withTop = (t: object) => JSON.stringify({ ...good, toponyms: [{ ...good.toponyms[0], ...t }] });
  it('accepts a good line and keeps extra fields', () => {
    const r = parseGoldLine(withTop({ geonames_id: 1, lat: null, lon: null }));
    expect(r.ok && r.doc.toponyms[0]).toMatchObject({ name: 'Oslo', lat: null, lon: null, geonames_id: 1 });
  });
  it.each([
    ['{oops', /not valid JSON/],
    ['[1]', /not a JSON object/],
    [JSON.stringify({ ...good, id: 3 }), /"id"/],
    [JSON.stringify({ ...good, text: null }), /"text"/],
    [JSON.stringify({ ...good, toponyms: {} }), /"toponyms"/],
    [withTop({ start: 1.5 }), /integers/],
    [withTop({ end: 99 }), /outside the text/],
    [withTop({ end: 3 }), /empty/],
    [withTop({ name: 'Bergen' }), /"name" "Bergen" != text.slice\(3, 7\) "Oslo"/],
    [withTop({ lat: null }), /both/],
    [withTop({ lat: 91 }), /not a latitude/],
    [withTop({ lon: '10' }), /not a longitude/],
  ])('rejects %s', (line, message) => {
    const r = parseGoldLine(line);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('parseEvalArgs', () => {
  it('defaults to the eupeg rule', () => {
    expect(parseEvalArgs(['g.jsonl'])).toMatchObject({ files: ['g.jsonl'], rule: 'eupeg', limit: null, resolverOnly: false });
  });
  it('reads every option', () => {
    expect(
      parseEvalArgs(['g.jsonl', '--rule', 'overlap', '--limit=5', '--resolver-only', '--errors', 'e.jsonl']),
    ).toMatchObject({ rule: 'overlap', limit: 5, resolverOnly: true, errors: 'e.jsonl' });
  });
  it.each([
    [['g.jsonl', '--rule', 'exact'], /--rule/],
    [['g.jsonl', '--limit', '0'], /--limit/],
    [['g.jsonl', '--errors'], /needs a value/],
    [['g.jsonl', '--frobnicate'], /unknown option/],
    [[], /no gold file/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseEvalArgs(argv)).toThrow(message);
  });
});

describe('the eval command', () => {
  const fixture = 'tests/fixtures/eval/tiny-gold.jsonl';
  const pred = 'tests/fixtures/eval/tiny-pred.jsonl';
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'geo/cli/eval.ts', ...args], { encoding: 'utf8' });

  it('prints a table and a JSON last line, reports bad gold lines, writes the errors file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-test-'));
    const errors = join(dir, 'errors.jsonl');
    const r = run([fixture, '--pred', pred, '--errors', errors]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/corpus\s+docs\s+gold\s+pred\s+matched\s+P\s+R\s+F1/);
    const json = JSON.parse(lines.at(-1)!);
    expect(json).toMatchObject({ rule: 'eupeg', docs: 3, gold: 6, goldWithCoords: 5, predicted: 4, matched: 3, badLines: 2 });
    expect(json.precision).toBeCloseTo(0.75, 4);
    expect(json.recall).toBeCloseTo(0.5, 4);
    expect(json.e2eAcc161).toBeCloseTo(0.4, 4);
    for (const k of ['f1', 'acc161', 'medianKm', 'meanKm', 'auc', 'seconds']) expect(typeof json[k]).toBe('number');
    expect(r.stderr).toContain(`${fixture}:3: not valid JSON`);
    expect(r.stderr).toContain(`${fixture}:5: doc inv-bad`);
    const mistakes = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(mistakes.map((m) => m.kind).sort()).toEqual(['far', 'fn', 'fn', 'fn', 'fp']);
    expect(readdirSync(dir)).toEqual(['errors.jsonl']); // no temporary file left behind
  });

  it('honours --limit and --rule', () => {
    const r = run([fixture, '--pred', pred, '--limit', '1', '--rule', 'overlap']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trimEnd().split('\n').at(-1)!)).toMatchObject({ rule: 'overlap', docs: 1, gold: 2, matched: 2 });
  });

  it('exits 2 with usage on a bad option', () => {
    const r = run([fixture, '--rule', 'nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--rule must be one of/);
  });

  const ready = ['geo/geoparse.ts', 'geo/cli/geoparse.ts', 'geo/gazetteer/loadGazetteer.node.ts'].every((f) => existsSync(f));

  it.skipIf(!ready)('scores the resolver alone with --resolver-only', () => {
    const r = run([fixture, '--resolver-only']);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout.trimEnd().split('\n').at(-1)!);
    expect(json).toMatchObject({ mode: 'resolver-only', docs: 3, gold: 6, resolverGold: 5, precision: null });
    expect(json.resolverAnswered + json.resolverNoAnswer).toBe(5);
    for (const k of ['resolverAcc161', 'resolverMedianKm', 'resolverMeanKm', 'resolverAuc']) expect(typeof json[k]).toBe('number');
  });

  it.skipIf(!ready)('scores several corpora in one run, with totals and one object per corpus', () => {
    const r = run([fixture, fixture, '--rule', 'overlap']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^all\s+6\s+12\s/m);
    const json = JSON.parse(r.stdout.trimEnd().split('\n').at(-1)!);
    expect(json).toMatchObject({ file: null, docs: 6, gold: 12 });
    expect(json.corpora).toHaveLength(2);
    expect(json.corpora[0].predicted * 2).toBe(json.predicted);
  });
  it.skipIf(!ready)('scores in-process exactly what the geoparse command outputs', () => {
    const input = readFileSync(fixture, 'utf8')
      .split('\n')
      .flatMap((l) => {
        try {
          const d = JSON.parse(l);
          return d.toponyms && d.text.length >= d.toponyms.at(-1).end ? [JSON.stringify({ id: d.id, text: d.text })] : [];
        } catch {
          return [];
        }
      })
      .join('\n');
    const out = execFileSync('npm', ['run', '--silent', 'geoparse'], { input: input + '\n', encoding: 'utf8' });
    const dir = mkdtempSync(join(tmpdir(), 'eval-test-'));
    const saved = join(dir, 'pred.jsonl');
    writeFileSync(saved, out);
    const viaCommand = JSON.parse(run([fixture, '--pred', saved]).stdout.trimEnd().split('\n').at(-1)!);
    const inProcess = JSON.parse(run([fixture]).stdout.trimEnd().split('\n').at(-1)!);
    for (const k of ['gold', 'predicted', 'matched', 'precision', 'recall', 'acc161', 'medianKm', 'meanKm', 'auc'])
      expect(inProcess[k], k).toEqual(viaCommand[k]);
  });
});

describe('confidence bands', () => {
  it('group matched names by confidence, each band with its accuracy within 161 km', async () => {
    const { confidenceBands } = await import('../../geo/eval/confidenceBands.ts');
    const bands = confidenceBands([
      { confidence: 0.99, km: 3 },
      { confidence: 0.985, km: 500 },
      { confidence: 0.4, km: 900 },
      { confidence: 0.5, km: 10 },
    ]);
    expect(bands.map((b) => [b.from, b.matched, b.acc161])).toEqual([[0, 1, 0], [0.5, 1, 1], [0.7, 0, null], [0.9, 0, null], [0.98, 2, 0.5]]);
  });
});
