import { MAX_ERROR_KM } from './haversine.ts';

/** Distance within which a resolution counts as right: 161 km, i.e. 100 miles (accuracy@161). */
export const ACC_KM = 161;

/** Summary of a list of resolution errors (km). Every figure is null when the list is empty. */
export interface ErrorStats {
  count: number;
  /** Share of errors <= 161 km. */
  acc161: number | null;
  medianKm: number | null;
  meanKm: number | null;
  /** Area under the log error curve, 0 (all exact) .. 1 (all 20039 km); lower is better. */
  auc: number | null;
}

/** Median; for an even count, the mean of the two middle values. Null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Arithmetic mean. Null for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Share of errors <= `km` (inclusive: an error of exactly 161 km counts as right). */
export function accuracyAt(errorsKm: readonly number[], km = ACC_KM): number | null {
  if (errorsKm.length === 0) return null;
  return errorsKm.filter((e) => e <= km).length / errorsKm.length;
}

/**
 * AUC of the log error curve (Gritta, Pilehvar, Limsopatham & Collier 2018, "What's missing in
 * geographical parsing?"). Sort the n errors ascending, map each to y_i = ln(e_i + 1), and take the
 * area under that curve by the trapezoidal rule with unit spacing, normalised by the area of the
 * worst curve (every error the maximum, 20039 km):
 *
 *   AUC = Σ_{i=1}^{n-1} (y_{i-1} + y_i) / 2  /  ((n - 1) · ln(20039 + 1))
 *
 * so 0 means every error is 0 km and 1 means every error is 20039 km; lower is better. Errors are
 * capped at 20039 km (no great-circle distance on a 6371 km sphere exceeds ~20015 km anyway). With
 * one error the "curve" is a point and AUC = y_0 / ln(20040). Gritta's reference code normalises by
 * ln(20039) rather than ln(20040); the two differ by under 1e-5 relative.
 */
export function logErrorAuc(errorsKm: readonly number[]): number | null {
  const n = errorsKm.length;
  if (n === 0) return null;
  const denom = Math.log(MAX_ERROR_KM + 1);
  const y = [...errorsKm].sort((a, b) => a - b).map((e) => Math.log(Math.min(Math.max(e, 0), MAX_ERROR_KM) + 1));
  if (n === 1) return y[0]! / denom;
  let area = 0;
  for (let i = 1; i < n; i++) area += (y[i - 1]! + y[i]!) / 2;
  return area / ((n - 1) * denom);
}

/** All the resolution figures of a list of errors (km). */
export function errorStats(errorsKm: readonly number[]): ErrorStats {
  return {
    count: errorsKm.length,
    acc161: accuracyAt(errorsKm),
    medianKm: median(errorsKm),
    meanKm: mean(errorsKm),
    auc: logErrorAuc(errorsKm),
  };
}
