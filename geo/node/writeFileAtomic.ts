import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/**
 * Writes `data` to `path` so that a crash never leaves a half-written file: the bytes go to a
 * temporary file in the same folder, which is then renamed over the target (atomic on POSIX).
 * A file whose bytes would not change is left untouched (mtime kept). Returns whether it wrote.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  try {
    if (readFileSync(path).equals(bytes)) return false;
  } catch {
    /* no earlier file */
  }
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return true;
}

/** Removes the temporary files (`.<name>.<pid>.tmp`) a run killed inside {@link writeFileAtomic} left in `dir`. */
export function sweepTemps(dir: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) if (/^\..+\.\d+\.tmp$/.test(n)) rmSync(join(dir, n), { force: true });
}
