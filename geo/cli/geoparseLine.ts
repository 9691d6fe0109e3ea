/**
 * One input line of the `geoparse` command to its output line, shared by the command's main
 * thread and its workers so that every `--workers` count writes the same bytes.
 */
import { geoparse } from '../geoparse.ts';
import { parseInputLine } from '../inputLine.ts';
import type { GazetteerIndex } from '../types.ts';

/** The output line (with its `\n`), or why the input line cannot be read. */
export type LineAnswer = { output: string } | { error: string; column?: number };

/**
 * Geoparses one `{"id","text"}` JSON line into one `{"id","mentions","unresolved"}` JSON line.
 *
 * @param line the input line, without its newline
 * @example geoparseLine('{"id":"a","text":"Culiacán, Sinaloa"}', gazetteer, false) // { output: '{"id":"a","mentions":[...' }
 */
export function geoparseLine(line: string, gazetteer: GazetteerIndex, debug: boolean): LineAnswer {
  const input = parseInputLine(line);
  if ('error' in input) return input;
  const { mentions, unresolved } = geoparse(input.text, gazetteer, { debug });
  return { output: JSON.stringify({ id: input.id, mentions, unresolved }) + '\n' };
}

/**
 * The stderr message for a line that cannot be read: `stdin:LINE[:COL]: what is wrong`.
 *
 * @example lineError(3, { error: 'not valid JSON (...)', column: 7 }) // 'stdin:3:7: not valid JSON (...)\n'
 */
export function lineError(lineNo: number, answer: { error: string; column?: number }): string {
  return `stdin:${lineNo}${answer.column ? `:${answer.column}` : ''}: ${answer.error}\n`;
}
