/**
 * "in the Spanish resort of Marbella", "through the ports of Manta and Guayaquil", "based in the
 * hill town of San Luca", "residents of Wooroloo": a noun phrase naming a kind of place (WordNet's
 * `locale` class: town, resort, suburb, province, port, outskirts, residents…) between a
 * preposition and the place says what the place is, and the preposition before the phrase says
 * what happened there. These helpers drop the phrase so the rules read the preposition.
 */
import { classOf, W } from './wordClasses.ts';

/** A cheap test of the end of the text for "of" or "around" (with "the"). */
const OF_AT_END = /\b(?:of|around)\s+(?:the\s+)?$/;
/** "<locale noun> of|around (the)" at the end of the text, with the noun captured. */
const LOCALE_OF = /([\p{L}]+)\s+(?:of|around)\s+(?:the\s+)?$/u;
/** What may stand before the locale noun in its phrase: a determiner and up to three words that are not prepositions. */
const LOCALE_NP = /(?<![\p{L}\p{N}'’.\u0000-])(?:\b(?:the|a|an|its|their|his|her|this|that)\s+)?(?:(?!(?:in|at|near|from|to|into|through|across|on|off|around|of|outside|inside|toward|towards|via|between|and|or|by|for|with)\s)[\p{L}\p{N}'’.\u0000-]+,?\s+){0,3}$/iu;

/**
 * The text before a place with a trailing locale phrase removed: "arresting 46 people in the
 * provinces of " → "arresting 46 people in "; any other text unchanged.
 *
 * @example stripLocale('detained suspects in the Spanish resort of ') // 'detained suspects in '
 */
export function stripLocale(lead: string): string {
  // Most leads do not end in "of" or "around": say so before any Unicode pattern runs.
  if (!OF_AT_END.test(lead.slice(-12))) return lead;
  const last = lead.slice(-40);
  const tail = LOCALE_OF.exec(last);
  if (!tail || !(classOf(tail[1]) & W.locale)) return lead;
  const head = lead.slice(0, lead.length - last.length + tail.index);
  const np = LOCALE_NP.exec(head);
  const before = np ? head.slice(0, np.index) : head;
  // "Residents of X were evacuated", "parts of X flooded": the people and parts of a place are in it.
  return PEOPLE_OR_PARTS.test(tail[1]) && !/\b(?:in|at|from|to|into|through|across|near|of)\s+$/i.test(before) ? `${before} in ` : before;
}

/** Locale nouns for the people or parts of a place, which put what happens to them in it. */
const PEOPLE_OR_PARTS = /^(?:residents?|people|parts?|streets?|villages?|neighbourhoods?|neighborhoods?|suburbs?|outskirts)$/i;
