/**
 * `npm run ingest -- PATH...`: files or folders of `.txt`, `.md`, `.html` and `.jsonl` (as
 * "Export articles" in the page writes) → `data/corpus/<slug>.txt` with a front-matter header.
 *
 *   tsx geo/cli/ingest.ts [--corpus DIR] PATH...
 *
 * Folders are walked (sorted, hidden entries skipped) for the four extensions; a file named
 * directly is read whatever its extension. Each article is written atomically; an article whose
 * text is already in the corpus is skipped and reported (a re-run changes nothing), a new text
 * under a taken name gets a suffixed name. Fixes made on the way (BOM, CRLF, NUL, invisible
 * characters, decomposed accents) are printed as `note: file:line:col: …`; a file that cannot be
 * read as `error: file:line:col: …`, and the other files are still written. Progress goes to
 * stderr: a bar on a terminal, one line per file otherwise; a summary line ends the run.
 * Exit 0 = every file read, 1 = some file failed (the others written), 2 = bad options.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../types.ts';
import { corpusFileText, ingestPlanner, type CorpusArticle } from '../ingest/corpusFile.ts';
import { formatNotice, SourceError } from '../ingest/decode.ts';
import { parseArticleFile } from '../ingest/parseArticleFile.ts';
import { parseHtmlInNode } from '../ingest/parseHtml.node.ts';
import { ARTICLE_EXTENSIONS, readArticleFile } from '../ingest/readArticleFile.ts';
import { sweepTemps, writeFileAtomic } from '../node/writeFileAtomic.ts';
import { codePointOrder } from '../codePointOrder.ts';

/** Largest corpus file `build:data` reads (bytes); a longer article would be skipped there. */
const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;
/** Largest input file read (a `.jsonl` export may hold many articles). */
const MAX_INPUT_BYTES = 512 * 1024 * 1024;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { corpus: { type: 'string', default: 'data/corpus' } }, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`ingest: ${(err as Error).message}\n`);
    return 2;
  }
  const corpusDir = parsed.values.corpus!;
  const paths = parsed.positionals;
  if (paths.length === 0) {
    process.stderr.write('usage: npm run ingest -- [--corpus DIR] PATH...   (files or folders of .txt, .md, .html, .jsonl)\n');
    return 2;
  }
  const progress = new Progress(process.stderr);
  const shown = (p: string) => {
    const rel = relative(process.cwd(), p);
    return rel === '' || rel.startsWith('..') ? resolve(p) : rel;
  };

  // Inputs: named files as they are, folders walked for the article extensions.
  let failed = 0;
  const inputs: string[] = [];
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) inputs.push(...walk(p));
      else inputs.push(p);
    } catch (err) {
      progress.say(`error: ${p}:1:1: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      failed++;
    }
  }

  sweepTemps(corpusDir);
  const plan = ingestPlanner(readCorpus(corpusDir));
  let added = 0;
  let same = 0;
  let notices = 0;
  const t0 = Date.now();
  for (let i = 0; i < inputs.length; i++) {
    const path = inputs[i];
    const where = shown(path);
    progress.update(i, inputs.length, where);
    let articles: Article[];
    try {
      const size = statSync(path).size;
      if (size > MAX_INPUT_BYTES) throw new SourceError(where, 1, 1, `${(size / 1048576).toFixed(1)} MB is more than the ${MAX_INPUT_BYTES / 1048576} MB ingest reads`);
      articles = readArticleFile(where, readFileSync(path), parseHtmlInNode, (n) => {
        notices++;
        progress.say(`note: ${formatNotice(n)} (fixed)`);
      });
    } catch (err) {
      failed++;
      progress.say(`error: ${err instanceof SourceError ? err.message : `${where}:1:1: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`}; skipped`);
      continue;
    }
    const ok: CorpusArticle[] = [];
    for (const a of articles) {
      const bytes = Buffer.byteLength(corpusFileText(a), 'utf8');
      if (bytes > MAX_ARTICLE_BYTES) {
        failed++;
        progress.say(`error: ${a.source}:1:1: the article is ${(bytes / 1048576).toFixed(1)} MB, more than the ${MAX_ARTICLE_BYTES / 1048576} MB build:data reads; skipped`);
      } else ok.push(a);
    }
    for (const step of ok.map(plan)) {
      const target = join(corpusDir, step.name);
      if (step.action === 'same') {
        same++;
        progress.say(`${where}: "${step.article.title}" is already in ${shown(target)}; skipped`);
        continue;
      }
      try {
        writeFileAtomic(target, corpusFileText(step.article));
        added++;
        progress.say(`${where}: "${step.article.title}" → ${shown(target)}`, true);
      } catch (err) {
        failed++;
        progress.say(`error: ${where}:1:1: cannot write ${shown(target)} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); skipped`);
      }
    }
  }
  progress.done();
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  progress.say(
    `ingest: ${added} added, ${same} already in the corpus, ${failed} failed, ${notices} fixed on the way ` +
      `(${inputs.length} file(s) in ${seconds} s → ${shown(resolve(corpusDir))})${added > 0 ? '; run npm run build:data to map them' : ''}`,
  );
  return failed > 0 ? 1 : 0;
}

/** The article files under a folder, sorted by code point, hidden entries skipped. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort(codePointOrder)) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    const st = lstatSync(path);
    if (st.isDirectory()) out.push(...walk(path));
    else if (st.isFile() && (ARTICLE_EXTENSIONS as readonly string[]).some((e) => name.toLowerCase().endsWith(e))) out.push(path);
  }
  return out;
}

/** The corpus folder's articles: file name → text (null when unreadable; the name stays taken). */
function readCorpus(dir: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).sort(codePointOrder);
  } catch {
    return out; // no corpus folder yet: writeFileAtomic creates it
  }
  for (const name of names) {
    if (name.startsWith('.') || !/\.(?:txt|md)$/i.test(name)) continue;
    try {
      out.set(name, parseArticleFile(name, readFileSync(join(dir, name))).text);
    } catch {
      out.set(name, null);
    }
  }
  return out;
}

/**
 * Progress on stderr: on a terminal, one bar line redrawn in place (messages print above it);
 * otherwise plain lines only.
 */
class Progress {
  private readonly tty: boolean;
  private bar = '';
  constructor(private readonly out: NodeJS.WriteStream) {
    this.tty = Boolean(out.isTTY) && !process.env.CI;
  }
  /** Prints a message line; `quiet` lines are shown only without a bar (the bar shows progress). */
  say(line: string, quiet = false): void {
    if (this.tty && quiet) return;
    this.clear();
    this.out.write(`${line}\n`);
    if (this.bar) this.out.write(this.bar);
  }
  update(done: number, total: number, current: string): void {
    if (!this.tty || total < 2) return;
    const width = 24;
    const filled = Math.round((done / total) * width);
    const cols = this.out.columns || 80;
    const head = `ingest [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done + 1}/${total} `;
    const name = current.length > cols - head.length - 1 ? `…${current.slice(-(cols - head.length - 2))}` : current;
    this.clear();
    this.bar = `${head}${name}`;
    this.out.write(this.bar);
  }
  done(): void {
    this.clear();
    this.bar = '';
  }
  private clear(): void {
    if (this.tty && this.bar) this.out.write('\r\x1b[2K');
  }
}

process.exitCode = main(process.argv.slice(2));
