/**
 * The frames that make a place background rather than the scene of a story's events (the news
 * set's role guide, `tests/fixtures/news/FORMAT.md`): where a person comes from or lives, where
 * someone is believed to be or fled to, a reference point ("north of X"), a qualifier of another
 * place ("Rosario, Argentina's third-largest city", "Libya's Kufra", "the western X suburb of
 * Y"), a comparison ("more than X"). Each frame is read from the words right around the place;
 * a frame outweighs any event word of the sentence, since it says what the place is to it.
 */
import type { Mention, Span } from '../types.ts';
import { leadEnd } from './eventNear.ts';
import { lastPreposition } from './lastWord.ts';
import type { RoleContext } from './roleContext.ts';
import { classOf, EVENT_BITS, W } from './wordClasses.ts';

/** Nouns for people, as news writes who comes from where ("five men from", "a 19-year-old from"). */
const PERSON =
  "(?:people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|teen(?:ager)?s?|youths?|\\d+-year-olds?|(?:asylum[- ])?seekers?|migrants?|immigrants?|emigrants?|refugees?|nationals?|citizens?|natives?|famil(?:y|ies)|workers?|brothers?|sisters?|sons?|daughters?|wife|husband|couple|suspects?|defendants?|co-defendants?|fugitives?|drivers?|lawyers?|businessm[ae]n|businesswom[ae]n|traders?|students?|tourists?|fishermen|farmers?|victims?|relatives?|residents?|nurses?|doctors?|priests?|pilots?|sailors?|crew|soldiers?|officers?|guards?|runners?|couriers?|smugglers?|traffickers?|dealers?|members?|gangsters?|all|both|each|one|two|three|four|five|six|seven|eight|nine|ten)";
/** "<person> from (east) X": where the person comes from. */
const PERSON_FROM = new RegExp(`\\b${PERSON}\\s+(?:(?:originally|all|both)\\s+)?(?:from|out of)\\s+(?:the\\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|rural|inner|outer)\\s+)?$`, 'i');
/** After a place: a person it says where he is from ("a Laredo man", "the Houston-area couple", "a Culiacán native"). */
const PLACE_PERSON = /^(?:-area)?\s+(?:m[ae]n|wom[ae]n|teen(?:ager)?s?|boys?|girls?|couples?|youths?|mother|father|sons?|daughters?|husband|wife|natives?|students?|businessm[ae]n|businesswom[ae]n)\b/;
/** "a resident of X", "a native of X" (one person; "residents of X" are the people in it). */
const ONE_OF = /\b(?:an?|the)\s+(?:(?:former|longtime|long-time|lifelong)\s+)?(?:resident|native|citizen|national|son|daughter)\s+of\s+(?:the\s+)?$/i;
/** "Kenton Ashworth, 24, of X": a person's age, then where he lives. */
const AGE_OF = /,\s*\d{1,3},\s+of\s+(?:the\s+)?$/;
/** "Jordan Asante of X": a capitalised name of two words or more right before "of". */
const NAME_OF = /(?:^|[^\p{L}\p{M}.])(\p{Lu}[\p{L}\p{M}'’-]+)\s+(\p{Lu}[\p{L}\p{M}'’-]+)\s+of\s+$/u;
/** Last words of a name before "of" that make it a place, an office or an organisation ("Northern District of", "Bank of"). */
const NOT_A_PERSON = /^(?:district|court|gulf|sea|bay|strait|straits|isle|island|islands|port|city|state|states|republic|kingdom|province|department|ministry|office|council|church|bank|university|college|school|institute|museum|hospital|duke|duchess|earl|prince|princess|king|queen|emperor|bishop|archbishop|mayor|governor|president|minister|secretary|attorney|general|prosecutor|police|federation|union|association|society|league|chamber|commission|committee|board|agency|bureau|department|army|navy|force|forces|guard|party|people|peoples|government|parliament|assembly|congress|senate|cape|lake|mount|valley|coast|county|borough|town|village|region|territory|territories|commonwealth|principality|emirate|emirates|sultanate|union|nations|zone|area|cartel|gang|clan|family|organisation|organization|group|network|ring|system|center|centre|market|exchange|festival|battle|siege|treaty|order)$/i;

