/**
 * Dates as the explorer compares them: whole days since 1970-01-01 (UTC), and the span a date
 * of the text covers — "2019" is the whole year, "2019-10" the whole month, an approximate day
 * a week either side — so approximate dates are drawn and filtered as spans, not points.
 */

const DAY_MS = 86_400_000;
/** Days either side of an approximate day ("earlier this week"). */
export const APPROX_DAY_DAYS = 7;

/** Day number of `YYYY-MM-DD` (UTC), or NaN. @example dayOf('1970-01-02') // 1 */
export function dayOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** `YYYY-MM-DD` of a day number. @example isoOfDay(1) // '1970-01-02' */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first and last day a date of the text covers (inclusive); [NaN, NaN] when it is not a date.
 *
 * @example dateSpan('2019', false) // [dayOf('2019-01-01'), dayOf('2019-12-31')]
 * @example dateSpan('2020-10-16', true) // a week either side
 */
export function dateSpan(date: string | null | undefined, approx = false): [number, number] {
  if (!date) return [NaN, NaN];
  let m = /^(\d{4})$/.exec(date);
  if (m) {
    const y = Number(m[1]);
    return [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y + 1, 0, 1) / DAY_MS - 1];
  }
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2]) - 1];
    return [Date.UTC(y, mo, 1) / DAY_MS, Date.UTC(y, mo + 1, 1) / DAY_MS - 1];
  }
  const d = dayOf(date);
  if (Number.isNaN(d)) return [NaN, NaN];
  return approx ? [d - APPROX_DAY_DAYS, d + APPROX_DAY_DAYS] : [d, d];
}
