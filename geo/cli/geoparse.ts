/**
 * `npm run --silent geoparse [-- --debug] < in.jsonl > out.jsonl`
 *
 * The geoparser's command-line contract. Each input line is `{"id": string, "text": string}`;
 * each output line is `{"id", "mentions": [...], "unresolved": [...]}` in input order, written as
 * soon as its input line is read (it streams). A line that cannot be read gets an error on stderr
 * naming its line (and column, for bad JSON) and no output line; the others are still answered,
 * and the exit code is then 2. `--debug` adds, to each mention, the candidates the resolver
 * weighed and the parts of their scores.
 */
import { createInterface } from 'node:readline';
import { loadGazetteer } from '../gazetteer/loadGazetteer.node.ts';
import { geoparse } from '../geoparse.ts';
import { parseInputLine } from '../inputLine.ts';

const USAGE = 'usage: npm run --silent geoparse [-- --debug] < in.jsonl > out.jsonl';

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const unknown = argv.filter((a) => a !== '--debug');
  if (unknown.length) {
    process.stderr.write(`geoparse: unknown argument ${unknown[0]}\n${USAGE}\n`);
    return 64;
  }
  const gazetteer = loadGazetteer();
  let failed = 0;
  let lineNo = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    const input = parseInputLine(line);
    if ('error' in input) {
      failed++;
      process.stderr.write(`stdin:${lineNo}${input.column ? `:${input.column}` : ''}: ${input.error}\n`);
      continue;
    }
    const { mentions, unresolved } = geoparse(input.text, gazetteer, { debug });
    const out = JSON.stringify({ id: input.id, mentions, unresolved }) + '\n';
    if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
  }
  if (failed) process.stderr.write(`geoparse: ${failed} line(s) could not be read; the others were answered\n`);
  return failed ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`geoparse: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
