import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlesToJsonl } from '../../geo/ingest/articlesJsonl.ts';
import { corpusFileText, planIngest, slugify } from '../../geo/ingest/corpusFile.ts';
import { parseArticleFile } from '../../geo/ingest/parseArticleFile.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BODY = 'Soldiers arrested three men in Puerto Lindo on Tuesday, officials said after the raid ended.';
const HTML = readFileSync(join(ROOT, 'tests/fixtures/ingest/raid.html'));

let dir: string;
let corpus: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plaza-ingest-'));
  corpus = join(dir, 'corpus');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, content: string | Uint8Array): string {
  const path = join(dir, 'in', name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}
function ingest(...paths: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'geo/cli/ingest.ts', '--corpus', corpus, ...paths], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stderr: r.stderr, files: readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort() };
}
const read = (name: string) => parseArticleFile(name, readFileSync(join(corpus, name)));

describe('npm run ingest writes articles into the corpus folder', () => {
  it('takes .txt, .md, .html and .jsonl files from a folder, each with a front-matter header', () => {
    put('a/raid.txt', `Raid in Lomaria\n\n${BODY}`);
    put('a/b/arrest.md', `# Arrest in *Puerto Lindo*\n\n${BODY} Later.`);
    put('a/page.html', HTML);
    put('a/export.jsonl', articlesToJsonl([{ id: 'exported', title: 'From the page', publication: 'The Daily', date: '2024-03-01', url: null, text: `From the page\n\n${BODY} Again.` }]));
    put('a/notes.csv', 'ignored,in,a,folder');
    const r = ingest(join(dir, 'in/a'));
    expect(r.code).toBe(0);
    expect(r.files).toEqual(['arrest.txt', 'exported.txt', 'page.txt', 'raid.txt']);
    expect(read('page.txt')).toMatchObject({ title: 'Soldiers raid drug lab near Lomaria', publication: 'The Lomaria Daily', date: '2023-03-04', url: 'https://lomaria.example/raid' });
    expect(read('exported.txt')).toMatchObject({ title: 'From the page', publication: 'The Daily', date: '2024-03-01', text: `From the page\n\n${BODY} Again.\n` });
    expect(read('arrest.txt').title).toBe('Arrest in Puerto Lindo');
    expect(readFileSync(join(corpus, 'raid.txt'), 'utf8').startsWith('---\ntitle: "Raid in Lomaria"\npublication: null\ndate: null\nurl: null\n---\nRaid in Lomaria\n')).toBe(true);
    expect(r.stderr).toMatch(/ingest: 4 added, 0 already in the corpus, 0 failed/);
  });

  it('is idempotent: the same article twice is one file, a re-run writes nothing', () => {
    const a = put('raid.txt', `Raid in Lomaria\n\n${BODY}`);
    const b = put('copy/raid-copy.txt', `Raid in Lomaria\r\n\r\n${BODY}\r\n`);
    const first = ingest(a, b);
    expect(first.files).toEqual(['raid.txt']);
    expect(first.stderr).toContain('is already in');
    const before = readFileSync(join(corpus, 'raid.txt'));
    const again = ingest(a, b);
    expect(again.code).toBe(0);
    expect(again.files).toEqual(['raid.txt']);
    expect(readFileSync(join(corpus, 'raid.txt'))).toEqual(before);
    expect(again.stderr).toMatch(/ingest: 0 added, 2 already in the corpus/);
  });

  it('a different text under a taken name gets a suffixed name', () => {
    ingest(put('raid.txt', `Raid in Lomaria\n\n${BODY}`));
    const r = ingest(put('other/raid.txt', `Another raid\n\n${BODY} Different.`));
    expect(r.files).toEqual(['raid-2.txt', 'raid.txt']);
  });

  it('a bad file is reported with file, line and column; the others are still written; exit 1', () => {
    const good = put('good.txt', `Raid in Lomaria\n\n${BODY}`);
    const bad = put('bad.txt', new Uint8Array([...Buffer.from('Raid\n\nCiudad Ju'), 0xe1, ...Buffer.from('rez')]));
    const png = put('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const empty = put('empty.txt', '');
    const nav = put('nav.html', '<nav><a href="/">Home</a> <a href="/news">News</a></nav>');
    const crlf = put('crlf.txt', `Arrest in Lomaria\r\n\r\n${BODY}\r\n`);
    const r = ingest(good, bad, png, empty, nav, crlf, join(dir, 'missing.txt'));
    expect(r.code).toBe(1);
    expect(r.files).toEqual(['crlf.txt', 'good.txt']);
    for (const line of [
      /error: \S*bad\.txt:3:10: not valid UTF-8 at byte 15/,
      /error: \S*photo\.png:1:1: not text \(a PNG image\)/,
      /error: \S*empty\.txt:1:1: no article text \(the file is empty\)/,
      /error: \S*nav\.html:1:1: no article found in the HTML page/,
      /error: \S*missing\.txt:1:1: cannot read \(ENOENT\)/,
      /note: \S*crlf\.txt:1:18: 3 Windows line endings \(CRLF\) turned into \\n \(fixed\)/,
      /ingest: 2 added, 0 already in the corpus, 5 failed, 1 fixed on the way/,
    ]) expect(r.stderr).toMatch(line);
  });

  it('a run killed mid-write leaves the corpus as it was: its temp file is swept, the earlier file kept', () => {
    ingest(put('raid.txt', `Raid in Lomaria\n\n${BODY}`));
    const before = readFileSync(join(corpus, 'raid.txt'));
    writeFileSync(join(corpus, '.raid-2.txt.99999.tmp'), '---\ntitle: "half');
    const r = ingest(put('other/arrest.txt', `Arrest in Lomaria\n\n${BODY}`));
    expect(r.code).toBe(0);
    expect(readdirSync(corpus).sort()).toEqual(['arrest.txt', 'raid.txt']);
    expect(readFileSync(join(corpus, 'raid.txt'))).toEqual(before);
  });

  it('no path is a usage error (exit 2)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'geo/cli/ingest.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run ingest');
  });
});

