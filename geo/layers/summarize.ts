/**
 * Feature-level properties from a feature's excerpts: the incident kind most excerpts give,
 * the actors, the earliest date, the strongest claim, the periods, the highest confidence.
 */
import type { ClaimKind, Excerpt, IncidentKind, JurisdictionKind, LayerProperties } from '../types.ts';
import { codePointOrder } from '../codePointOrder.ts';

/** Claim kinds, strongest first. */
export const CLAIM_ORDER: readonly ClaimKind[] = ['controls', 'contests', 'expands into', 'based in', 'named after'];
const INCIDENT_ORDER: readonly IncidentKind[] = ['killing', 'arrest', 'raid', 'seizure', 'extradition', 'smuggling', 'meeting', 'other'];

/**
 * The summary properties of one feature (only those with a value).
 *
 * @param unitKind for jurisdictions: what the feature's place is (country, state, district, court), or null for a city (then the excerpts decide)
 * @example summarize('incident', [{ kind: 'arrest', date: '2020-10', dateApprox: true, … }], null) // { kind: 'arrest', date: '2020-10', dateApprox: true, confidence: … }
 */
export function summarize(layer: LayerProperties['layer'], excerpts: readonly Excerpt[], unitKind: JurisdictionKind | null): Partial<LayerProperties> {
  const out: Partial<LayerProperties> = {};
  if (layer === 'incident') {
    const kinds = excerpts.map((e) => e.kind as IncidentKind | undefined).filter((k): k is IncidentKind => !!k);
    const best = mostFrequent(kinds, INCIDENT_ORDER);
    if (best) out.kind = best;
    const dated = excerpts.filter((e) => e.date).sort((a, b) => codePointOrder(a.date!, b.date!) || Number(a.dateApprox ?? false) - Number(b.dateApprox ?? false));
    if (dated.length) {
      out.date = dated[0].date;
      out.dateApprox = dated[0].dateApprox ?? false;
    }
  } else if (layer === 'jurisdiction') {
    const kinds = excerpts.map((e) => e.kind as JurisdictionKind | undefined).filter((k): k is JurisdictionKind => !!k);
    const kind = unitKind ?? mostFrequent<JurisdictionKind>(kinds, ['court', 'prosecutor', 'city', 'district', 'state', 'country']);
    if (kind) out.kind = kind;
  } else {
    const claims = CLAIM_ORDER.filter((c) => excerpts.some((e) => e.claim === c));
    if (claims.length) {
      out.claim = claims[0];
      out.claims = claims;
    }
    const periods = [...new Set(excerpts.flatMap((e) => (e.period ? e.period.split('; ') : [])))];
    if (periods.length) out.period = periods.join('; ');
  }
  const actors = [...new Set(excerpts.flatMap((e) => e.actors ?? []))].sort(codePointOrder);
  if (actors.length) out.actors = actors;
  const conf = excerpts.flatMap((e) => (e.confidence === undefined ? [] : [e.confidence]));
  // (A loop, not Math.max(...conf): one article can give more excerpts than a call takes arguments.)
  if (conf.length) out.confidence = conf.reduce((a, b) => Math.max(a, b));
  return out;
}

function mostFrequent<K extends string>(items: K[], order: readonly K[]): K | undefined {
  const n = new Map<K, number>();
  for (const k of items) n.set(k, (n.get(k) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0]?.[0];
}
