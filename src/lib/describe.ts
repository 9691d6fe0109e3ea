/**
 * Words for a feature's and an excerpt's evidence, as plain strings (the panel renders them as
 * text): kind, claim, date, period, actors, cue, confidence.
 */
import type { Excerpt, LayerProperties } from '../../geo/types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "17 Nov 2020", "Oct 2020", "2011"; approximate dates get "c.".
 *
 * @example formatDate('2020-10', true) // 'c. Oct 2020'
 */
export function formatDate(date: string, approximate = false): string {
  const [y, m, d] = date.split('-');
  const text = d ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}` : m ? `${MONTHS[Number(m) - 1]} ${y}` : y;
  return approximate ? `c. ${text}` : text;
}

/** A claim kind as a phrase ("expands into"). */
export function claimPhrase(claim: string): string {
  return claim === 'named after' ? 'bears its name' : claim;
}

/**
 * The feature's facts for the panel header, in reading order.
 *
 * @example featureFacts({ layer: 'incident', kind: 'arrest', date: '2020-10', dateApprox: true, … }) // ['arrest', 'c. Oct 2020']
 */
export function featureFacts(p: LayerProperties): string[] {
  const out: string[] = [];
  if (p.layer === 'territory' && p.claims?.length) out.push(p.claims.map(claimPhrase).join(', '));
  if (p.kind) out.push(p.kind);
  if (p.date) out.push(formatDate(p.date, p.dateApprox));
  if (p.period) out.push(p.period);
  return out;
}

/**
 * One excerpt's evidence: its kind or claim, its date, and its period.
 *
 * @example excerptFacts({ role: 'incident', kind: 'arrest', date: '2020-10', dateApprox: true, … }) // ['arrest', 'c. Oct 2020']
 */
export function excerptFacts(e: Excerpt): string[] {
  const out: string[] = [];
  if (e.claim) out.push(claimPhrase(e.claim));
  if (e.kind) out.push(e.kind);
  if (e.date) out.push(formatDate(e.date, e.dateApprox));
  if (e.period) out.push(e.period);
  if (e.facility) out.push(`at the ${e.facility.kind}: ${e.facility.text}`);
  return out;
}

/** ACLED's geo-precision codes in words: how exactly a place says where something is. */
export const PRECISION_WORD: Record<1 | 2 | 3 | 4, string> = {
  1: 'a town, city or site',
  2: 'a district or county',
  3: 'a state or region',
  4: 'a country or larger',
};

/**
 * The panel's line on where a feature lies and how precise it is.
 *
 * @example placeLine({ where: 'Sonora, Mexico', precision: 3, … }) // 'Sonora, Mexico · geo-precision 3 (a state or region)'
 */
export function placeLine(p: Pick<LayerProperties, 'where' | 'precision'>): string {
  return [p.where, p.precision ? `geo-precision ${p.precision} (${PRECISION_WORD[p.precision]})` : ''].filter(Boolean).join(' · ');
}
