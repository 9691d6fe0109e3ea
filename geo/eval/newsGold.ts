/**
 * The news set's format (`tests/fixtures/news/FORMAT.md`): invented passages whose place names are
 * labelled by their text (and `nth` occurrence), role and location (a gazetteer id or
 * coordinates), with the capitalised non-places listed apart. Converted here to the gold format of
 * the development corpora (`gold.ts`) so the same scorer applies. Pure: the caller passes a
 * look-up for gazetteer ids.
 */
import type { Layer, Span } from '../types.ts';
import type { GoldDoc, GoldToponym } from './gold.ts';

/** One converted news passage: the gold document, its non-places, and how it is classed. */
export interface NewsDoc {
  doc: GoldDoc;
  /** Spans of the capitalised names that are not places here. */
  nonPlaces: Span[];
  topic: string;
  style: string;
  date: string | null;
  /** Each toponym's labelled role, in the order of `doc.toponyms`. */
  roles: Layer[];
}

export type NewsLineResult = { ok: true; news: NewsDoc } | { ok: false; error: string };

const ROLES: readonly Layer[] = ['incident', 'jurisdiction', 'territory', 'other'];

/** Whether a parsed JSON line is in the news format rather than the corpora's. */
export function isNewsLine(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && Array.isArray((raw as { labels?: unknown }).labels);
}

/** The start of the `nth` (0-based) occurrence of `needle` in `text`, or -1. */
export function nthIndexOf(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Converts one news line. Every problem is a message naming the label (the caller prefixes
 * `file:line`): a label whose text does not occur `nth + 1` times, an unknown gazetteer id, a bad
 * role or coordinate.
 *
 * @param where a gazetteer id's point, or undefined when the id is unknown
 * @example parseNewsLine('{"id":"c-1","style":"wire","topic":"cartel","date":"2025-01-02","text":"In Culiacán.","labels":[{"text":"Culiacán","role":"incident","lat":24.8,"lon":-107.39}]}', () => undefined)
 */
export function parseNewsLine(line: string, where: (id: string) => { lat: number; lon: number } | undefined): NewsLineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  if (!isNewsLine(raw)) return { ok: false, error: 'not a news passage (needs "labels")' };
  const r = raw as Record<string, unknown>;
  const id = r.id;
  const text = r.text;
  if (typeof id !== 'string' || !id) return { ok: false, error: '"id" must be a non-empty string' };
  if (typeof text !== 'string') return { ok: false, error: `passage ${id}: "text" must be a string` };
  const toponyms: GoldToponym[] = [];
  const roles: Layer[] = [];
  const labels = r.labels as unknown[];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as Record<string, unknown>;
    const at = `passage ${id}: labels[${i}]`;
    const span = spanOf(text, l, at);
    if (typeof span === 'string') return { ok: false, error: span };
    if (typeof l.role !== 'string' || !(ROLES as readonly string[]).includes(l.role)) return { ok: false, error: `${at}: role must be one of ${ROLES.join(', ')}` };
    let lat: number | null = null;
    let lon: number | null = null;
    if (typeof l.placeId === 'string') {
      const p = where(l.placeId);
      if (!p) return { ok: false, error: `${at}: unknown gazetteer id "${l.placeId}"` };
      ({ lat, lon } = p);
    } else if (typeof l.lat === 'number' && typeof l.lon === 'number' && Math.abs(l.lat) <= 90 && Math.abs(l.lon) <= 180) {
      lat = l.lat;
      lon = l.lon;
    } else return { ok: false, error: `${at}: needs "placeId" or "lat" and "lon" in range` };
    toponyms.push({ start: span.start, end: span.end, name: text.slice(span.start, span.end), lat, lon, ...(typeof l.placeId === 'string' ? { placeId: l.placeId } : {}) });
    roles.push(l.role as Layer);
  }
  const nonPlaces: Span[] = [];
  for (const [i, n] of ((r.notPlaces as unknown[] | undefined) ?? []).entries()) {
    const span = spanOf(text, n as Record<string, unknown>, `passage ${id}: notPlaces[${i}]`);
    if (typeof span === 'string') return { ok: false, error: span };
    nonPlaces.push(span);
  }
  const order = toponyms.map((t, k) => k).sort((a, b) => toponyms[a]!.start - toponyms[b]!.start);
  return {
    ok: true,
    news: {
      doc: { id, text, toponyms: order.map((k) => toponyms[k]!) },
      nonPlaces,
      topic: typeof r.topic === 'string' ? r.topic : 'unknown',
      style: typeof r.style === 'string' ? r.style : 'unknown',
      date: typeof r.date === 'string' ? r.date : null,
      roles: order.map((k) => roles[k]!),
    },
  };
}

function spanOf(text: string, l: Record<string, unknown>, at: string): Span | string {
  if (typeof l !== 'object' || l === null || typeof l.text !== 'string' || !l.text) return `${at}: "text" must be a non-empty string`;
  const nth = l.nth === undefined ? 0 : l.nth;
  if (!Number.isInteger(nth) || (nth as number) < 0) return `${at}: "nth" must be a whole number`;
  const start = nthIndexOf(text, l.text, nth as number);
  if (start < 0) return `${at}: "${l.text}" does not occur ${(nth as number) + 1} time(s) in the text`;
  return { start, end: start + l.text.length };
}
