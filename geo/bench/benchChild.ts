/**
 * Entry point of the bench's child processes (each measurement runs in a fresh
 * `node --expose-gc --import tsx` process); prints one JSON line on stdout.
 *
 * - `benchChild.ts load GAZETTEER_DIR [bin|tsv]`
 * - `benchChild.ts geoparse FILE GAZETTEER_DIR SPLIT_BYTES`
 * - `benchChild.ts generate DIR GAZETTEER_DIR SEED MB[,MB...]`
 * - `benchChild.ts generate-single DIR GAZETTEER_DIR SEED MB[,MB...]`
 * - `benchChild.ts single FILE GAZETTEER_DIR geoparse|build`
 */
import { join } from 'node:path';
import { loadGazetteer, type GazetteerFormat } from '../gazetteer/loadGazetteer.node.ts';
import { corpusVocabulary } from './corpusVocabulary.ts';
import { measureGazetteerLoad } from './measureGazetteerLoad.ts';
import { measureGeoparse } from './measureGeoparse.ts';
import { corpusFileName } from './corpusFileName.ts';
import { writeNewsCorpus } from './writeNewsCorpus.ts';
import { measureSingleArticle } from './measureSingleArticle.ts';
import { writeSingleArticle } from './writeSingleArticle.ts';

async function main([what, ...args]: string[]): Promise<unknown> {
  if (what === 'load') return measureGazetteerLoad(args[0]!, (args[1] ?? 'bin') as GazetteerFormat);
  if (what === 'geoparse') return measureGeoparse(args[0]!, args[1]!, Number(args[2]));
  if (what === 'generate') {
    const [dir, gazetteerDir, seed, sizes] = args as [string, string, string, string];
    const vocab = corpusVocabulary(loadGazetteer(gazetteerDir).places());
    const files = [];
    for (const mb of sizes.split(',').map(Number)) {
      files.push(await writeNewsCorpus(join(dir, corpusFileName(mb, Number(seed))), mb * 1e6, vocab, Number(seed)));
    }
    return files;
  }
  if (what === 'generate-single') {
    const [dir, gazetteerDir, seed, sizes] = args as [string, string, string, string];
    const vocab = corpusVocabulary(loadGazetteer(gazetteerDir).places());
    const files = [];
    for (const mb of sizes.split(',').map(Number)) files.push(await writeSingleArticle(join(dir, `article-${mb}mb-seed${seed}.txt`), mb * 1e6, vocab, Number(seed)));
    return files;
  }
  if (what === 'single') return measureSingleArticle(args[0]!, args[1]!, args[2] === 'build' ? 'build' : 'geoparse');
  throw new Error(`unknown bench child command ${what}`);
}

main(process.argv.slice(2)).then(
  (result) => process.stdout.write(JSON.stringify(result) + '\n'),
  (err) => {
    process.stderr.write(`bench child: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
