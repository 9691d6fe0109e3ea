/**
 * How `npm run ingest` files an article into the corpus folder: its file name (a slug), its
 * bytes (front matter + text, read back by `parseArticleFile` to the same article), and the
 * plan that keeps a re-run idempotent (the same article twice is one file).
 */
import type { Article } from '../types.ts';

/** The fields a corpus file keeps. */
export type CorpusArticle = Pick<Article, 'id' | 'title' | 'publication' | 'date' | 'url' | 'text'>;

/**
 * A file-name-safe slug: ASCII letters and digits, lower case, joined by `-`, at most `max`
 * characters; accents dropped. `article` when nothing is left.
 *
 * @param max the longest slug (80 for corpus file names; the page's article ids take 48 and a hash)
 * @example slugify('Arrest in Culiacán, Sinaloa!') // 'arrest-in-culiacan-sinaloa'
 */
export function slugify(s: string, max = 80): string {
  const slug = s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'article';
}

/** The article's slug: from its id, else its title. */
export function articleSlug(a: Pick<Article, 'id' | 'title'>): string {
  const fromId = slugify(a.id);
  return fromId !== 'article' ? fromId : slugify(a.title);
}

/**
 * The corpus file for an article: a front-matter header (title, publication, date, url; null
 * where unknown), then the text, ending with one newline.
 *
 * @example corpusFileText({ id: 'a', title: 'Raid', publication: null, date: '2023-03-04', url: null, text: 'Raid\n\nSoldiers…' })
 * // '---\ntitle: "Raid"\npublication: null\ndate: 2023-03-04\nurl: null\n---\nRaid\n\nSoldiers…\n'
 */
export function corpusFileText(a: CorpusArticle): string {
  const value = (v: string | null) => (v === null ? 'null' : `"${v.replace(/\s+/g, ' ').trim().replace(/[\\"]/g, (c) => `\\${c}`)}"`);
  return [
    '---',
    `title: ${value(a.title)}`,
    `publication: ${value(a.publication)}`,
    `date: ${a.date ?? 'null'}`,
    `url: ${value(a.url)}`,
    '---',
    a.text.endsWith('\n') ? a.text : `${a.text}\n`,
  ].join('\n');
}

/** What ingest does with one article. */
export type IngestStep =
  | { action: 'add'; name: string; article: CorpusArticle }
  | { action: 'same'; name: string; article: CorpusArticle };

/**
 * Plans where each article goes. An article whose text is already in the corpus (or earlier in
 * this run) is `same` as that file; otherwise it is added as `<slug>.txt`, or `<slug>-2.txt`, …
 * when the name is taken by another text. Texts compare without trailing white space.
 *
 * @param existing the corpus folder's files: name → article text (null when it could not be read; the name stays taken)
 * @example planIngest(new Map([['raid.txt', 'Raid\n']]), [{ id: 'raid', title: 'Raid', publication: null, date: null, url: null, text: 'Raid' }])[0] // { action: 'same', name: 'raid.txt', … }
 */
export function planIngest(existing: ReadonlyMap<string, string | null>, articles: readonly CorpusArticle[]): IngestStep[] {
  const planner = ingestPlanner(existing);
  return articles.map((a) => planner(a));
}

/**
 * {@link planIngest} one article at a time, for a run over many files: the corpus is indexed
 * once, and each planned article joins the index (so a run's own duplicates are `same` too).
 */
export function ingestPlanner(existing: ReadonlyMap<string, string | null>): (article: CorpusArticle) => IngestStep {
  const taken = new Set([...existing.keys()].map((n) => n.toLowerCase()));
  const byText = new Map<string, string>();
  for (const [name, text] of existing) if (text !== null && !byText.has(text.trimEnd())) byText.set(text.trimEnd(), name);
  return (article) => {
    const key = article.text.trimEnd();
    const same = byText.get(key);
    if (same !== undefined) return { action: 'same', name: same, article };
    const slug = articleSlug(article);
    let name = `${slug}.txt`;
    for (let n = 2; taken.has(name.toLowerCase()) || taken.has(name.replace(/\.txt$/, '.md').toLowerCase()); n++) name = `${slug}-${n}.txt`;
    taken.add(name.toLowerCase());
    byText.set(key, name);
    return { action: 'add', name, article };
  };
}
