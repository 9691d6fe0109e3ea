/**
 * Scores role assignment against hand labels: accuracy and a confusion matrix over the labelled
 * mentions the geoparser found (a label whose span it did not find is counted apart, as missed).
 */
import type { Layer, Mention, Span } from '../types.ts';

/** One hand label: a span of a text and the role it should get. */
export interface RoleLabel extends Span {
  role: Layer;
  /** Why the label is what it is, where that was hard. */
  note?: string;
}

/** One labelled mention compared. */
export interface RoleOutcome extends Span {
  gold: Layer;
  /** The predicted role, or null when the geoparser found no mention at that span. */
  predicted: Layer | null;
  cue?: string;
}

/** Accuracy and confusion of a set of outcomes. */
export interface RoleScore {
  labelled: number;
  found: number;
  correct: number;
  /** correct / found. */
  accuracy: number;
  /** confusion[gold][predicted] = count. */
  confusion: Record<Layer, Record<Layer, number>>;
}

/** Role names in table order. */
export const ROLES: readonly Layer[] = ['incident', 'jurisdiction', 'territory', 'other'];

/**
 * Pairs labels with predicted mentions by exact span (or, failing that, any overlap).
 *
 * @example compareRoles([{ start: 0, end: 6, role: 'jurisdiction' }], mentions)[0].predicted // 'jurisdiction'
 */
export function compareRoles(labels: readonly RoleLabel[], mentions: readonly Mention[]): RoleOutcome[] {
  return labels.map((l) => {
    const m = mentions.find((x) => x.start === l.start && x.end === l.end) ?? mentions.find((x) => x.start < l.end && l.start < x.end);
    return { start: l.start, end: l.end, gold: l.role, predicted: m ? m.layer : null, ...(m?.cue ? { cue: m.cue } : {}) };
  });
}

/**
 * Accuracy over found mentions and the confusion matrix.
 *
 * @example scoreRoles([{ start: 0, end: 6, gold: 'other', predicted: 'other' }]).accuracy // 1
 */
export function scoreRoles(outcomes: readonly RoleOutcome[]): RoleScore {
  const confusion = Object.fromEntries(ROLES.map((g) => [g, Object.fromEntries(ROLES.map((p) => [p, 0]))])) as RoleScore['confusion'];
  let found = 0;
  let correct = 0;
  for (const o of outcomes) {
    if (o.predicted === null) continue;
    found++;
    if (o.predicted === o.gold) correct++;
    confusion[o.gold][o.predicted]++;
  }
  return { labelled: outcomes.length, found, correct, accuracy: found ? Math.round((correct / found) * 1000) / 1000 : 0, confusion };
}

/**
 * The confusion matrix as text rows (gold down, predicted across).
 *
 * @example formatConfusion(score).split('\n')[0] // 'gold \\ predicted   incident  jurisdiction  territory  other'
 */
export function formatConfusion(score: RoleScore): string {
  const w = 13;
  const head = 'gold \\ predicted'.padEnd(18) + ROLES.map((r) => r.padStart(w)).join('');
  const rows = ROLES.map((g) => g.padEnd(18) + ROLES.map((p) => String(score.confusion[g][p]).padStart(w)).join(''));
  return [head, ...rows].join('\n');
}
