/**
 * Finds a publication date printed near the top of an article ("Thursday, May 31, 2012",
 * "Wednesday, 31 October 2012 15:30", "Nov. 17, 2020", "2020-11-17").
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const PATTERNS: Array<{ re: RegExp; ymd: (m: RegExpExecArray) => [string, string, string] }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, ymd: (m) => [m[1], m[2], m[3]] },
  { re: new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, 'i'), ymd: (m) => [m[3], m[1], m[2]] },
  { re: new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'i'), ymd: (m) => [m[3], m[2], m[1]] },
];

/**
 * The first full date (day, month, year) in the first `window` characters, as `YYYY-MM-DD`,
 * or null. Dates further down are usually about events, not publication, so they are ignored.
 *
 * @param window characters from the start to search (default 600)
 * @example findDate('Thursday, May 31, 2012\n\nAdding to Unease…') // '2012-05-31'
 */
export function findDate(text: string, window = 600): string | null {
  const head = text.slice(0, window);
  let best: { index: number; value: string } | null = null;
  for (const { re, ymd } of PATTERNS) {
    const m = re.exec(head);
    if (!m) continue;
    const [y, mo, d] = ymd(m);
    const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS[mo.toLowerCase().replace('.', '').slice(0, mo.toLowerCase().startsWith('sept') ? 4 : 3)];
    const value = `${y}-${String(month).padStart(2, '0')}-${String(Number(d)).padStart(2, '0')}`;
    if (!isValid(Number(y), month, Number(d))) continue;
    if (!best || m.index < best.index) best = { index: m.index, value };
  }
  return best?.value ?? null;
}

function isValid(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
