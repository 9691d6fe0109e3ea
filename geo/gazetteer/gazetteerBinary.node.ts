/**
 * The Node edge of the binary gazetteer: compiles `data/gazetteer/*.tsv` into `gazetteer.bin`,
 * and hands out the binary's bytes only when they are fresh, compiling them again otherwise.
 *
 * Fresh means: a binary of this format version whose recorded source digest (SHA-256 of the TSV
 * files) is the digest of the TSVs now, folded by today's `foldName` and marked by today's
 * misspelling rule. Hashing 17 MB of TSV on every start would cost ~60 ms, so a stamp file beside
 * the binary (`gazetteer.bin.stamp`, not committed) remembers each TSV's size and mtime when their
 * digest was last checked; while they are unchanged, the check is a `stat` per TSV.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MISSPELLING_RULE } from '../misspellings.ts';
import { writeFileAtomic } from '../node/writeFileAtomic.ts';
import { compileGazetteer } from './binary/compileGazetteer.ts';
import { foldProbe } from './binary/foldProbe.ts';
import { readGazetteerHeader } from './binary/gazetteerBinaryFormat.ts';
import { Gazetteer } from './gazetteer.ts';

/** The binary's file name inside the gazetteer folder. */
export const BINARY_FILE = 'gazetteer.bin';
/** The freshness stamp's file name inside the gazetteer folder. */
export const STAMP_FILE = 'gazetteer.bin.stamp';
/** The binary gzipped, as the app ships it (static hosts rarely compress `.bin` files themselves). */
export const GZIP_FILE = 'gazetteer.bin.gz';

interface Stamp {
  digest: string;
  files: Array<[name: string, size: number, mtimeMs: number]>;
}

/** The `*.tsv` files of `dir`, sorted by name. */
export function tsvFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort();
}

/**
 * `sha256:<hex>` over the sources in order, each as its name, NUL, its byte length, NUL, its bytes.
 *
 * @example sourceDigest([{ name: 'places.tsv', bytes }]) // 'sha256:3f1c…'
 */
export function sourceDigest(sources: ReadonlyArray<{ name: string; bytes: Uint8Array }>): string {
  const h = createHash('sha256');
  for (const s of sources) h.update(`${s.name}\0${s.bytes.length}\0`).update(s.bytes);
  return `sha256:${h.digest('hex')}`;
}

function statsOf(dir: string, files: string[]): Stamp['files'] {
  return files.map((f) => {
    const st = statSync(join(dir, f));
    return [f, st.size, st.mtimeMs];
  });
}

/**
 * Compiles the TSVs of `dir` into binary bytes (pure apart from reading the files).
 *
 * @example compileGazetteerDir('data/gazetteer').bytes.length // ~13 MB
 */
export function compileGazetteerDir(dir: string): { bytes: Uint8Array; digest: string; stats: Stamp['files'] } {
  const files = tsvFiles(dir);
  if (files.length === 0) throw new Error(`${dir}: no .tsv files (run npm run build:gazetteer)`);
  const stats = statsOf(dir, files);
  const sources = files.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  const digest = sourceDigest(sources);
  const decoder = new TextDecoder();
  const gazetteer = Gazetteer.fromTsv(sources.map((s) => ({ name: s.name, text: decoder.decode(s.bytes) })));
  const bytes = compileGazetteer(gazetteer, { sources: sources.map((s) => ({ name: s.name, bytes: s.bytes.length })), sourceDigest: digest });
  return { bytes, digest, stats };
}

/** Why the binary in `dir` cannot be used as it is, or null when it is fresh. */
function staleness(dir: string, files: string[], bytes: Uint8Array | null): string | null {
  const path = join(dir, BINARY_FILE);
  if (!bytes) return 'it does not exist yet';
  let header;
  try {
    header = readGazetteerHeader(bytes, path).header;
  } catch (err) {
    return (err as Error).message;
  }
  if (header.foldProbe !== foldProbe()) return 'foldName has changed since it was compiled';
  if (header.misspellingRule !== MISSPELLING_RULE) return 'the misspelling rule has changed since it was compiled';
  const names = header.sources.map((s) => s.name).join(', ');
  if (names !== files.join(', ')) return `it was compiled from ${names}, the folder now holds ${files.join(', ')}`;
  const stats = statsOf(dir, files);
  const stamp = readStamp(dir);
  if (stamp && stamp.digest === header.sourceDigest && JSON.stringify(stamp.files) === JSON.stringify(stats)) return null;
  const digest = sourceDigest(files.map((name) => ({ name, bytes: readFileSync(join(dir, name)) })));
  if (digest !== header.sourceDigest) return `${files.join(', ')} changed since it was compiled`;
  writeStamp(dir, { digest, files: stats });
  return null;
}

function readStamp(dir: string): Stamp | null {
  try {
    return JSON.parse(readFileSync(join(dir, STAMP_FILE), 'utf8')) as Stamp;
  } catch {
    return null;
  }
}

function writeStamp(dir: string, stamp: Stamp): void {
  try {
    writeFileAtomic(join(dir, STAMP_FILE), JSON.stringify(stamp) + '\n');
  } catch {
    /* a read-only folder: the digest is checked again next time */
  }
}

/**
 * The bytes of `dir/gazetteer.bin`, compiled from the TSVs first when missing or stale (written
 * back atomically when the folder is writable; a note on stderr says why it was compiled). A
 * folder with a binary and no TSVs is used as it is.
 *
 * @param dir the gazetteer folder
 * @param opts `force`: compile even when fresh; `log`: where notes go (default stderr)
 * @example ensureGazetteerBinary('data/gazetteer').bytes
 */
export function ensureGazetteerBinary(
  dir: string,
  opts: { force?: boolean; log?: (line: string) => void } = {},
): { bytes: Uint8Array; path: string; compiled: boolean } {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const path = join(dir, BINARY_FILE);
  const files = tsvFiles(dir);
  let bytes: Uint8Array | null = null;
  try {
    bytes = readFileSync(path);
  } catch {
    /* not compiled yet */
  }
  if (files.length === 0) {
    if (bytes) return { bytes, path, compiled: false };
    throw new Error(`${dir}: no .tsv files (run npm run build:gazetteer)`);
  }
  const why = opts.force ? 'asked to' : staleness(dir, files, bytes);
  if (why === null) return { bytes: bytes!, path, compiled: false };
  const t0 = performance.now();
  const compiled = compileGazetteerDir(dir);
  let where = `wrote ${path}`;
  try {
    writeFileAtomic(path, compiled.bytes);
    writeStamp(dir, { digest: compiled.digest, files: compiled.stats });
  } catch (err) {
    where = `could not write ${path} (${(err as Error).message}); using it from memory`;
  }
  log(`gazetteer: compiled ${BINARY_FILE} from ${files.join(', ')} because ${why}: ${(compiled.bytes.length / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - t0)} ms; ${where}`);
  return { bytes: compiled.bytes, path, compiled: true };
}

/**
 * Writes `dir/gazetteer.bin.gz`, the binary gzipped (deterministic: no name, no time
 * in its header), unless it already holds exactly these bytes. For the app's build.
 *
 * @returns whether it wrote
 * @example ensureGazetteerGzip('data/gazetteer', ensureGazetteerBinary('data/gazetteer').bytes)
 */
export function ensureGazetteerGzip(dir: string, bytes: Uint8Array): boolean {
  const path = join(dir, GZIP_FILE);
  try {
    if (Buffer.from(gunzipSync(readFileSync(path))).equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) return false;
  } catch {
    /* missing or not gzip */
  }
  return writeFileAtomic(path, gzipSync(bytes));
}
