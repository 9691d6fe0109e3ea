/**
 * Times one long article through `geoparse()` or through `build:data`'s whole build
 * (`buildData`: ingest, geoparse with roles, layers), after the gazetteer is loaded and the code
 * warmed up on ordinary articles.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { areaGeometryIn } from '../gazetteer/areas.ts';
import { loadAreas, loadGazetteer } from '../gazetteer/loadGazetteer.node.ts';
import { geoparse } from '../geoparse.ts';
import { buildData } from '../layers/buildData.ts';
import { districtLocator } from '../layers/districtLocator.ts';
import { corpusVocabulary } from './corpusVocabulary.ts';
import { maxRssMB } from './memory.ts';
import { newsArticles } from './newsArticles.ts';

/** What a long article cost. */
export interface SingleArticleSample {
  bytes: number;
  seconds: number;
  mbPerSecond: number;
  /** Mentions geoparsed, or features built (incidents, jurisdictions, territories). */
  found: number;
  maxRssMB: number;
}

/** Ordinary articles geoparsed first, so that the JIT is warm. */
const WARM_UP_ARTICLES = 150;

/**
 * @param what `geoparse`: the text through `geoparse()`; `build`: the file through `buildData` as `build:data` runs it
 * @example measureSingleArticle('/tmp/plaza-bench-x/article-1mb-seed1.txt', 'data/gazetteer', 'geoparse') // { seconds: 0.4, ... }
 */
export function measureSingleArticle(file: string, gazetteerDir: string, what: 'geoparse' | 'build'): SingleArticleSample {
  const gazetteer = loadGazetteer(gazetteerDir);
  const warm = newsArticles(corpusVocabulary(gazetteer.places()), 0x5eed);
  for (let i = 0; i < WARM_UP_ARTICLES; i++) geoparse(warm.next().value.text, gazetteer);
  const bytes = readFileSync(file);
  let found: number;
  let t: number;
  if (what === 'geoparse') {
    const text = bytes.toString('utf8');
    t = performance.now();
    found = geoparse(text, gazetteer).mentions.length;
  } else {
    const topologies = loadAreas(gazetteerDir);
    t = performance.now();
    const { layers } = buildData([{ path: file, name: basename(file), bytes }], gazetteer, (id) => areaGeometryIn(topologies, id), {
      districtAt: districtLocator(topologies),
    });
    found = layers.incidents.features.length + layers.jurisdictions.features.length + layers.territories.features.length;
  }
  const seconds = (performance.now() - t) / 1000;
  return { bytes: bytes.length, seconds: round3(seconds), mbPerSecond: round3(bytes.length / 1e6 / seconds), found, maxRssMB: maxRssMB() };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
