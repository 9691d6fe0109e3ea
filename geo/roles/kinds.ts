/**
 * What a role's cue says about the mention, as data: the kind of incident an event word names,
 * the kind of jurisdiction a legal word names, and the kind of claim a territory phrase makes.
 * Rules are tried in order; the first whose pattern matches the cue wins.
 */
import type { ClaimKind, IncidentKind, JurisdictionKind } from '../types.ts';

/** Event words → incident kind. */
export const INCIDENT_KINDS: Array<[RegExp, IncidentKind]> = [
  [/extradit|deport/i, 'extradition'],
  [/arrest|captur|detain|detention|apprehend|custody|nabbed|caught/i, 'arrest'],
  [/kill|murder|assassinat|slain|shot|shooting|massacre|execut|behead|dead|bodies|homicide|gunned down/i, 'killing'],
  [/raid|bust/i, 'raid'],
  [/seiz|confiscat|intercept|haul/i, 'seizure'],
  [/smuggl|traffick|shipped|shipment|route|flown|crossed|brought/i, 'smuggling'],
  [/\bmet\b|meet/i, 'meeting'],
];

/** Legal words → jurisdiction kind (the place's own type decides when none matches). */
export const JURISDICTION_CUE_KINDS: Array<[RegExp, JurisdictionKind]> = [
  [/court|judge|tribunal|trial|tried|convicted|sentenced|lawsuit|ruled/i, 'court'],
  [/prosecut|attorney|grand jury|indict|charge/i, 'prosecutor'],
];

/** Territory phrases → claim kind. */
export const CLAIM_KINDS: Array<[RegExp, ClaimKind]> = [
  [/fight|fought|battl|war\b|disput|contest/i, 'contests'],
  [/expan|mov(?:ed|ing|es)|push|spread|territory to|into/i, 'expands into'],
  [/control|dominat|sway|rul(?:es|ed)|stronghold|bastion|plaza|turf|territory|influence|reach/i, 'controls'],
  [/based|headquarter|home|operat|active|presence|present|from|cradle|base/i, 'based in'],
];

/**
 * The first kind whose pattern matches `cue`, or `fallback`.
 *
 * @example kindOf(INCIDENT_KINDS, 'taken into U.S. custody', 'other') // 'arrest'
 */
export function kindOf<K extends string>(table: Array<[RegExp, K]>, cue: string | undefined, fallback: K): K {
  if (!cue) return fallback;
  for (const [re, kind] of table) if (re.test(cue)) return kind;
  return fallback;
}
