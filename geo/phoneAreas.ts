import areaCodes from '../data/lexicon/area-codes.json' with { type: 'json' };

/**
 * A North American phone number: "(304) 399-6500", "304-399-6500", "304.399.6500". The area
 * code is group 1 or 2. Not inside a longer run of digits.
 */
const PHONE = /(?<![\d-])(?:\((\d{3})\) ?|(\d{3})[-.])\d{3}[-.]\d{4}(?![\d-])/g;

/**
 * The first-level divisions that the phone numbers in a text call, as `CC.admin1` keys of the
 * gazetteer: a local story's "call 304-399-6500" places it in West Virginia (`US.WV`), "call
 * 519-661-5670" in Ontario (`CA.08`), for a reader who knows the codes. Sorted, each once.
 *
 * @example phoneAreas('Call Thomas Memorial Hospital at 304-766-3600.') // ['US.WV']
 */
export function phoneAreas(text: string, table: Readonly<Record<string, readonly string[]>> = areaCodes.codes): string[] {
  if (!/\d{4}/.test(text)) return [];
  const areas = new Set<string>();
  for (const m of text.matchAll(PHONE)) for (const a of table[m[1] ?? m[2]!] ?? []) areas.add(a);
  return [...areas].sort();
}

/** A phone number a little after a name, in the same sentence: "in Huntington at 304-399-6500". */
const PHONE_AFTER = /^[^.!?\n]{0,40}?(?<![\d-])(?:\((\d{3})\) ?|(\d{3})[-.])\d{3}[-.]\d{4}(?![\d-])/;

/**
 * The first-level divisions (`CC.admin1` keys) that a phone number right after position `end`
 * calls: "the clinic in Huntington at 304-399-6500" puts that Huntington in West Virginia, as
 * "Huntington, W.Va." would. Empty when no number follows within the sentence.
 *
 * @example phoneAreaAfter('The clinic in Huntington at 304-399-6500.', 24) // ['US.WV']
 */
export function phoneAreaAfter(text: string, end: number, table: Readonly<Record<string, readonly string[]>> = areaCodes.codes): readonly string[] {
  const m = PHONE_AFTER.exec(text.slice(end, end + 60));
  return m ? (table[m[1] ?? m[2]!] ?? []) : [];
}