/** "said the agency's Jane Roe in": a speech verb, then a capitalised name right before "in". */
const SPEAKER_BEFORE = /\b(?:said|says|told\s+[\p{L}]+|according\s+to)\s+(?:[\p{L}.'’]+\s+){0,4}?\p{Lu}[\p{L}\p{M}'’-]+\s+(?:in|at)\s+(?:the\s+)?$/u;
/** A two-word capitalised name right before "in". */
const NAME_IN = /\p{Lu}[\p{L}\p{M}'’-]+\s+\p{Lu}[\p{L}\p{M}'’-]+\s+in\s+$/u;
/** A speech verb right after the place ("… in X said"). */
const SPEECH_AFTER = /^\s*,?\s*(?:said|says|told|added|explained)\b/;
/** Living, growing up, being born or working in a place: "lived in X", "grew up in X". */
const RESIDENCE = /\b(?:grew up|raised|lives?|lived|living|born|studied|retired|resides?|resided|residing|settled|worked|works|working|home)\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$/i;
/** Where someone is believed to be or went to escape: "believed to be in X", "fled to X". */
const WHEREABOUTS = /\b(?:(?:believed|thought|said|reported|understood|rumou?red)\s+to\s+(?:be|have\s+been|be\s+hiding|be\s+living)|(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:at\s+large|in\s+hiding|hiding|on\s+the\s+run))\s+(?:in|at|somewhere\s+in)\s+(?:the\s+)?$|\b(?:fled|flee|flees|fleeing|escaped|escaping|sought\s+refuge|taken\s+refuge|took\s+refuge)\s+(?:\w+\s+)?(?:to|toward|towards|into|in)\s+(?:the\s+)?$/i;
/** A compass direction from a reference point: "north of X", "east of X". */
const DIRECTION_OF = /\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?$/i;
/** A distance before the direction measures the scene from the place ("40 miles south of X" is near X, where it happened). */
const MEASURED = /\b(?:\d[\d,.]*|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a few|several|some)\s*(?:-\s*)?(?:miles?|mi|km|kilomet(?:re|er)s?|nautical miles|yards|metres|meters|blocks)\s+(?:\w+\s+)?$/i;
/** A comparison: "more than X", "like X", "compared with X". */
const COMPARISON = /\b(?:than|like|unlike|compared\s+(?:with|to)|similar\s+to|as\s+in)\s+(?:in\s+)?(?:the\s+)?$/i;
/** Seas, rivers and coasts by their names. */
const WATER = /(?:Sea|Ocean|River|Gulf|Bay|Lake|Coast|Strait|Channel)$/;
/** A superlative, up to three words, then "in": the place contains a ranking. */
const RANKING = /\b(?:(?:most|least)\s+[a-z]+|largest|biggest|highest|lowest|busiest|deadliest|worst|best|poorest|richest|safest|oldest|newest|strongest|weakest|fastest|greatest|smallest|longest|wealthiest|bloodiest)\s+((?:[\w-]+\s+){0,3})in\s+(?:the\s+)?$/i;
/** Speech and its setting before "in": "told reporters in", "a news conference in", "said in a statement in". */
const SPEECH_IN = /\b(?:told\s+(?:reporters|journalists|the\s+\w+)|(?:news|press)\s+conference|press\s+briefing|news\s+briefing|speaking|spoke|said\s+in\s+a\s+statement|in\s+an\s+interview)\s+(?:\w+\s+)?(?:in|at|from)\s+(?:the\s+)?$/i;
/** What may stand between a place and a qualifier after it: a comma or a preposition of location. */
const APPOSITION_GAP = /^(?:\s*,\s*|\s+)(?:(?:on|in|off|along|near|at)\s+)?(?:the\s+)?$/;
/** "X's (eastern|third-largest …) coast|city": a possessive place before a kind of place, or a closed phrase. */
const POSSESSIVE_PHRASE = /^['’]s\s+((?:[\p{L}\p{N}-]+\s+){0,3})([\p{L}-]+)/u;

/**
 * The frame that makes the place background, as its cue ("from", "of", "north of", "qualifier"),
 * or null.
 *
 * @example otherFrame(ctx, toxteth, sentence) // 'of' for 'Kenton Ashworth, 24, of Toxteth, ran the line.'
 */
export function otherFrame(ctx: RoleContext, m: Mention, sentence: Span): string | null {
  const { text } = ctx;
  const le = leadEnd(ctx, m, sentence);
  const lead = text.slice(Math.max(sentence.start, le - 60), le);
  const before = le === m.start ? lead : text.slice(Math.max(sentence.start, m.start - 60), m.start);
  // Each frame before the place ends in a preposition: read it once, and try only the frames
  // that end in it (most places follow "in", and most frames need another word).
  const prep = lastPreposition(lead);
  const prepBefore = le === m.start ? prep : lastPreposition(before);
  // Where someone comes from or lives.
  if (prep === 'from' || prep === 'of') {
    const from = PERSON_FROM.exec(lead);
    if (from && !movedPeople(ctx, sentence, le - lead.length + from.index)) return 'from';
  }
  if (prep === 'of') {
    if (ONE_OF.test(lead)) return 'of';
    if (AGE_OF.test(lead)) return 'of';
    const name = NAME_OF.exec(lead);
    if (name && !NOT_A_PERSON.test(name[2]) && !NOT_A_PERSON.test(name[1]) && !overlapsMention(ctx, le - lead.length + name.index, le)) return 'of';
  }
  if (prepBefore === 'in' || prepBefore === 'at') {
    // A speaker placed where he speaks: "said the FBI's Austin Carr in X", "Lincoln Adams in X said".
    const speaker = SPEAKER_BEFORE.exec(before) ?? (NAME_IN.test(before) ? SPEECH_AFTER.exec(text.slice(m.end, Math.min(sentence.end, m.end + 20))) : null);
    if (speaker) return speaker[0].trim();
  }
  if (prep === 'in' || prep === 'at' || prep === 'near') {
    const residence = RESIDENCE.exec(lead);
    if (residence) return residence[0].trim();
  }
  if (prep === 'in' || prep === 'at' || prep === 'to' || prep === 'toward' || prep === 'towards' || prep === 'into') {
    const whereabouts = WHEREABOUTS.exec(lead);
    if (whereabouts) return whereabouts[0].trim();
  }
  // A reference point: "the coast north of X" (a measured distance puts the scene near it instead).
  if (prepBefore === 'of') {
    const direction = DIRECTION_OF.exec(before);
    if (direction && !MEASURED.test(before.slice(0, direction.index))) return direction[0].trim();
  }
  if (prep === 'than' || prep === 'like' || prep === 'unlike' || prep === 'with' || prep === 'to' || prep === 'in') {
    if (COMPARISON.test(lead)) return 'comparison';
  }
  if (prep === 'in') {
    // A ranking's container: "one of the most violent cities in X", "the highest in X" (an event
    // word in the ranking, as in "the largest cocaine seizure in X", keeps the place its scene).
    const ranking = RANKING.exec(lead);
    if (ranking && !ranking[1].split(/\s+/).some((w) => classOf(w) & (EVENT_BITS | W.cargo))) return 'ranking';
  }
  if (prep === 'in' || prep === 'at' || prep === 'from') {
    // Where a speaker spoke: "told reporters in X", "at a news conference in X".
    const speech = SPEECH_IN.exec(lead);
    if (speech) return speech[0].trim();
  }
  const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));
  const possessive = after.charCodeAt(0) === 0x27 || after.charCodeAt(0) === 0x2019;
  // A qualifier of another place: "the western X suburb of Y", "the X state capital".
  if (!possessive && localeOfAnother(ctx, m, after)) return 'qualifier';
  if (possessive) {
    // "Panama's Colón", "Sudan's Rapid Support Forces": the place qualifies a proper name after it.
    if (/^['’]s\s+\p{Lu}/u.test(after)) return 'qualifier';
    // "Mexico's former defense secretary": a former official of the place acts for no one.
    if (/^['’]s\s+(?:former|ex-|then-)/.test(after)) return 'former';
    // "Japan's yakuza", "Mexico's cartels": the country of a kind of group, as a nationality.
    if (/^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:cartels|gangs|mafias?|clans|yakuza|syndicates|triads|crime\s+(?:groups|families)|criminal\s+groups)\b/u.test(after)) return 'nationality';
  } else {
    // "a Laredo man", "a 19-year-old Westbury woman", "a Culiacán native": where a person is from.
    if (PLACE_PERSON.test(after)) return 'origin';
    // "a Texas-based firm", "US-Mexico relations", "U.S. efforts", "US law enforcement officers":
    // the place describes a thing after it, as a nationality or a seat does.
    const attribute = attributive(ctx, m, after);
    if (attribute) return attribute;
  }
  if (appositiveQualifier(ctx, m)) return 'qualifier';
  // "Port Sudan on the Red Sea": a sea, river or coast that says where the town before it is.
  const prev = ctx.all[ctx.indexOf(m) - 1];
  if (prev && WATER.test(m.text) && /^\s*,?\s+(?:on|along|by)\s+the\s+$/.test(text.slice(prev.end, m.start))) return 'qualifier';
  return null;
}


/** After a place: a compound with another place or a seat ("-Mexico", "-based", "-born", "-registered"). */
const COMPOUND_AFTER = /^-(?:\p{Lu}|based\b|born\b|registered\b|flagged\b|headquartered\b)/u;
/** After a country: a noun it describes ("U.S. efforts", "US law enforcement") — a lower-case word that is no verb, adverb or auxiliary. */
const COUNTRY_NOUN_AFTER = /^\s+(?:and\s+\p{Lu}[\p{L}\p{M}]+\s+)?(?!(?:has|had|have|is|was|were|are|will|would|could|can|may|might|must|should|did|does|do|also|then|now|ultimately|later|first|still|said|says|and|or|but|to|in|on|at|for|of|from|with|by|as|that|which|who|where|when|into|over|under|after|before|since|until|through|while)\b)([a-z][a-z-]+)\b/u;

/** Words before a country that make it an attribute of a noun after it. */
const ATTRIBUTE_BEFORE = /\b(?:of|by|with|for|a|an|some|its|their|his|her|our|many|several|other|former|current|senior|top)\s+$/i;

/**
 * The place as an attribute of the thing after it: a compound ("US-Mexico relations", "a
 * Texas-based firm") or, for a country, a noun it describes ("U.S. efforts", "US law
 * enforcement officers") that is no event, authority or kind of place; the cue, or null.
 */
function attributive(ctx: RoleContext, m: Mention, after: string): string | null {
  if (COMPOUND_AFTER.test(after)) return 'compound';
  // The second of a compound: "US-[Mexico] relations".
  const prev = ctx.all[ctx.indexOf(m) - 1];
  if (prev && prev.end === m.start - 1 && ctx.text[prev.end] === '-') return 'compound';
  if (!/^country:/.test(m.placeId) && !/^PCL/.test(m.featureType)) return null;
  // Only where an attribute stands: after a determiner or "of", "by", "with", "for" ("the
  // sincerity of U.S. efforts", "a US law enforcement officer"); after "in", "from", "to" the
  // country is a location ("produced in Mexico and Myanmar reaches Japan").
  if (!ATTRIBUTE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 20), m.start))) return null;
  const noun = COUNTRY_NOUN_AFTER.exec(after);
  if (!noun || /(?:ed|ing)$/.test(noun[1]) || classOf(noun[1]) & (W.locale | EVENT_BITS)) return null;
  return noun[1];
}

