/**
 * One mention as the correction buttons see it, wherever it is shown (an excerpt in the place
 * panel, a marked place in the reader): its article and span, what it is now, and who decided.
 */
import type { MachineReading, Verification } from '../../../geo/annotations/applyCorrections.ts';
import type { CorrectionAnnotation } from '../../../geo/annotations/model.ts';
import { selectorsOf } from '../../../geo/annotations/model.ts';
import type { Excerpt, Layer, MarkedPlace } from '../../../geo/types.ts';

export interface MentionRef {
  articleId: string;
  /** The mention's span in the article's text. */
  start: number;
  end: number;
  /** The words in the text. */
  text: string;
  /** The place it is resolved to now. */
  name: string;
  placeId: string;
  layer: Layer;
  /** The resolver's confidence in the place, 0..1, when known. */
  confidence?: number;
  /** Who checked it, when a person did. */
  verified?: Verification;
  /** The machine's reading before the person's correction (null: the machine had missed it). */
  machine?: MachineReading | null;
}

type Checked = { verified?: Verification; machine?: MachineReading | null; placeConfidence?: number };

/** The mention an excerpt of a feature shows (null for an excerpt without its article span). */
export function mentionOfExcerpt(ex: Excerpt & Checked, feature: { name: string; placeId: string; layer: Layer }): MentionRef | null {
  if (ex.mentionStart === undefined || ex.mentionEnd === undefined) return null;
  return {
    articleId: ex.articleId,
    start: ex.mentionStart,
    end: ex.mentionEnd,
    text: ex.text.slice(ex.start, ex.end),
    name: feature.name,
    placeId: feature.placeId,
    layer: ex.role ?? feature.layer,
    confidence: ex.placeConfidence,
    verified: ex.verified,
    machine: ex.machine,
  };
}

/** The mention a marked place in the reader is. */
export function mentionOfMarked(articleId: string, text: string, p: MarkedPlace & Checked & { confidence?: number }): MentionRef {
  return {
    articleId,
    start: p.start,
    end: p.end,
    text: text.slice(p.start, p.end),
    name: p.name,
    placeId: p.placeId,
    layer: p.layer,
    confidence: p.confidence,
    verified: p.verified,
    machine: p.machine,
  };
}

/**
 * The correction that decided this mention (what "Undo" beside it takes back): the one its
 * `verified` names (it may have been re-anchored since), else the newest made of exactly its span.
 */
export function correctionOf(list: readonly CorrectionAnnotation[], m: Pick<MentionRef, 'articleId' | 'start' | 'end' | 'verified'>): CorrectionAnnotation | null {
  if (m.verified) {
    const v = m.verified;
    for (let i = list.length - 1; i >= 0; i--) {
      const a = list[i];
      if (a.target.source === m.articleId && a.created === v.at && a.creator === v.by) return a;
    }
  }
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i];
    if (a.target.source !== m.articleId) continue;
    const { position } = selectorsOf(a);
    if (position.start === m.start && position.end === m.end) return a;
  }
  return null;
}
