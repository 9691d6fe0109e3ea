/**
 * `npm run build:gazetteer-bin [-- --force] [--dir DIR]`
 *
 * Compiles `data/gazetteer/*.tsv` into `data/gazetteer/gazetteer.bin` (see
 * `geo/gazetteer/binary/gazetteerBinaryFormat.ts`) when the binary is missing or stale, or always
 * with `--force`; then prints what it holds and its size, raw and gzipped. Deterministic: the same
 * TSVs give the same bytes. The last step of `npm run build:gazetteer`; `loadGazetteer` and the
 * app's build also compile it when needed, so running this by hand is never required.
 */
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { readGazetteerHeader } from '../gazetteer/binary/gazetteerBinaryFormat.ts';
import { ensureGazetteerBinary } from '../gazetteer/gazetteerBinary.node.ts';
import { GAZETTEER_DIR } from '../gazetteer/loadGazetteer.node.ts';

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({ args: argv, options: { force: { type: 'boolean', default: false }, dir: { type: 'string', default: GAZETTEER_DIR } }, strict: true }).values;
  } catch (err) {
    process.stderr.write(`build:gazetteer-bin: ${(err as Error).message}\nusage: npm run build:gazetteer-bin [-- --force] [--dir DIR]\n`);
    return 64;
  }
  const { bytes, path, compiled } = ensureGazetteerBinary(args.dir!, { force: args.force });
  const { header } = readGazetteerHeader(bytes, path);
  const mb = (n: number) => (n / 1e6).toFixed(1);
  process.stderr.write(
    `${path}: ${compiled ? 'compiled' : 'up to date'}; ${header.places} places, ${header.keys} keys (${header.nameKeys} names) from ` +
      `${header.sources.map((s) => s.name).join(', ')}; ${mb(bytes.length)} MB, ${mb(gzipSync(bytes).length)} MB gzipped; ${header.sourceDigest}\n`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`build:gazetteer-bin: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