/** Whether a movement or event word of the sentence governs the people before "from" ("evacuated thousands of people from X"). */
function movedPeople(ctx: RoleContext, sentence: Span, peopleAt: number): boolean {
  for (const c of ctx.cues(sentence)) {
    if (c.end > peopleAt) break;
    if (peopleAt - c.end > 30) continue;
    if (classOf(c.text) & (W.transport | W.travel | W.smuggling | W.extradition | W.kidnapping | W.disaster | W.arrest)) return true;
  }
  return false;
}

/** Whether a place mention overlaps the stretch (a "name" before "of" that is itself a place). */
function overlapsMention(ctx: RoleContext, from: number, to: number): boolean {
  for (let k = ctx.firstStartingAtOrAfter(ctx.all, from); k < ctx.all.length && ctx.all[k].start < to; k++) return true;
  const prev = ctx.lastStartingAtOrBefore(ctx.all, from);
  return prev !== undefined && prev.end > from;
}

/** "the western Sydney suburb of Bankstown", "the Caribbean departments of Córdoba", "the Sinaloa state capital": the place names where another is. */
function localeOfAnother(ctx: RoleContext, m: Mention, after: string): boolean {
  if (/^\s+(?:state\s+)?capital\b/i.test(after)) return true;
  const phrase = /^\s+(?:(?!(?:and|or|but|then)\s)[\p{Ll}-]+\s+)?([\p{Ll}]+)\s+of\s+(?:the\s+)?$/u;
  const k = ctx.indexOf(m) + 1;
  const next = ctx.all[k];
  if (!next || next.start - m.end > 40) return false;
  const gap = ctx.text.slice(m.end, next.start);
  const p = phrase.exec(gap);
  // (The people and parts of a place are in it: "residents of", "parts of".)
  return p !== null && (classOf(p[1]) & W.locale) !== 0 && !/^(?:residents?|people|parts?|streets?)$/.test(p[1]);
}

