/**
 * The in-memory gazetteer: every place by id, and by folded name, demonym and code. Pure (no
 * `fs`): build it from TSV texts in Node or in the browser.
 */
import { foldKey as foldName } from './foldKey.ts';
import type { Place } from '../types.ts';
import type { PlaceGazetteer } from './placeGazetteer.ts';
import type { PlaceRow } from './placeRow.ts';
import { parseGazetteerTsv, type AliasRow, type TsvSource } from './parseGazetteerTsv.ts';

const NONE: readonly PlaceRow[] = Object.freeze([]);

function byId(a: Place, b: Place): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Index values: one place (most keys) or several; saves ~300,000 one-element arrays. */
type Entry = PlaceRow | PlaceRow[];

function add(index: Map<string, Entry>, key: string, row: PlaceRow): void {
  if (!key) return;
  const e = index.get(key);
  if (e === undefined) index.set(key, row);
  else if (Array.isArray(e)) {
    if (e[e.length - 1] !== row) e.push(row);
  } else if (e !== row) index.set(key, [e, row]);
}

function entries(e: Entry | undefined): readonly PlaceRow[] {
  return e === undefined ? NONE : Array.isArray(e) ? e : [e];
}

/**
 * Places by id and by folded name. Entries are `PlaceRow`s: a `Place` plus its alternate
 * names, demonyms and codes.
 *
 * @example
 * const g = Gazetteer.fromTsv([placesTsv]);
 * g.lookup(foldName('Sinaloa')).map((p) => p.id) // ['admin1:MX.25', 'gn:3983035', ...]
 */
export class Gazetteer implements PlaceGazetteer {
  /** Most words in any name or demonym key, for longest-match scanning. */
  readonly maxNameTokens: number;
  readonly #byId: Map<string, PlaceRow>;
  readonly #names = new Map<string, Entry>();
  readonly #demonyms = new Map<string, Entry>();
  readonly #codes = new Map<string, Entry>();
  readonly #prefixes = new Set<string>();

