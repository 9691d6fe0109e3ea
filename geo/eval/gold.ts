/**
 * The gold-standard format of the geoparsing development corpora (one JSON document per line;
 * see /work/shared/geoparse-dev/README.md) and a strict line parser for it.
 */

/** One gold toponym: a span of the document text and, when the gold has them, coordinates. */
export interface GoldToponym {
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  name: string;
  /** Null when the gold gives no coordinates: counted for recognition, not resolution. */
  lat: number | null;
  lon: number | null;
  /** Extra gold fields (geonames_id, fcode, country, admin1...), kept for the error report. */
  [extra: string]: unknown;
}

/** One gold document. */
export interface GoldDoc {
  id: string;
  text: string;
  toponyms: GoldToponym[];
}

export type GoldLineResult = { ok: true; doc: GoldDoc } | { ok: false; error: string };

/**
 * Parses and checks one line of a gold file. Every problem is reported as a message naming what is
 * wrong (the caller prefixes `file:line`); a line with any problem is rejected whole, so a scored
 * document is never half-checked.
 */
export function parseGoldLine(line: string): GoldLineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(raw)) return fail('not a JSON object');
  const { id, text, toponyms } = raw;
  if (typeof id !== 'string' || id === '') return fail('"id" must be a non-empty string');
  if (typeof text !== 'string') return fail(`doc ${id}: "text" must be a string`);
  if (!Array.isArray(toponyms)) return fail(`doc ${id}: "toponyms" must be an array`);

  const out: GoldToponym[] = [];
  for (let i = 0; i < toponyms.length; i++) {
    const t: unknown = toponyms[i];
    const where = `doc ${id}: toponyms[${i}]`;
    if (!isObject(t)) return fail(`${where} is not an object`);
    const { start, end, name, lat, lon } = t;
    if (!Number.isInteger(start) || !Number.isInteger(end))
      return fail(`${where}: "start" and "end" must be integers`);
    const s = start as number;
    const e = end as number;
    if (s < 0 || e <= s || e > text.length)
      return fail(`${where}: span ${s}-${e} is empty or outside the text (length ${text.length})`);
    const surface = text.slice(s, e);
    if (name !== undefined && name !== surface)
      return fail(`${where}: "name" ${JSON.stringify(name)} != text.slice(${s}, ${e}) ${JSON.stringify(surface)}`);
    const hasLat = lat !== null && lat !== undefined;
    const hasLon = lon !== null && lon !== undefined;
    if (hasLat !== hasLon) return fail(`${where}: "lat" and "lon" must both be numbers or both null`);
    if (hasLat) {
      if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90)
        return fail(`${where}: "lat" ${JSON.stringify(lat)} is not a latitude`);
      if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180)
        return fail(`${where}: "lon" ${JSON.stringify(lon)} is not a longitude`);
    }
    out.push({
      ...t,
      start: s,
      end: e,
      name: surface,
      lat: hasLat ? (lat as number) : null,
      lon: hasLon ? (lon as number) : null,
    });
  }
  return { ok: true, doc: { id, text, toponyms: out } };
}

function fail(error: string): GoldLineResult {
  return { ok: false, error };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
