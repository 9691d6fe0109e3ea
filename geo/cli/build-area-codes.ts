/**
 * Regenerates `data/lexicon/area-codes.json`: the US state or Canadian province each North
 * American telephone area code serves, so that a phone number in a local story ("call
 * 304-399-6500") tells the resolver which state the story is in, as it tells a reader.
 *
 *   npx tsx geo/cli/build-area-codes.ts
 *
 * Source (installed under .cache/area-codes-src, never shipped): npm `areacodes` (MIT), whose
 * table comes from the North American Numbering Plan Administrator's NPA report. Only
 * geographic codes of the 50 states and DC are kept (no toll-free or non-geographic codes, no
 * territories). Canada's codes, which that package lacks, come from the hand-kept
 * `data/sources/canada-area-codes.tsv` (Canadian Numbering Administrator's list).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../node/writeFileAtomic.ts';
import { canadaAreaCodes, joinAreaCodes, usAreaCodes, type AreaCodeSource } from '../gazetteer/build/areaCodes.ts';

const SRC = '.cache/area-codes-src';
const PACKAGE = 'areacodes@0.2.1';
const data = join(SRC, 'node_modules/areacodes/lib/data.json');

if (!existsSync(data) || JSON.parse(readFileSync(join(SRC, 'node_modules/areacodes/package.json'), 'utf8')).version !== '0.2.1') {
  console.error(`installing ${PACKAGE} into ${SRC}`);
  execFileSync('npm', ['install', '--prefix', SRC, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', PACKAGE], { stdio: 'inherit' });
}

const CANADA = 'data/sources/canada-area-codes.tsv';
const codes = joinAreaCodes(
  usAreaCodes(JSON.parse(readFileSync(data, 'utf8')) as Record<string, AreaCodeSource>),
  canadaAreaCodes(readFileSync(CANADA, 'utf8'), CANADA),
);
writeFileAtomic('data/lexicon/area-codes.json', JSON.stringify({ sources: [PACKAGE, CANADA], codes }) + '\n');
console.error(`data/lexicon/area-codes.json: ${Object.keys(codes).length} area codes`);
