/**
 * A micro-benchmark of the gazetteer's look-ups as the geoparser makes them: record every call
 * the pipeline makes while geoparsing news-like text, then replay the same calls, in the same
 * order, against the binary and the TSV gazetteer, loaded in one process and timed in alternate
 * rounds, so that the machine's other work weighs on both alike.
 *
 * Keys are replayed as fresh strings (as the recogniser makes them, from slices of the text), so
 * the `Map` of the TSV gazetteer computes each key's hash as it does in a real run; consecutive
 * calls with the same key share one string, as the recogniser's `lookupDemonym`, `lookup` and
 * `hasPrefix` of one n-gram do.
 */
import { geoparse } from '../geoparse.ts';
import type { PlaceGazetteer } from '../gazetteer/placeGazetteer.ts';
import type { GazetteerIndex, Place } from '../types.ts';

/** The look-ups timed, in the order of their codes. */
export const LOOKUPS = ['lookup', 'lookupDemonym', 'lookupCode', 'hasPrefix', 'get', 'admin1Of', 'countryOf'] as const;
/** One look-up. */
export type LookupName = (typeof LOOKUPS)[number];
/** A recorded call: the look-up and its key (a place's id for `admin1Of`/`countryOf`). */
export type RecordedCall = [LookupName, string];

/**
 * Geoparses `texts` with `gazetteer` and returns every look-up the pipeline made, in order.
 *
 * @example recordLookups(g, ['Police in Culiacán, Sinaloa said...']).slice(0, 2) // [['lookupDemonym', 'police'], ['lookup', 'police']]
 */
export function recordLookups(gazetteer: PlaceGazetteer, texts: Iterable<string>): RecordedCall[] {
  const calls: RecordedCall[] = [];
  const recording: GazetteerIndex = {
    get maxNameTokens() {
      return gazetteer.maxNameTokens;
    },
    entries: () => gazetteer.entries(),
    lookup: (k) => (calls.push(['lookup', k]), gazetteer.lookup(k)),
    lookupDemonym: (k) => (calls.push(['lookupDemonym', k]), gazetteer.lookupDemonym(k)),
    lookupCode: (k) => (calls.push(['lookupCode', k]), gazetteer.lookupCode(k)),
    hasPrefix: (k) => (calls.push(['hasPrefix', k]), gazetteer.hasPrefix(k)),
    get: (id) => (calls.push(['get', id]), gazetteer.get(id)),
    admin1Of: (p) => (calls.push(['admin1Of', p.id]), gazetteer.admin1Of(p)),
    countryOf: (p) => (calls.push(['countryOf', p.id]), gazetteer.countryOf(p)),
  };
  for (const text of texts) geoparse(text, recording);
  return calls;
}

/** Nanoseconds per call of one gazetteer: the whole recorded sequence, and each look-up alone. */
export interface LookupTiming {
  nsPerCall: number;
  byLookup: Partial<Record<LookupName, { calls: number; nsPerCall: number }>>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A copy of `s` that is a new string, with no hash cached yet. */
function fresh(s: string): string {
  return decoder.decode(encoder.encode(s));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Fresh arguments for one round: keys as new strings (one per run of equal keys), places as objects. */
function roundArgs(gazetteer: PlaceGazetteer, calls: readonly RecordedCall[]): Array<string | Place> {
  const args: Array<string | Place> = [];
  let previous: string | null = null;
  let previousArg = '';
  for (const [name, key] of calls) {
    if (name === 'admin1Of' || name === 'countryOf') {
      args.push(gazetteer.get(key)!);
      continue;
    }
    if (key !== previous) previousArg = fresh(key);
    previous = key;
    args.push(previousArg);
  }
  return args;
}

/** Times one pass over the calls (`codes`: indexes into LOOKUPS) with `args`; milliseconds. */
function pass(gazetteer: PlaceGazetteer, codes: Uint8Array, args: Array<string | Place>, sink: { n: number }): number {
  let n = 0;
  const t0 = performance.now();
  for (let i = 0; i < codes.length; i++) {
    const a = args[i]!;
    switch (codes[i]) {
      case 0:
        n += gazetteer.lookup(a as string).length;
        break;
      case 1:
        n += gazetteer.lookupDemonym(a as string).length;
        break;
      case 2:
        n += gazetteer.lookupCode(a as string).length;
        break;
      case 3:
        n += gazetteer.hasPrefix(a as string) ? 1 : 0;
        break;
      case 4:
        n += gazetteer.get(a as string) ? 1 : 0;
        break;
      case 5:
        n += gazetteer.admin1Of(a as Place) ? 1 : 0;
        break;
      default:
        n += gazetteer.countryOf(a as Place) ? 1 : 0;
    }
  }
  const ms = performance.now() - t0;
  sink.n += n;
  return ms;
}

/**
 * Replays `calls` against each gazetteer: two warm-up rounds, then `rounds` timed rounds of the
 * whole sequence and of each look-up's calls alone, the gazetteers taking turns, each round with
 * fresh key strings. Both must give the same answers (checked by a checksum).
 *
 * @example replayLookups({ bin, tsv }, calls).bin.nsPerCall // 150
 */
export function replayLookups<K extends string>(gazetteers: Record<K, PlaceGazetteer>, calls: readonly RecordedCall[], rounds = 21): Record<K, LookupTiming> {
  const names = Object.keys(gazetteers) as K[];
  const out = Object.fromEntries(names.map((k) => [k, { nsPerCall: 0, byLookup: {} }])) as Record<K, LookupTiming>;
  const time = (subset: readonly RecordedCall[]): Record<K, number> => {
    const codes = Uint8Array.from(subset, ([name]) => LOOKUPS.indexOf(name));
    const ms = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
    const sums = Object.fromEntries(names.map((k) => [k, { n: 0 }])) as Record<K, { n: number }>;
    for (let r = 0; r < rounds + 2; r++) {
      for (const k of names) {
        const t = pass(gazetteers[k], codes, roundArgs(gazetteers[k], subset), sums[k]);
        if (r >= 2) ms[k].push(t);
      }
    }
    if (new Set(names.map((k) => sums[k].n)).size > 1) throw new Error('the gazetteers answered differently');
    return Object.fromEntries(names.map((k) => [k, Math.round((median(ms[k]) * 1e6) / Math.max(1, subset.length))])) as Record<K, number>;
  };
  const all = time(calls);
  for (const k of names) out[k].nsPerCall = all[k];
  for (const name of LOOKUPS) {
    const subset = calls.filter(([n]) => n === name);
    if (!subset.length) continue;
    const t = time(subset);
    for (const k of names) out[k].byLookup[name] = { calls: subset.length, nsPerCall: t[k] };
  }
  return out;
}
