/** The `npm run bench` options. */

/** What to measure. */
export interface BenchArgs {
  /** Corpus sizes in MB (10^6 bytes). */
  sizes: number[];
  /** Corpus (MB, one of `sizes`) run through the `geoparse` command with 1 and 2 workers; null: none. */
  cliSize: number | null;
  /** Samples of the gazetteer load (median reported). */
  loadSamples: number;
  seed: number;
  /** Keep the generated corpora (their folder is printed). */
  keep: boolean;
  quick: boolean;
  /** Sizes in MB of the single long articles run through `geoparse()` and the layer build (empty: none). */
  single: number[];
  /** Files of real news (`{"text"}` JSON lines, e.g. an evaluation set) geoparsed as the corpora are; read only, never copied. */
  real: string[];
  /** Also time "Add to map" in the built app in headless Chromium (`npm run bench:add`); `--no-browser` skips it. */
  browser: boolean;
}

/** Usage line. */
export const BENCH_USAGE = 'usage: npm run bench [-- --sizes 1,10,100] [--cli-size MB|none] [--single 1,5,20|none] [--load-samples N] [--seed N] [--real FILE[,FILE...]] [--keep] [--quick] [--no-browser]';

/**
 * Reads the bench's arguments; throws on a bad one.
 *
 * @example parseBenchArgs(['--sizes', '1,10']) // { sizes: [1, 10], cliSize: 10, ... }
 */
export function parseBenchArgs(argv: string[]): BenchArgs {
  let sizes = [1, 10, 100];
  let cliSize: number | null | undefined;
  let loadSamples = 5;
  let seed = 1;
  let keep = false;
  let quick = false;
  let browser = true;
  let single: number[] | undefined;
  const real: string[] = [];
  const number = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (v === undefined || v === '' || !Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number, got ${v ?? 'nothing'}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--sizes') sizes = (argv[++i] ?? '').split(',').map((s) => number('--sizes', s));
    else if (a === '--cli-size') cliSize = argv[i + 1] === 'none' ? (i++, null) : number('--cli-size', argv[++i]);
    else if (a === '--load-samples') loadSamples = Math.round(number('--load-samples', argv[++i]));
    else if (a === '--seed') seed = Math.round(number('--seed', argv[++i]));
    else if (a === '--real') {
      const files = (argv[++i] ?? '').split(',').filter(Boolean);
      if (!files.length) throw new Error('--real needs a file of JSON lines');
      real.push(...files);
    } else if (a === '--keep') keep = true;
    else if (a === '--quick') quick = true;
    else if (a === '--no-browser') browser = false;
    else if (a === '--single') single = argv[i + 1] === 'none' ? (i++, []) : (argv[++i] ?? '').split(',').map((s) => number('--single', s));
    else throw new Error(`unknown argument ${a}`);
  }
  if (quick) {
    sizes = [0.25];
    loadSamples = 1;
    cliSize = 0.25;
    single ??= [0.25, 1];
  }
  // The command runs on the 10 MB corpus by default (or the largest smaller one): at about
  // 1 MB/s, 100 MB through it twice would triple the bench's time for no new information.
  if (cliSize === undefined) cliSize = Math.max(...sizes.filter((s) => s <= 10), Math.min(...sizes));
  if (cliSize !== null && !sizes.includes(cliSize)) sizes = [...sizes, cliSize];
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    cliSize,
    loadSamples,
    seed,
    keep,
    quick,
    single: [...new Set(single ?? [1, 5, 20])].sort((a, b) => a - b),
    real,
    browser,
  };
}
