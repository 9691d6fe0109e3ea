/**
 * The explorer's one filter, which the map, the place list, the counts, the legend, the reader
 * and the exports all obey. A place is shown when it matches every part that is set: any of the
 * chosen actors, kinds, articles and publications; at least the confidence; checked by a person
 * or not; one of its dates within the time range; its name (or group, or where it is) containing
 * the search words.
 */
import type { LayerKey } from '../layers.ts';
import { dayOf } from './dates.ts';
import { fold, type FeatureFacts } from './facts.ts';

export type Checked = 'all' | 'verified' | 'machine';

export interface ViewFilter {
  actors: readonly string[];
  kinds: readonly string[];
  articles: readonly string[];
  publications: readonly string[];
  /** 0..1; 0 lets everything through. */
  minConfidence: number;
  checked: Checked;
  /** `YYYY-MM-DD`, inclusive; null for open. */
  from: string | null;
  to: string | null;
  /** Words the place's name, group or where must contain. */
  q: string;
}

export const NO_FILTER: ViewFilter = { actors: [], kinds: [], articles: [], publications: [], minConfidence: 0, checked: 'all', from: null, to: null, q: '' };

/** Whether any part of the filter is set (the layers apart). */
export function isFiltered(v: ViewFilter): boolean {
  return (
    v.actors.length > 0 || v.kinds.length > 0 || v.articles.length > 0 || v.publications.length > 0 || v.minConfidence > 0 || v.checked !== 'all' || v.from !== null || v.to !== null || v.q.trim() !== ''
  );
}

/** A compiled filter: one test per feature. */
export function compileFilter(v: ViewFilter): (f: FeatureFacts) => boolean {
  const any = (chosen: readonly string[]) => {
    if (chosen.length === 0) return null;
    const set = new Set(chosen);
    return (xs: readonly string[]) => xs.some((x) => set.has(x));
  };
  const actors = any(v.actors);
  const kinds = any(v.kinds);
  const articles = any(v.articles);
  const pubs = any(v.publications);
  const from = v.from ? dayOf(v.from) : -Infinity;
  const to = v.to ? dayOf(v.to) : Infinity;
  const timed = v.from !== null || v.to !== null;
  const needle = fold(v.q.trim());
  return (f) =>
    (!actors || actors(f.actors)) &&
    (!kinds || kinds(f.kinds)) &&
    (!articles || articles(f.articles)) &&
    (!pubs || pubs(f.publications)) &&
    f.confidence >= v.minConfidence &&
    (v.checked === 'all' || (v.checked === 'verified' ? f.verified > 0 : f.verified === 0)) &&
    (!timed || f.spans.some(([d0, d1]) => d1 >= from && d0 <= to)) &&
    (!needle || f.text.includes(needle));
}

/** "Sinaloa Cartel · arrest · 2019-01-01 to 2019-12-31", for exports and announcements. */
export function describeFilter(v: ViewFilter, layers: readonly LayerKey[], titleOf: (id: string) => string = (id) => id): string {
  const parts: string[] = [];
  if (layers.length < 3) parts.push(`layers: ${layers.join(', ') || 'none'}`);
  if (v.actors.length) parts.push(`actor: ${v.actors.join(' or ')}`);
  if (v.kinds.length) parts.push(`kind: ${v.kinds.join(' or ')}`);
  if (v.articles.length) parts.push(`article: ${v.articles.map(titleOf).join(' or ')}`);
  if (v.publications.length) parts.push(`publication: ${v.publications.join(' or ')}`);
  if (v.minConfidence > 0) parts.push(`confidence ≥ ${Math.round(v.minConfidence * 100)}%`);
  if (v.checked !== 'all') parts.push(v.checked === 'verified' ? 'checked by a person' : 'machine-found only');
  if (v.from || v.to) parts.push(`dates ${v.from ?? '…'} to ${v.to ?? '…'}`);
  if (v.q.trim()) parts.push(`search: “${v.q.trim()}”`);
  return parts.length ? parts.join(' · ') : 'everything';
}
