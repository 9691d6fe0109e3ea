/**
 * The name an export is saved under: `plaza-<YYYY-MM-DD>.<ext>`, the day (UTC) it was made.
 *
 * @example exportFileName('csv', new Date('2026-12-04T06:00:00Z')) // 'plaza-2026-12-04.csv'
 */
export function exportFileName(ext: 'geojson' | 'csv' | 'png', when: Date): string {
  return `plaza-${when.toISOString().slice(0, 10)}.${ext}`;
}