/**
 * "Rosario, Argentina's third-largest city", "Sfax, on Tunisia's eastern coast", "La Guajira on
 * Colombia's Caribbean coast": a possessive place in a phrase that says where the place before
 * it is. The possessive's own chain ("Colombia's Caribbean") shares it.
 */
function appositiveQualifier(ctx: RoleContext, m: Mention): boolean {
  const { text } = ctx;
  let k = ctx.indexOf(m);
  // Step back over a possessive chain: "Colombia's [Caribbean] coast".
  let head = m;
  while (k > 0 && /^['’]s\s+$/.test(text.slice(ctx.all[k - 1].end, head.start))) head = ctx.all[--k];
  if (k === 0) return false;
  const prev = ctx.all[k - 1];
  if (!APPOSITION_GAP.test(text.slice(prev.end, head.start)) || head.start - prev.end > 12) return false;
  const phrase = POSSESSIVE_PHRASE.exec(text.slice(head.end, head.end + 60));
  if (!phrase) return false;
  // A kind of place ("coast", "city") or a phrase closed by a comma or a stop ("the Gulf's gold hub,").
  const words = `${phrase[1]}${phrase[2]}`.split(/\s+/);
  return words.some((w) => (classOf(w) & W.locale) !== 0) || /^['’]s\s+(?:[\p{L}\p{N}-]+\s+){0,3}[\p{L}-]+\s*(?:[,.;:)]|$)/u.test(text.slice(head.end, head.end + 60));
}
