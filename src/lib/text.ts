/** Lower-cases and strips accents so "mazatlan" finds "Mazatlán". */
export function foldForFilter(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A piece of article text, either plain or a marked place. */
export type Segment<P> = { text: string; place: null } | { text: string; place: P };

/** Splits text into plain and marked pieces; overlapping or out-of-range spans are skipped. */
export function segments<P extends { start: number; end: number }>(text: string, places: P[]): Segment<P>[] {
  const out: Segment<P>[] = [];
  let at = 0;
  for (const p of [...places].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (p.start < at || p.end > text.length || p.end <= p.start) continue;
    if (p.start > at) out.push({ text: text.slice(at, p.start), place: null });
    out.push({ text: text.slice(p.start, p.end), place: p });
    at = p.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), place: null });
  return out;
}
