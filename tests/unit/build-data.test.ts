import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUTS = ['articles.json', 'incidents.geojson', 'jurisdictions.geojson', 'mentions.json', 'territories.geojson'];

/** Runs `build:data` with its own corpus and output folders; cwd is the temp dir so messages use relative paths. */
function run(dir: string, ...extra: string[]) {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'geo/cli/build-data.ts'), '--corpus', 'corpus', '--out', 'layers', '--gazetteer', join(ROOT, 'data/gazetteer'), ...extra],
    { cwd: dir, encoding: 'utf8', timeout: 120_000 },
  );
  return { code: r.status, stderr: r.stderr };
}

const snapshot = (dir: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(dir, 'layers', f), 'utf8')]));

describe('build:data command', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plaza-build-data-'));
    cpSync(join(ROOT, 'data/corpus'), join(dir, 'corpus'), { recursive: true });
    writeFileSync(join(dir, 'corpus', 'notes.csv'), 'not an article');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the five outputs, reports progress, and a second run changes no byte nor mtime', { timeout: 240_000 }, () => {
    const first = run(dir);
    expect(first.stderr).toContain('[1/5] borderlandbeat-army-alliance-2012-05-31');
    expect(first.stderr).toContain('note: skipped corpus/notes.csv (not .txt or .md)');
    expect(first.stderr).toMatch(/build:data: 5 articles → incidents \d+, jurisdictions \d+, territories \d+/);
    expect(first.code).toBe(0);
    expect(readdirSync(join(dir, 'layers')).sort()).toEqual(OUTPUTS);
    const before = snapshot(dir);
    const mtimes = OUTPUTS.map((f) => statSync(join(dir, 'layers', f)).mtimeMs);
    for (const f of OUTPUTS) expect(() => JSON.parse(before[f])).not.toThrow();

    const second = run(dir);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('0 file(s) written, 5 unchanged');
    expect(snapshot(dir)).toEqual(before);
    expect(OUTPUTS.map((f) => statSync(join(dir, 'layers', f)).mtimeMs)).toEqual(mtimes);
  });

  it('a bad article is reported as file:line:col, exits 2 and leaves earlier outputs intact', { timeout: 240_000 }, () => {
    const before = snapshot(dir);
    const bad = Buffer.concat([Buffer.from('---\ntitle: Bad\n---\nSoldiers in Ciudad Ju'), Buffer.from([0xe1]), Buffer.from('rez.\n')]);
    writeFileSync(join(dir, 'corpus', 'bad.txt'), bad);
    writeFileSync(join(dir, 'corpus', 'bad-header.md'), '---\ntitle: X\nauthor: Y\n---\nText in Sinaloa.\n');
    const r = run(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('corpus/bad.txt:4:22: not valid UTF-8');
    expect(r.stderr).toContain('corpus/bad-header.md:3:1: unknown header key "author"');
    expect(r.stderr).toContain('pjmedia-cartel-intel-deal'); // the others are still processed
    expect(r.stderr).toContain('outputs in layers left unchanged');
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(join(dir, 'layers')).sort()).toEqual(OUTPUTS);

    // --partial builds from the good articles but still exits 2.
    const partial = run(dir, '--partial');
    expect(partial.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    rmSync(join(dir, 'corpus', 'bad.txt'));
    rmSync(join(dir, 'corpus', 'bad-header.md'));
  });

  it('rejects unknown options with exit 1', () => {
    const r = run(dir, '--nope');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Unknown option '--nope'");
  });
});
