import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusVocabulary, type CorpusVocabulary } from '../../geo/bench/corpusVocabulary.ts';
import { mulberry32 } from '../../geo/bench/mulberry32.ts';
import { newsArticles } from '../../geo/bench/newsArticles.ts';
import { parseBenchArgs } from '../../geo/bench/parseBenchArgs.ts';
import { writeNewsCorpus } from '../../geo/bench/writeNewsCorpus.ts';
import { Gazetteer } from '../../geo/gazetteer/gazetteer.ts';

// A tiny gazetteer: the generator draws its places from whatever gazetteer it is given.
const TSV = [
  ['country:MX', 'Mexico', 'country', 'PCLI', '23', '-102', 'MX', '', '126000000', '', 'Mexican', 'MEX'],
  ['country:US', 'United States', 'country', 'PCLI', '39', '-98', 'US', '', '331000000', '', 'American', 'USA'],
  ['admin1:MX.25', 'Sinaloa', 'admin1', 'ADM1', '25', '-107.5', 'MX', '25', '3026943', '', '', 'SIN'],
  ['admin1:US.TX', 'Texas', 'admin1', 'ADM1', '31', '-99', 'US', 'TX', '29000000', '', '', 'TX'],
  ['gn:4013708', 'Ciudad Juárez', 'city', 'PPLA2', '31.7', '-106.5', 'MX', '06', '1512000', '', '', ''],
  ['gn:4014875', 'Culiacán', 'city', 'PPLA', '24.8', '-107.4', 'MX', '25', '808416', '', '', ''],
  ['gn:4717560', 'Paris', 'city', 'PPLA2', '33.66', '-95.55', 'US', 'TX', '24782', '', '', ''],
  ['gn:4699066', 'Houston', 'city', 'PPLA2', '29.76', '-95.36', 'US', 'TX', '2296224', '', '', ''],
]
  .map((r) => r.join('\t'))
  .join('\n');

let vocab: CorpusVocabulary;
let dir: string;
beforeAll(() => {
  vocab = corpusVocabulary(Gazetteer.fromTsv([TSV]).places());
  dir = mkdtempSync(join(tmpdir(), 'plaza-bench-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('benchmark corpus generator', () => {
  it('mulberry32 is seeded: same seed, same numbers; numbers in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mulberry32(8)()).not.toBe(xs[0]);
  });

  it('draws places from the gazetteer, largest first, with "City, State" pairs and demonyms', () => {
    expect(vocab.countries).toEqual(['United States', 'Mexico']);
    expect(vocab.states).toEqual(['Texas', 'Sinaloa']);
    expect(vocab.cities[0]).toBe('Houston');
    expect(vocab.pairs).toEqual(['Houston, Texas', 'Culiacán, Sinaloa', 'Paris, Texas']);
    expect(vocab.demonyms).toEqual(['American', 'Mexican']);
  });

  it('writes articles of 15–39 sentences naming places, people and non-place capitals', () => {
    const gen = newsArticles(vocab, 1);
    const articles = Array.from({ length: 40 }, () => gen.next().value);
    for (const a of articles) {
      const sentences = a.text.split(/(?<=\.)\s+/).length;
      expect(sentences).toBeGreaterThanOrEqual(15);
      expect(sentences).toBeLessThanOrEqual(39 + 10); // "Gen." and "Mr." split too
    }
    const all = articles.map((a) => a.text).join('\n');
    for (const name of ['Mexico', 'Texas', 'Houston', 'Culiacán, Sinaloa', 'Mexican']) expect(all).toContain(name);
    expect(all).toMatch(/Monday|Police|Reuters/);
    expect(all).toMatch(/Guzmán|Cienfuegos|García/);
    expect(articles[0]!.id).toBe('bench-1-1');
  });

  it.each([[0.05], [0.2]])('writes %s MB to within one article, the same bytes for the same seed', async (mb) => {
    const a = await writeNewsCorpus(join(dir, `a-${mb}.jsonl`), mb * 1e6, vocab, 42);
    const b = await writeNewsCorpus(join(dir, `b-${mb}.jsonl`), mb * 1e6, vocab, 42);
    const c = await writeNewsCorpus(join(dir, `c-${mb}.jsonl`), mb * 1e6, vocab, 43);
    expect(statSync(a.file).size).toBe(a.bytes);
    expect(a.bytes).toBeGreaterThanOrEqual(mb * 1e6);
    expect(a.bytes).toBeLessThan(mb * 1e6 + 10_000);
    expect(sha(b.file)).toBe(sha(a.file));
    expect(sha(c.file)).not.toBe(sha(a.file));
    const lines = readFileSync(a.file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(a.articles);
    expect(Object.keys(JSON.parse(lines[0]!))).toEqual(['id', 'text']);
  });
});

describe('bench options', () => {
  it.each([
    [[], { sizes: [1, 10, 100], cliSize: 10, loadSamples: 5, seed: 1, quick: false }],
    [['--sizes', '1,10'], { sizes: [1, 10], cliSize: 10 }],
    [['--sizes', '0.5', '--cli-size', 'none'], { sizes: [0.5], cliSize: null }],
    [['--sizes', '100', '--cli-size', '2'], { sizes: [2, 100], cliSize: 2 }],
    [['--quick'], { sizes: [0.25], cliSize: 0.25, loadSamples: 1, quick: true }],
    [[], { real: [] }],
    [['--real', 'a.jsonl,b.jsonl', '--real', 'c.jsonl'], { real: ['a.jsonl', 'b.jsonl', 'c.jsonl'] }],
    [[], { browser: true }],
    [['--no-browser'], { browser: false }],
  ])('%j', (argv, expected) => {
    expect(parseBenchArgs(argv as string[])).toMatchObject(expected);
  });

  it.each([[['--sizes', '1,x']], [['--seed']], [['--fast']], [['--real']]])('refuses %j', (argv) => {
    expect(() => parseBenchArgs(argv)).toThrow(/--sizes needs|--seed needs|unknown argument --fast|--real needs/);
  });
});
