import { MATCH_RULES, type MatchRule } from './matchSpans.ts';

/** The evaluation command's options. */
export interface EvalArgs {
  /** Gold JSONL files, one corpus each. */
  files: string[];
  rule: MatchRule;
  /** Score only the first N valid documents of each file. */
  limit: number | null;
  /** Give the gold spans to the resolver and score resolution only. */
  resolverOnly: boolean;
  /** Where to write the mistakes as JSONL. */
  errors: string | null;
  /** Score this `geoparse` output JSONL (rows `{id, mentions, unresolved}`) instead of running the geoparser. */
  pred: string | null;
  /** Gazetteer folder (default: the loader's own default, `data/gazetteer`). */
  gazetteer: string | null;
  help: boolean;
}

export const EVAL_USAGE = `usage: npm run eval -- GOLD.jsonl [GOLD2.jsonl ...] [options]
  --rule eupeg|overlap   span matching rule (default eupeg)
  --limit N              score only the first N documents of each file
  --resolver-only        give the gold spans to the resolver; score resolution only
  --errors FILE          write the mistakes (fp, fn, far, noanswer) as JSONL
  --pred FILE            score a saved \`npm run geoparse\` output instead of running the geoparser
  --gazetteer DIR        gazetteer folder (default data/gazetteer)`;

/** Parses the command line (without `node` and the script). Throws an Error with a message on bad input. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const out: EvalArgs = {
    files: [],
    rule: 'eupeg',
    limit: null,
    resolverOnly: false,
    errors: null,
    pred: null,
    gazetteer: null,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--rule': {
        const v = value();
        if (!(MATCH_RULES as readonly string[]).includes(v))
          throw new Error(`--rule must be one of ${MATCH_RULES.join(', ')}, not "${v}"`);
        out.rule = v as MatchRule;
        break;
      }
      case '--limit': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`--limit must be a positive integer, not "${v}"`);
        out.limit = Number(v);
        break;
      }
      case '--resolver-only':
        out.resolverOnly = true;
        break;
      case '--errors':
        out.errors = value();
        break;
      case '--pred':
        out.pred = value();
        break;
      case '--gazetteer':
        out.gazetteer = value();
        break;
      case '-h':
      case '--help':
        out.help = true;
        break;
      default:
        if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
        out.files.push(arg);
    }
  }
  if (!out.help && out.files.length === 0) throw new Error('no gold file given');
  if (out.pred && out.resolverOnly) throw new Error('--pred and --resolver-only do not go together');
  if (out.pred && out.files.length > 1) throw new Error('--pred scores one gold file at a time');
  return out;
}
