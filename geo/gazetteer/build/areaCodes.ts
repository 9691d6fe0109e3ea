/**
 * The telephone area codes of the 50 US states and DC, from the `areacodes` package's table.
 */

/** One entry of the `areacodes` package's `lib/data.json`. */
export interface AreaCodeSource {
  type?: string;
  state?: string;
  stateCode?: string;
}

/** Postal codes of the 50 states and DC: the only areas kept (no territories, no toll-free codes). */
const STATES = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
    'RI SC SD TN TX UT VT VA WA WV WI WY').split(' '),
);

/**
 * Area code → state postal code, sorted by code, for local (geographic) codes of a state or DC.
 *
 * @example areaCodeTable({ '304': { type: 'local', stateCode: 'WV' }, '800': { type: 'tollfree' } }) // { '304': 'WV' }
 */
export function areaCodeTable(source: Readonly<Record<string, AreaCodeSource>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const code of Object.keys(source).sort()) {
    const e = source[code]!;
    const st = e.stateCode?.toUpperCase();
    if (/^\d{3}$/.test(code) && e.type === 'local' && st && STATES.has(st)) out[code] = st;
  }
  return out;
}
