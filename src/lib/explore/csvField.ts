/** First characters that make a spreadsheet read a cell as a formula or a command (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): a text cell that could start a formula gets a leading `'` (OWASP
 * "CSV injection"), and a field with a comma, double quote, CR or LF is quoted with its quotes
 * doubled. Numbers we format ourselves are passed as numbers and never prefixed, so a longitude
 * of -108.001 stays a number in the spreadsheet.
 *
 * @example csvField('=HYPERLINK("http://x")') // `"'=HYPERLINK(""http://x"")"`
 * @example csvField('Culiacán, Sinaloa') // '"Culiacán, Sinaloa"'
 * @example csvField(-108.001) // '-108.001'
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