  /** @param rows places sorted by id, ids unique, aliases applied */
  private constructor(rows: readonly PlaceRow[], byIdMap: Map<string, PlaceRow>) {
    this.#byId = byIdMap;
    let maxTokens = 0;
    const indexName = (index: Map<string, Entry>, name: string, r: PlaceRow) => {
      const key = foldName(name);
      if (!key) return;
      add(index, key, r);
      let sp = key.indexOf(' ');
      let tokens = 1;
      while (sp >= 0) {
        this.#prefixes.add(key.slice(0, sp));
        tokens++;
        sp = key.indexOf(' ', sp + 1);
      }
      if (tokens > maxTokens) maxTokens = tokens;
    };
    for (const r of rows) {
      indexName(this.#names, r.name, r);
      for (const n of r.names) indexName(this.#names, n, r);
      for (const d of r.demonyms) indexName(this.#demonyms, d, r);
      for (const c of r.codes) add(this.#codes, foldName(c), r);
    }
    this.maxNameTokens = maxTokens;
  }

  /**
   * Builds a gazetteer from TSV texts: places files (`places.tsv`, `courts.tsv`) and alias files
   * (`aliases.tsv`), in any order. Throws `file:line: problem` on a bad row, a duplicate id, or an
   * alias for an unknown id. Plain strings are named `tsv[<index>]` in messages.
   *
   * @param texts file contents, optionally with file names
   * @example Gazetteer.fromTsv([{ name: 'places.tsv', text }, { name: 'aliases.tsv', text: aliasText }])
   */
  static fromTsv(texts: ReadonlyArray<string | TsvSource>): Gazetteer {
    const files: { name: string; places: PlaceRow[] }[] = [];
    const aliases: AliasRow[] = [];
    let rows: PlaceRow[] = [];
    texts.forEach((t, i) => {
      const source = typeof t === 'string' ? { name: `tsv[${i}]`, text: t } : t;
      const parsed = parseGazetteerTsv(source);
      files.push({ name: source.name, places: parsed.places });
      rows = rows.length === 0 ? parsed.places : rows.concat(parsed.places);
      for (const a of parsed.aliases) aliases.push(a);
    });
    // Files are sorted already, so this is a cheap merge of a few runs (rows is ours to sort).
    rows.sort(byId);
    const byIdMap = new Map<string, PlaceRow>();
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      // Sorted, so a duplicate is the previous row.
      if (i > 0 && rows[i - 1]!.id === r.id) {
        const [first, second] = files.filter((f) => f.places.some((p) => p.id === r.id)).map((f) => f.name);
        throw new Error(`${second ?? first}: duplicate id ${r.id} (first in ${first})`);
      }
      byIdMap.set(r.id, r);
    }
    for (const a of aliases) {
      const r = byIdMap.get(a.id);
      if (!r) throw new Error(`${a.where}: alias for unknown id ${a.id}`);
      const key = foldName(a.value);
      if (a.field === 'names' && foldName(r.name) === key) continue;
      // Codes keep their spelling ("N.C." beside "NC"): the dots tell an AP abbreviation from an ISO code.
      const same = a.field === 'codes' ? (v: string) => v === a.value : (v: string) => foldName(v) === key;
      if (!r[a.field].some(same)) r[a.field] = [...r[a.field], a.value];
    }
    return new Gazetteer(rows, byIdMap);
  }

  /** Number of places. */
  get size(): number {
    return this.#byId.size;
  }

  /** The place with this id, or undefined. @example g.get('admin1:MX.25')?.name // 'Sinaloa' */
  get(id: string): PlaceRow | undefined {
    return this.#byId.get(id);
  }

  /**
   * Every place whose main or alternate name folds to `key`, sorted by id.
   *
   * @param key a `foldName` key
   * @example g.lookup('juarez') // [..., Ciudad Juárez (gn:4013708), ...]
   */
  lookup(key: string): readonly PlaceRow[] {
    return entries(this.#names.get(key));
  }

  /** Places whose demonym folds to `key` ("mexican" → Mexico), sorted by id. */
  lookupDemonym(key: string): readonly PlaceRow[] {
    return entries(this.#demonyms.get(key));
  }

  /** Places with this code, for "City, XX" patterns ("tex" → Texas, "lax" → the airport), sorted by id. */
  lookupCode(key: string): readonly PlaceRow[] {
    return entries(this.#codes.get(key));
  }

  /** True if some name or demonym key starts with `key + ' '`: keep scanning for a longer match. */
  hasPrefix(key: string): boolean {
    return this.#prefixes.has(key);
  }

  /** The first-level division a place lies in (`admin1:<country>.<admin1>`), if in the gazetteer. */
  admin1Of(place: Place): PlaceRow | undefined {
    if (!place.country || !place.admin1) return undefined;
    return this.#byId.get(`admin1:${place.country}.${place.admin1}`);
  }

  /** The country a place lies in, if in the gazetteer. */
  countryOf(place: Place): PlaceRow | undefined {
    return place.country ? this.#byId.get(`country:${place.country}`) : undefined;
  }

  /** Every name key with its places (for secondary indexes such as misspellings). */
  *entries(): IterableIterator<[string, readonly PlaceRow[]]> {
    for (const [key, e] of this.#names) yield [key, entries(e)];
  }

  /** All places, sorted by id. */
  places(): IterableIterator<PlaceRow> {
    return this.#byId.values();
  }

  /**
   * The four key indexes as built, each in the order its keys were first added, for the binary
   * compiler (`binary/compileGazetteer.ts`), which must reproduce them exactly.
   */
  keyIndexes(): {
    names: ReadonlyMap<string, readonly PlaceRow[]>;
    demonyms: ReadonlyMap<string, readonly PlaceRow[]>;
    codes: ReadonlyMap<string, readonly PlaceRow[]>;
    prefixes: ReadonlySet<string>;
  } {
    const lists = (index: Map<string, Entry>) => new Map([...index].map(([k, e]) => [k, entries(e)] as const));
    return { names: lists(this.#names), demonyms: lists(this.#demonyms), codes: lists(this.#codes), prefixes: this.#prefixes };
  }
}
