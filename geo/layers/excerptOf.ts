/** One excerpt of a layer feature: the sentence around a mention and the evidence for its role. */
import { excerptAround } from '../sentences.ts';
import type { Article, Excerpt, Layer, Mention, RoleDetail, Span } from '../types.ts';

/**
 * The excerpt of one mention in one role, with its provenance (article, sentence, span) and
 * evidence (role, cue and its offsets inside the excerpt, confidence, kind, date, claim).
 *
 * @param sentence the mention's sentence index in `spans`
 * @param max longest excerpt, characters
 * @example excerptOf(article, m, roleOf(m), sentences(article.text), 0, 400).cue // 'prosecutors in'
 */
export function excerptOf(article: Article, m: Mention, role: RoleDetail, spans: Span[], sentence: number, max: number): Excerpt {
  const ex = excerptAround(article.text, m, spans, max);
  const base = m.start - ex.start; // article offset of excerpt text index 0 (ignoring a leading "…")
  const e: Excerpt = {
    articleId: article.id,
    title: article.title,
    text: ex.text,
    start: ex.start,
    end: ex.end,
    mentionStart: m.start,
    mentionEnd: m.end,
    sentence,
    role: role.layer as Exclude<Layer, 'other'>,
  };
  if (role.cue !== undefined) e.cue = role.cue;
  if (role.cueStart !== undefined && role.cueEnd !== undefined) {
    const s = role.cueStart - base;
    const t = role.cueEnd - base;
    if (s >= 0 && t <= ex.text.length && ex.text.slice(s, t) === article.text.slice(role.cueStart, role.cueEnd)) {
      e.cueStart = s;
      e.cueEnd = t;
    }
  }
  if (role.roleConfidence !== undefined) e.confidence = role.roleConfidence;
  if (role.kind !== undefined) e.kind = role.kind;
  if (role.actors?.length) e.actors = role.actors;
  if (role.date !== undefined) {
    e.date = role.date;
    e.dateApprox = role.dateApprox ?? false;
  }
  if (role.claim !== undefined) e.claim = role.claim;
  if (role.period !== undefined) e.period = role.period;
  if (m.facility) e.facility = { kind: m.facility.kind, text: m.facility.text };
  return e;
}
