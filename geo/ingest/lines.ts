/** One line of a text with its offsets (end excludes the `\n`). */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * Splits text into lines with offsets.
 *
 * @example lines('Culiacán\nSinaloa') // [{start:0,end:8,text:'Culiacán'},{start:9,end:16,text:'Sinaloa'}]
 */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) return out;
    start = nl + 1;
  }
}
