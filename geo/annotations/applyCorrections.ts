/**
 * Applies readers' corrections to one article's geoparse mentions: each correction is
 * re-anchored in the article's text ({@link anchor}) and acts on the mention its span overlaps
 * most. A correction that cannot be anchored, or finds no mention to act on, is returned as
 * orphaned with its quote — never silently dropped.
 */
import type { MachineReading, Mention, Place, Verification } from '../types.ts';
import { anchor } from './anchor.ts';
import { selectorsOf, type CorrectionAnnotation, type LocatedCorrection } from './model.ts';
import { codePointOrder } from '../codePointOrder.ts';

export type { MachineReading, Verification } from '../types.ts';
/** A mention with, when a person checked it, who did and what the machine had said. */
export type CheckedMention = Mention & { verified?: Verification; machine?: MachineReading | null };

/** A correction that could not be applied, with its quote so a reader can find it again. */
export interface OrphanedCorrection {
  at: string;
  id: string;
  article: string;
  quote: string;
  reason: 'quote not found' | 'no mention there' | 'unknown place';
}

/** Looks up places by id (the gazetteer). */
export interface PlaceById {
  get(id: string): Place | undefined;
}

/**
 * The article's mentions after its corrections, sorted by position, and the corrections that
 * could not be applied. Corrections apply oldest first (`created`, then `id`), so a later
 * decision on the same words wins whatever the order in the file.
 *
 * @param corrections this article's corrections (`target.source` = the article's id)
 * @example applyCorrections(article, mentions, [notAPlace], gazetteer).mentions.length // one fewer
 */
export function applyCorrections(
  article: { id: string; text: string },
  mentions: readonly Mention[],
  corrections: readonly LocatedCorrection[],
  places: PlaceById,
): { mentions: CheckedMention[]; orphaned: OrphanedCorrection[]; applied: number } {
  let out: CheckedMention[] = mentions.map((m) => ({ ...m }));
  const orphaned: OrphanedCorrection[] = [];
  let applied = 0;
  const ordered = [...corrections].sort((a, b) => codePointOrder(a.annotation.created, b.annotation.created) || codePointOrder(a.annotation.id, b.annotation.id));
  for (const { at, annotation } of ordered) {
    const { quote, position } = selectorsOf(annotation);
    const orphan = (reason: OrphanedCorrection['reason']) => orphaned.push({ at, id: annotation.id, article: article.id, quote: quote.exact, reason });
    const where = anchor(article.text, quote, position);
    if (where.orphaned) {
      orphan('quote not found');
      continue;
    }
    const { start, end } = where;
    const index = mostOverlapping(out, start, end);
    const target = index >= 0 ? out[index] : null;
    const verified: Verification = { by: annotation.creator, at: annotation.created, change: annotation.body.change };
    const machineOf = (m: CheckedMention): MachineReading | null => (m.machine !== undefined ? m.machine : { layer: m.layer, placeId: m.placeId, name: m.name, confidence: m.confidence });
    const body = annotation.body;
    if (body.change === 'not-a-place') {
      if (target) out = out.filter((_, i) => i !== index);
      applied++;
      continue;
    }
    if (body.change === 'choose-place' || body.change === 'add-place') {
      const place = places.get(body.placeId);
      if (!place) {
        orphan('unknown place');
        continue;
      }
      const placed = { name: place.name, lat: place.lat, lon: place.lon, placeId: place.id, featureType: place.featureType, confidence: 1 };
      if (target) {
        out[index] = { ...target, ...placed, ...(body.change === 'add-place' && body.layer ? { layer: body.layer } : {}), verified, machine: machineOf(target) };
      } else {
        const layer = body.change === 'add-place' ? (body.layer ?? 'other') : 'other';
        out.push({ start, end, text: article.text.slice(start, end), ...placed, layer, verified, machine: null });
      }
      applied++;
      continue;
    }
    if (!target) {
      orphan('no mention there');
      continue;
    }
    if (body.change === 'confirm') out[index] = { ...target, verified, machine: machineOf(target) };
    else if (body.change === 'change-layer') {
      const { also: _also, ...rest } = target;
      out[index] = { ...rest, layer: body.layer, roleConfidence: 1, verified, machine: machineOf(target) };
    } else if (body.change === 'move') {
      // A point of the reader's own: an id no gazetteer entry has, so the layers use these coordinates.
      out[index] = { ...target, lon: body.lon, lat: body.lat, placeId: `point:${body.lon},${body.lat}`, confidence: 1, verified, machine: machineOf(target) };
    }
    applied++;
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions: out, orphaned, applied };
}

/**
 * Applies a reader's corrections to several articles' results, as the page's worker does: each
 * correction goes to the article its `target.source` names (located as `at: 'page'`); those for
 * articles not given are ignored, not errors (the page sends shipped and added articles apart).
 * Results without corrections are returned as they are.
 *
 * @example correctResults([article], [result], [notAPlace], gazetteer).applied // 1
 */
export function correctResults<R extends { id: string; mentions: Mention[] }>(
  articles: ReadonlyArray<{ id: string; text: string }>,
  results: readonly R[],
  corrections: readonly CorrectionAnnotation[],
  places: PlaceById,
): { results: R[]; orphaned: OrphanedCorrection[]; applied: number } {
  const byArticle = new Map<string, LocatedCorrection[]>();
  for (const annotation of corrections) {
    const list = byArticle.get(annotation.target.source);
    if (list) list.push({ at: 'page', annotation });
    else byArticle.set(annotation.target.source, [{ at: 'page', annotation }]);
  }
  const articleOf = new Map(articles.map((a) => [a.id, a]));
  const orphaned: OrphanedCorrection[] = [];
  let applied = 0;
  const out = results.map((r) => {
    const mine = byArticle.get(r.id);
    const article = articleOf.get(r.id);
    if (!mine || !article) return r;
    const done = applyCorrections(article, r.mentions, mine, places);
    orphaned.push(...done.orphaned);
    applied += done.applied;
    return { ...r, mentions: done.mentions };
  });
  return { results: out, orphaned, applied };
}

/** Index of the mention sharing most characters with `start..end` (first on ties), or -1. */
function mostOverlapping(mentions: readonly Mention[], start: number, end: number): number {
  let best = -1;
  let bestOverlap = 0;
  mentions.forEach((m, i) => {
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = i;
    }
  });
  return best;
}
