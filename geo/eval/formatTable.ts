/** Plain-text table of evaluation figures, one row per corpus. */

/** One table row: a label and its figures (null or missing prints as "-"). */
export type TableRow = { corpus: string } & Record<string, number | string | null | undefined>;

/** Columns of the end-to-end table: [key, header, kind]. */
export const E2E_COLUMNS: ReadonlyArray<[string, string, Kind]> = [
  ['docs', 'docs', 'int'],
  ['gold', 'gold', 'int'],
  ['predicted', 'pred', 'int'],
  ['matched', 'matched', 'int'],
  ['precision', 'P', 'ratio'],
  ['recall', 'R', 'ratio'],
  ['f1', 'F1', 'ratio'],
  ['acc161', 'acc@161', 'ratio'],
  ['medianKm', 'median km', 'km'],
  ['meanKm', 'mean km', 'km'],
  ['auc', 'AUC', 'ratio'],
  ['e2eAcc161', 'e2e acc', 'ratio'],
  ['docsPerSecond', 'docs/s', 'rate'],
];

/** Columns of the resolver-only table. */
export const RESOLVER_COLUMNS: ReadonlyArray<[string, string, Kind]> = [
  ['docs', 'docs', 'int'],
  ['resolverGold', 'gold w/ coords', 'int'],
  ['resolverAnswered', 'answered', 'int'],
  ['resolverNoAnswer', 'no answer', 'int'],
  ['resolverAcc161', 'acc@161', 'ratio'],
  ['resolverMedianKm', 'median km', 'km'],
  ['resolverMeanKm', 'mean km', 'km'],
  ['resolverAuc', 'AUC', 'ratio'],
  ['docsPerSecond', 'docs/s', 'rate'],
];

type Kind = 'int' | 'ratio' | 'km' | 'rate';

function cell(v: number | string | null | undefined, kind: Kind): string {
  if (v === null || v === undefined) return '-';
  if (typeof v === 'string') return v;
  switch (kind) {
    case 'int':
      return String(v);
    case 'ratio':
      return v.toFixed(3);
    case 'km':
      return v.toFixed(1);
    case 'rate':
      return v.toFixed(1);
  }
}

/** Renders rows under the given columns, numbers right-aligned. */
export function formatTable(rows: readonly TableRow[], columns: ReadonlyArray<[string, string, Kind]>): string {
  const header = ['corpus', ...columns.map((c) => c[1])];
  const body = rows.map((r) => [r.corpus, ...columns.map(([key, , kind]) => cell(r[key], kind))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