describe('a corpus file reads back as the article it was written from', () => {
  it.each([
    ['plain', { id: 'a', title: 'Raid in Lomaria', publication: 'The Daily', date: '2023-03-04', url: 'https://x.example/a?b=c', text: `Raid in Lomaria\n\n${BODY}\n` }],
    ['quotes, backslashes and colons in the title', { id: 'a', title: 'He said "no": C:\\path\\ and \\"', publication: null, date: null, url: null, text: `${BODY}\n` }],
    ['a title "null" and markup', { id: 'a', title: 'null', publication: '<b>Daily</b>', date: null, url: null, text: `<script>alert(1)</script>\n\n${BODY}\n` }],
    ['a text that starts with ---', { id: 'a', title: 'T', publication: null, date: null, url: null, text: `---\ntitle: x\n---\n${BODY}\n` }],
  ])('%s', (_name, article) => {
    const back = parseArticleFile('a.txt', corpusFileText(article));
    expect({ title: back.title, publication: back.publication, date: back.date, url: back.url, text: back.text }).toEqual({ title: article.title, publication: article.publication, date: article.date, url: article.url, text: article.text });
  });
});

describe('planIngest and slugify', () => {
  const art = (id: string, text: string) => ({ id, title: id, publication: null, date: null, url: null, text });
  it('same text anywhere in the corpus is the same article; a taken name is suffixed; .md names count as taken', () => {
    const existing = new Map<string, string | null>([['raid.txt', 'A\n'], ['raid-2.txt', 'B'], ['arrest.md', 'C'], ['broken.txt', null]]);
    expect(planIngest(existing, [art('x', 'A'), art('raid', 'D'), art('arrest', 'E'), art('broken', 'F'), art('new', 'D')]).map((s) => [s.action, s.name])).toEqual([
      ['same', 'raid.txt'], ['add', 'raid-3.txt'], ['add', 'arrest-2.txt'], ['add', 'broken-2.txt'], ['same', 'raid-3.txt'],
    ]);
  });
  it.each([
    ['Arrest in Culiacán, Sinaloa!', 'arrest-in-culiacan-sinaloa'],
    ['../../etc/passwd', 'etc-passwd'],
    ['中文', 'article'],
    ['x'.repeat(100), 'x'.repeat(80)],
  ])('%j → %s', (s, slug) => {
    expect(slugify(s)).toBe(slug);
  });
});
