/** One input line of the `geoparse` command, or why it cannot be read. */
export type InputLine = { id: string; text: string } | { error: string; column?: number };

/**
 * Reads one `{"id": string, "text": string}` JSON line. Bad JSON gives the column where the
 * parser stopped (1-based); a missing or mistyped field is named.
 *
 * @example parseInputLine('{"id":"a","text":"Culiacán, Sinaloa"}') // { id: 'a', text: 'Culiacán, Sinaloa' }
 */
export function parseInputLine(line: string): InputLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    return { error: `not valid JSON (${message})`, column: at ? Number(at[1]) + 1 : undefined };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected a JSON object {"id", "text"}' };
  const { id, text } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return { error: 'missing "id" (a string)' };
  if (typeof text !== 'string') return { error: `missing "text" (a string) for id ${JSON.stringify(id)}` };
  return { id: String(id), text };
}
