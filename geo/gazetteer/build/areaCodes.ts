/**
 * Telephone area codes → the first-level divisions they serve, as `CC.admin1` keys of the
 * gazetteer (`US.WV`, `CA.08`): the 50 US states and DC from the `areacodes` package's table,
 * Canada's provinces and territories from `data/sources/canada-area-codes.tsv`.
 */

/** One entry of the `areacodes` package's `lib/data.json`. */
export interface AreaCodeSource {
  type?: string;
  state?: string;
  stateCode?: string;
}

/** Postal codes of the 50 states and DC: the only US areas kept (no territories, no toll-free codes). */
const STATES = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
    'RI SC SD TN TX UT VT VA WA WV WI WY').split(' '),
);

/** Canadian postal abbreviations → GeoNames admin1 codes (the gazetteer's `admin1:CA.<code>`). */
const PROVINCES: Readonly<Record<string, string>> = {
  AB: '01', BC: '02', MB: '03', NB: '04', NL: '05', NS: '07', ON: '08', PE: '09', QC: '10', SK: '11', YT: '12', NT: '13', NU: '14',
};

/**
 * Area code → `US.<postal>` for local (geographic) codes of a state or DC.
 *
 * @example usAreaCodes({ '304': { type: 'local', stateCode: 'WV' }, '800': { type: 'tollfree' } }) // { '304': ['US.WV'] }
 */
export function usAreaCodes(source: Readonly<Record<string, AreaCodeSource>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const code of Object.keys(source)) {
    const e = source[code]!;
    const st = e.stateCode?.toUpperCase();
    if (/^\d{3}$/.test(code) && e.type === 'local' && st && STATES.has(st)) out[code] = [`US.${st}`];
  }
  return out;
}

/**
 * Parses `canada-area-codes.tsv` (`#` comments, a `code provinces` header) to area code →
 * `CA.<admin1>` keys. Throws `file:line: problem` on a bad line.
 *
 * @example canadaAreaCodes('code\tprovinces\n519\tON\n902\tNS PE\n') // { '519': ['CA.08'], '902': ['CA.07', 'CA.09'] }
 */
export function canadaAreaCodes(text: string, file = 'canada-area-codes.tsv'): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let header = false;
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [code, provinces, ...rest] = line.split('\t');
    if (!header) {
      if (code !== 'code' || provinces !== 'provinces') throw new Error(`${file}:${i + 1}: expected the header "code<TAB>provinces"`);
      header = true;
      return;
    }
    if (rest.length || !code || !/^\d{3}$/.test(code)) throw new Error(`${file}:${i + 1}: expected a three-digit code and its provinces`);
    if (out[code]) throw new Error(`${file}:${i + 1}: code ${code} listed twice`);
    out[code] = (provinces ?? '').split(' ').map((p) => {
      const admin1 = PROVINCES[p];
      if (!admin1) throw new Error(`${file}:${i + 1}: unknown province ${JSON.stringify(p)}`);
      return `CA.${admin1}`;
    });
  });
  return out;
}

/**
 * The two tables joined, sorted by code. A code in both is an error (the plans do not overlap).
 *
 * @example joinAreaCodes({ '304': ['US.WV'] }, { '519': ['CA.08'] }) // { '304': ['US.WV'], '519': ['CA.08'] }
 */
export function joinAreaCodes(...tables: Readonly<Record<string, string[]>>[]): Record<string, string[]> {
  const all: Record<string, string[]> = {};
  for (const t of tables) {
    for (const [code, areas] of Object.entries(t)) {
      if (all[code]) throw new Error(`area code ${code} is in two tables`);
      all[code] = areas;
    }
  }
  return Object.fromEntries(Object.keys(all).sort().map((c) => [c, all[c]!]));
}
