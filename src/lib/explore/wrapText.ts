/**
 * Breaks text into lines no wider than `maxWidth` (as `measure` says, e.g. a canvas context's
 * `measureText`), at spaces; a single word wider than the line is cut at the character that
 * overflows, so nothing is drawn past the edge.
 *
 * @param maxWidth in the unit `measure` returns (canvas pixels).
 * @example wrapText('Places: GeoNames (CC BY 4.0) · Borders: Natural Earth', 200, (s) => ctx.measureText(s).width)
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (measure(tried) <= maxWidth) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
