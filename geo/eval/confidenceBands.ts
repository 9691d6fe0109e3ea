/**
 * Whether confidence means something: the matched names of a corpus grouped by the resolver's
 * confidence, with the share of each band placed within 161 km. A calibrated geoparser is right
 * more often in higher bands.
 */
import { ACC_KM } from './errorStats.ts';

/** Lower bounds of the bands (the last runs to 1). */
export const BANDS: readonly number[] = [0, 0.5, 0.7, 0.9, 0.98];

/** One band: its bounds, how many matched names fall in it, and their accuracy@161 (null when none). */
export interface ConfidenceBand {
  from: number;
  to: number;
  matched: number;
  acc161: number | null;
}

/**
 * Groups (confidence, error km) pairs into {@link BANDS}.
 *
 * @example confidenceBands([{ confidence: 0.99, km: 3 }, { confidence: 0.4, km: 900 }])[4] // { from: 0.98, to: 1, matched: 1, acc161: 1 }
 */
export function confidenceBands(pairs: ReadonlyArray<{ confidence: number; km: number }>): ConfidenceBand[] {
  const n = BANDS.map(() => 0);
  const right = BANDS.map(() => 0);
  for (const { confidence, km } of pairs) {
    let b = BANDS.length - 1;
    while (b > 0 && confidence < BANDS[b]!) b--;
    n[b]!++;
    if (km <= ACC_KM) right[b]!++;
  }
  return BANDS.map((from, b) => ({ from, to: BANDS[b + 1] ?? 1, matched: n[b]!, acc161: n[b] ? Math.round((right[b]! / n[b]!) * 1000) / 1000 : null }));
}

/** The bands as text lines: `0.90–0.98      41  0.976`. */
export function formatBands(bands: readonly ConfidenceBand[]): string {
  return ['confidence  matched  within 161 km', ...bands.map((b) => `${b.from.toFixed(2)}–${b.to.toFixed(2)}  ${String(b.matched).padStart(7)}  ${b.acc161 === null ? '–' : b.acc161.toFixed(3)}`)].join('\n');
}
