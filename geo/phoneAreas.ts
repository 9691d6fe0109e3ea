import areaCodes from '../data/lexicon/area-codes.json' with { type: 'json' };

/**
 * A North American phone number: "(304) 399-6500", "304-399-6500", "304.399.6500". The area
 * code is group 1 or 2. Not inside a longer run of digits.
 */
const PHONE = /(?<![\d-])(?:\((\d{3})\) ?|(\d{3})[-.])\d{3}[-.]\d{4}(?![\d-])/g;

/**
 * The US states that the phone numbers in a text call: a local story's "call 304-399-6500"
 * places it in West Virginia for a reader who knows the code. Postal codes, sorted, each once.
 *
 * @example phoneStates('Call Thomas Memorial Hospital at 304-766-3600.') // ['WV']
 */
export function phoneStates(text: string, table: Readonly<Record<string, string>> = areaCodes.codes): string[] {
  if (!/\d{4}/.test(text)) return [];
  const states = new Set<string>();
  for (const m of text.matchAll(PHONE)) {
    const state = table[m[1] ?? m[2]!];
    if (state) states.add(state);
  }
  return [...states].sort();
}
