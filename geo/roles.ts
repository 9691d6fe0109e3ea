/**
 * Decides which map layer each place mention feeds, from the words around it:
 * territory when a named criminal group is based in / controls / expands into / fights for
 * the place, or is named after it ("the Sinaloa cartel"); jurisdiction when a court,
 * prosecutor, government or law acts there ("federal prosecutors in Brooklyn", "under
 * Mexican law"); incident when an event (arrest, killing, raid, seizure, extradition…) happens
 * there; otherwise other. Rules run per sentence, nearest evidence first.
 */
import { findActors, type Actor } from './actors.ts';
import { foldName } from './fold.ts';
import {
  AREA_FEATURES,
  JURISDICTION_ACTS,
  JURISDICTION_AFTER,
  JURISDICTION_BEFORE,
  JURISDICTION_FEATURES,
  FORMER_BEFORE,
  GENERIC_GEO,
  GROUP_ELLIPSIS,
  PERSON_OF,
} from './roles/cues.ts';
import { describeRole, type Decision } from './roles/describeRole.ts';
import { lastPreposition } from './roles/lastWord.ts';
import { datelineScene, inDateline, isDateline } from './roles/dateline.ts';
import { eventNear, leadEnd, listEnd } from './roles/eventNear.ts';
import { roleContext, type RoleContext } from './roles/roleContext.ts';
import { routeNear, storedIn } from './roles/route.ts';
import { otherFrame } from './roles/otherFrames.ts';
import { sceneByDefault } from './roles/sceneByDefault.ts';
import { territoryLink } from './roles/territoryLink.ts';
import { classOf, W } from './roles/wordClasses.ts';
import { sentences as splitSentences } from './sentences.ts';
import type { Mention, Span } from './types.ts';

/** "<Institution> of <place>": the place names an institution. */
const INSTITUTION_OF = /\b(?:University|College|Institute|School|Academy|Museum|Bank|Hospital|Church|Archdiocese|Diocese|Library|Zoo|Symphony|Orchestra)\s+of\s+(?:the\s+)?$/u;
/** "<place> Chronicle", "<place> University", "<place> High School", "the <place> newspaper", "the <place> Initiative": the place names a newspaper, company, school or programme. */
const INSTITUTION_AFTER = /^\s+(?:Chronicle|Times|Post|Herald|Tribune|Journal|Gazette|Observer|Examiner|Inquirer|Courier|Daily|Evening News|newspaper|daily|Airlines|Initiative|(?:\p{Lu}[\p{L}]+\s+){0,2}(?:University|College|Institute|School|Academy|Hospital|Medical Center|Museum|Library|Bank|Cathedral|Church))\b/u;

/** Between a place and a larger one that only says where it is: ", " or " in (the) (northern) (state of) ". */
const QUALIFIER_GAP = /^(?:,\s*|,?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:(?:state|province|region|department|county) of\s+)?)$/i;

/** Last words of JURISDICTION_BEFORE. */
const JURISDICTION_LAST = new Set(['in', 'of', 'for', 'from', 'by']);

/** Nouns for a group's people ("Sinaloa leaders", "Juárez hit men"). */
const GROUP_MEMBERS = /^\s+(?:drug\s+)?(?:leaders?|members?|boss(?:es)?|kingpins?|capos?|operatives?|hit ?men|gunmen|lieutenants?|associates?|traffickers?|faction|plaza bosses)\b/i;


/** Fields a role sets on a mention; cleared before each assignment so re-running is idempotent. */
const ROLE_FIELDS: ReadonlySet<string> = new Set(['cue', 'group', 'cueStart', 'cueEnd', 'roleConfidence', 'kind', 'actors', 'date', 'dateApprox', 'dateText', 'claim', 'period', 'also']);

/**
 * Returns new mentions with `layer`, the deciding `cue` (and its position), a `roleConfidence`,
 * and what the role says: incident `kind`, `date`, `actors`; jurisdiction `kind`; territory
 * `group`, `claim`, `period`. A second role the sentence supports goes in `also`. Input mentions
 * are not modified; order is kept.
 *
 * @param text the article text the mentions' offsets refer to
 * @param sentenceSpans from `sentences(text)`; computed when omitted
 * @param articleDate the article's date (`YYYY-MM-DD`) that relative dates ("last year") resolve against; null or omitted → only absolute dates
 * @example assignRoles('The H-2 cartel, based in Nayarit, …', [nayarit])[0] // { …, layer: 'territory', cue: 'based in', group: 'H-2 Cartel', claim: 'based in' }
 */
export function assignRoles(text: string, mentions: Mention[], sentenceSpans?: Span[], articleDate: string | null = null): Mention[] {
  const spans = sentenceSpans ?? splitSentences(text);
  const ctx = roleContext(text, mentions, findActors(text), spans);
  const sentenceOf = sentenceFinder(spans);
  const sentencesOf = mentions.map((m) => sentenceOf(m.start) ?? { start: m.start, end: m.end });
  const decisions = mentions.map((m, k) => decide(ctx, m, sentencesOf[k]));
  // A dateline is the scene when the story's incidents are there (`roles/dateline.ts`).
  let incidents: Mention[] | null = null;
  mentions.forEach((m, k) => {
    if (decisions[k].layer !== 'other' || !isDateline(text, m)) return;
    incidents ??= mentions.filter((_, j) => decisions[j].layer === 'incident');
    const scene = datelineScene(m, incidents);
    if (scene) decisions[k] = { layer: 'incident', cue: 'dateline', confidence: 0.6, kind: decisions[mentions.indexOf(scene)].kind };
  });
  return mentions.map((m, k) => {
    const sentence = sentencesOf[k];
    const d = decisions[k];
    // A copy without earlier role fields (built, not deleted from: deleting makes slow objects).
    const out = {} as Record<string, unknown>;
    for (const key in m) if (!ROLE_FIELDS.has(key)) out[key] = m[key as keyof Mention];
    Object.assign(out, describeRole(ctx, m, d, sentence, articleDate));
    if (d.also) out.also = [describeRole(ctx, m, d.also, sentence, articleDate)];
    return out as unknown as Mention;
  });
}

/**
 * The first span holding an offset (`spans.find`), by binary search when the spans are sorted and
 * do not overlap (as `sentences` gives them), where the first holding it is the only one.
 */
function sentenceFinder(spans: Span[]): (at: number) => Span | undefined {
  for (let k = 0; k < spans.length; k++) {
    if (spans[k].start > spans[k].end || (k > 0 && spans[k].start < spans[k - 1].end)) {
      return (at) => spans.find((s) => s.start <= at && at < s.end);
    }
  }
  return (at) => {
    // The last span starting at or before `at`: no other can hold it.
    let lo = 0;
    let hi = spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && at < spans[found].end ? spans[found] : undefined;
  };
}

function decide(ctx: RoleContext, m: Mention, sentence: Span): Decision {
  const { text, groups, actors } = ctx;
  const demonym = isDemonym(m);
  // A territory that is also the scene of an event ("gunmen of the X cartel killed two in its
  // stronghold Y") feeds both layers.
  const withEvent = (d: Decision): Decision => {
    if (demonym) return d;
    // (The story's frame alone — `sceneByDefault` — adds no second layer to a claim.)
    const event = eventNear(ctx, m, sentence) ?? routeNear(ctx, m, sentence);
    return event ? { ...d, also: { layer: 'incident', cue: event.cue, confidence: event.confidence * 0.9, kind: event.kind } } : d;
  };
  // Groups and actors do not overlap, so the only one that can hold the place is the last to start at or before it.
  const around = ctx.lastStartingAtOrBefore(groups, m.start);
  const holds = around && around.start <= m.start && m.end <= around.end ? around : undefined;
  // 1. Named after the place: "the Sinaloa cartel", "cartel de Sinaloa".
  const naming = holds?.nameSpan && holds.nameSpan.start <= m.start && m.end <= holds.nameSpan.end ? holds : undefined;
  // A generic noun in a group's name ("the Gulf cartel") names no place to claim.
  if (naming && GENERIC_GEO.test(m.text)) return { layer: 'other', cue: naming.text, confidence: 0.8 };
  // A nationality before the group noun ("an Albanian gang") says who its members are, not where it is.
  if (naming && demonym) return { layer: 'other', cue: naming.text, confidence: 0.8 };
  if (naming) return withEvent({ layer: 'territory', cue: naming.text, group: groupName(naming, m), confidence: 0.95, named: true });
  // The rest of a group's name ("Cartel" in "the H-2 Cartel") is no place, whatever a
  // gazetteer alias says.
  if (holds) return { layer: 'other', cue: holds.text, confidence: 0.95 };
  // A place inside an agency's name ("Mexican Army") is the agency's country acting.
  const a = ctx.lastStartingAtOrBefore(actors, m.start);
  const agency = a && a.kind === 'agency' && a.start <= m.start && m.end <= a.end ? a : undefined;

  // 1b. A place standing for the group named after it ("Sinaloa leaders" where the article
  //     speaks of the Sinaloa cartel).
  const namesake = ctx.namesake(m.text);
  const member = GROUP_MEMBERS.exec(text.slice(m.end, m.end + 30));
  // "cartels — especially Sinaloa": the place stands for the group named after it.
  if (GROUP_ELLIPSIS.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) && !/^\s*(?:cartel|gang)/i.test(text.slice(m.end, m.end + 10))) {
    const name = namesake ? groupName(namesake, m) : `${m.name} Cartel`;
    return { layer: 'territory', cue: text.slice(Math.max(sentence.start, m.start - 40), m.start).trim().split(/\s+/).slice(-3).join(' '), group: name, confidence: 0.7, named: true };
  }
  if (namesake && member) return { layer: 'territory', cue: `${m.text}${member[0]}`, group: groupName(namesake, m), confidence: 0.8, named: true };

  // 1c. A place naming an institution ("the University of Miami", "the Houston Chronicle")
  //     is where the institution stands, not where the sentence's event happened.
  const institutionBefore = text.slice(Math.max(0, m.start - 40), m.start);
  const institution = (lastPreposition(institutionBefore) === 'of' ? INSTITUTION_OF.exec(institutionBefore) : null) ?? INSTITUTION_AFTER.exec(text.slice(m.end, m.end + 40));
  if (institution) return { layer: 'other', cue: institution[0].trim(), confidence: 0.9 };

  // 2. Courts and judicial districts are jurisdictions by what they are.
  if (JURISDICTION_FEATURES.has(m.featureType) || /^(?:court|district):/.test(m.placeId)) {
    return { layer: 'jurisdiction', cue: m.text, confidence: 0.95 };
  }

  const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
  const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));

  // 3. A qualifier of the place just before it ("Culiacán, Sinaloa"; "Nayarit and Sinaloa, Mexico";
  //    "Culiacán in northern Mexico"; "a town in the state of Guerrero") takes the role of nothing on its own.
  const prev = previousMention(ctx, m);
  if (prev && AREA_FEATURES.test(m.featureType) && QUALIFIER_GAP.test(text.slice(prev.end, m.start)) && prev.placeId !== m.placeId && areaRank(m) < areaRank(prev)) {
    return { layer: 'other', cue: 'qualifier', confidence: 0.85 };
  }

  // 4. Courts, prosecutors, governments and laws of or in the place; places in a list share
  //    what governs the list ("investigators from South Korea and the United States").
  const le = leadEnd(ctx, m, sentence);
  // (Patterns that end in a preposition are tried only where it stands: `lastWord.ts`.)
  const prep = lastPreposition(before);
  const leadText = le < m.start ? text.slice(Math.max(sentence.start, le - 60), le) : '';
  const jb = (JURISDICTION_LAST.has(prep) ? JURISDICTION_BEFORE.exec(before) : null) ?? (leadText && JURISDICTION_LAST.has(lastPreposition(leadText)) ? JURISDICTION_BEFORE.exec(leadText) : null);
  if (jb) return { layer: 'jurisdiction', cue: jb[0].trim(), confidence: 0.9 };
  // A list shares the authority after it ("Irish and Spanish police", "Borduria and Syldavia's courts").
  const listAfter = listEnd(ctx, m, sentence);
  const ja = JURISDICTION_AFTER.exec(listAfter === m.end ? after : text.slice(listAfter, Math.min(sentence.end, listAfter + 60)));
  // Officials no longer in office act for no one ("former US officials"; "current and former" do).
  const former = ja && /official|minist|president|governor|mayor/i.test(ja[0]) && FORMER_BEFORE.test(before) && !/current\s+and\s+former\s+$/i.test(before);
  if (ja && !former) return { layer: 'jurisdiction', cue: ja[0].replace(/^['’]s?/, '').trim(), confidence: 0.85 };
  if (former) return { layer: 'other', cue: `former ${ja[0].replace(/^['’]s?/, '').trim()}`, confidence: 0.8 };
  // "U.S. Attorney", "US Attorney DuCharme": a federal prosecutor's title (capitalised; "a Mexican attorney" is a lawyer).
  const title = /^\s+Attorneys?\b(?!\s+General)/.exec(after);
  if (title) return { layer: 'jurisdiction', cue: title[0].trim(), confidence: 0.8 };
  // "in Mexico, where authorities have struggled to prosecute …"
  const where = /^,?\s+where\s+(?:the\s+)?(?:authorities|prosecutors|courts?|officials|judges?)\b/i.exec(after);
  if (where) return { layer: 'jurisdiction', cue: where[0].replace(/^,?\s+/, ''), confidence: 0.75 };
  const underLaw = prep === 'under';
  if (underLaw && /^\s+law\b/i.test(after)) return { layer: 'jurisdiction', cue: 'under … law', confidence: 0.9 };
  // "convicted in Spain", "arraigned in Brooklyn": a legal act (WordNet's prosecution class) done in or by the place.
  const legal = prep === 'in' || prep === 'by' ? legalActBefore(before) : null;
  if (legal) return { layer: 'jurisdiction', cue: legal, confidence: 0.8 };
  // A state or its capital acting as a government ("Beijing placed the precursors under
  // control", "Singapore shut two banks", "called on Canberra", "a deal struck with Turkey").
  const state = demonym ? null : governmentAct(ctx, m, sentence, before, prep);
  if (state) return { layer: 'jurisdiction', cue: state, confidence: 0.7 };

  // 5. A group based in / controlling / expanding into the place — unless the place is on a
  //    trafficking route the group runs ("the Zetas smuggled cocaine from Guatemala"), or holds
  //    money the group controls ("accounts in Guadalajara controlled by the cartel").
  const territory = territoryLink(ctx, m, sentence);
  if (territory && !demonym) {
    const held = storedIn(ctx, m, sentence, true);
    if (held) return { layer: 'incident', cue: held.cue, confidence: held.confidence, kind: held.kind };
  }
  const route = demonym ? null : routeNear(ctx, m, sentence);
  // A route through the place outweighs a claim read from a preposition or from groups no name names ("through X, where armed groups control the tracks").
  if (territory && !(route && /^(?:from|across|throughout|where\b.*)$/i.test(territory.cue ?? ''))) {
    const both = withEvent(territory);
    // "detained a boss of the Gulf cartel in Reynosa": the arrest is what the sentence says of Reynosa.
    if (territory.weak && both.also) return { ...both.also, confidence: both.also.confidence / 0.9, also: { ...territory, weak: undefined } };
    return both;
  }

  // 6. The place acts on a case ("Mexico extradited …", "Spain convicted …").
  const acts = JURISDICTION_ACTS.exec(after)?.[0] ?? legalActAfter(after);
  if (acts && !demonym) return { layer: 'jurisdiction', cue: acts.trim(), confidence: 0.75 };
  if (agency) return { layer: 'other', cue: agency.text, confidence: 0.8 };

  // 7. Something happened there — unless the place only qualifies a person ("the governor of X").
  const personOf = prep === 'of' ? PERSON_OF.exec(before) : null;
  if (personOf) return { layer: 'other', cue: personOf[0].trim(), confidence: 0.75 };
  // A dateline is other until the story's incidents make it their scene (below, in assignRoles).
  if (isDateline(text, m) || inDateline(text, m)) return { layer: 'other', cue: 'dateline', confidence: 0.6 };
  // Where someone comes from, lives or fled to, a reference point, a qualifier: background.
  const frame = otherFrame(ctx, m, sentence);
  if (frame) return { layer: 'other', cue: frame, confidence: 0.7 };
  if (!demonym) {
    const event = eventNear(ctx, m, sentence) ?? route ?? storedIn(ctx, m, sentence);
    if (event) return { layer: 'incident', cue: event.cue, confidence: event.confidence, kind: event.kind };
    // 8. In a sentence that narrates events, a place is their scene unless a frame makes it background.
    const scene = sceneByDefault(ctx, m, sentence);
    if (scene) return { layer: 'incident', cue: scene.cue, confidence: scene.confidence, kind: scene.kind };
  }
  return { layer: 'other', confidence: 0.6 };
}

/**
 * How large a place is, as a rank (0 a country, 1 a first-level division, 2 a second-level one,
 * 3 a town or anything smaller): an area qualifies only a smaller place before it ("Culiacán,
 * Sinaloa"), never one of its own rank in a list ("Switzerland, Panama and Andorra").
 */
function areaRank(m: Mention): number {
  if (/^country:/.test(m.placeId) || /^(?:PCL|TERR)/.test(m.featureType)) return 0;
  if (/^admin1:/.test(m.placeId) || m.featureType === 'ADM1' || m.featureType === 'RGN') return 1;
  if (/^admin2:/.test(m.placeId) || /^ADM[2-5]|^ADMD/.test(m.featureType)) return 2;
  return 3;
}

/** The last mention ending at or before this one starts (mentions seldom overlap, so at most a few are stepped over). */
function previousMention(ctx: RoleContext, m: Mention): Mention | undefined {
  for (let k = ctx.indexOf(m) - 1; k >= 0; k--) if (ctx.all[k].end <= m.start) return ctx.all[k];
  return undefined;
}

/** A country, a first-level division or a capital: places that can stand for a government. */
function canGovern(m: Mention): boolean {
  return /^(?:country|admin1):/.test(m.placeId) || /^(?:PCL|ADM1$|PPLC$|PPLA$)/.test(m.featureType);
}
/** Last words of the diplomacy patterns. */
const DIPLOMACY_LAST = new Set(['on', 'with', 'against', 'promised', 'press', 'pressed', 'presses', 'pressing', 'urged', 'urges', 'urging']);
/** The place as the object of diplomacy: "called on X", "lean on X", "a deal struck with X", "promised X". */
const DIPLOMACY_BEFORE = /\b(?:call(?:ed|s|ing)? on|lean(?:ed|s|ing)? on|pressure on|press(?:ed|es|ing)?|urg(?:ed|es|ing)|(?:deal|agreement|accord|treaty|talks|ties|relations|negotiations) with|struck with|promised|sanctions (?:on|against)|tariffs on)\s+(?:the\s+)?$/i;

/** What a state says on a matter, as news reports it. */
const STATE_SPEECH = /^(?:said|says|denied|denies|condemned|condemns|warned|warns|welcomed|welcomes|rejected|rejects|accused|accuses|demanded|demands|insisted|insists|protested|protests|responded|responds|announced|announces|confirmed|confirms|summoned|summons|recalled|recalls)$/;

/** A country or capital acting as a government, by a WordNet `government` verb after it or a diplomatic act on it; the cue, or null. */
function governmentAct(ctx: RoleContext, m: Mention, sentence: Span, before: string, prep: string): string | null {
  if (!canGovern(m)) return null;
  const diplomacy = DIPLOMACY_LAST.has(prep) ? DIPLOMACY_BEFORE.exec(before) : null;
  if (diplomacy) return diplomacy[0].trim();
  // Step over the rest of a list the place heads ("Washington and Beijing began …").
  const end = listEnd(ctx, m, sentence);
  const after = ctx.text.slice(end, Math.min(sentence.end, end + 60));
  // The first word after the auxiliaries, with the word after it for phrases ("called for").
  const aux = /^(?:['’]s?)?\s*(?:(?:has|had|have|will|would|could|can|may|must|should|then|later|also|quickly|swiftly|formally|began|begun|started|continued|decided|agreed|moved|sought|vowed|threatened|plans|wants|to)\s+)*/i.exec(after)![0];
  const verb = /^([a-z]+)(?:\s+([a-z]+))?/.exec(after.slice(aux.length));
  // A state speaking on the matter: "Mexico said", "Colombia denied", "Rome protested".
  // (Not "the governor of X has denied": the governor speaks.)
  if (verb && STATE_SPEECH.test(verb[1]) && !/\bof\s+(?:the\s+)?$/i.test(before)) return (aux + verb[1]).trim();
  if (!verb || !/(?:ed|[^s]s|ing|shut|put|froze|struck)$/i.test(verb[1])) return null;
  const phrase = verb[2] ? `${verb[1]} ${verb[2]}` : '';
  if (phrase && classOf(phrase) & W.government) return (aux + phrase).trim();
  // (Prosecution verbs after a place are step 6's: "Mexico extradited".)
  return classOf(verb[1]) & W.government ? (aux + verb[1]).trim() : null;
}

/** A word, then "in" or "by" right before the place: "convicted in", "tried by the". */
const LEGAL_LINK = /([A-Za-z]+)\s+(?:in|by)\s+(?:the\s+)?$/;
/** The place, its auxiliaries and a past-tense verb it is the subject of ("Spain has formally charged"). */
const SUBJECT_OF = /^(?:['’]s?)?\s*(?:(?:has|had|have|will|would|could|can|may|must|should|then|later|first|formally|ultimately|also|to)\s+)*([a-z]+ed)\b/;

/** "convicted in Spain": a prosecution-class word (WordNet) right before "in|by <place>"; the cue, or null. */
function legalActBefore(before: string): string | null {
  const link = LEGAL_LINK.exec(before);
  return link && classOf(link[1]) & W.prosecution ? link[0].trim() : null;
}

/** "Spain convicted …": a past-tense prosecution-class verb (WordNet) after the place and its auxiliaries; the cue, or null. */
function legalActAfter(after: string): string | null {
  const verb = SUBJECT_OF.exec(after);
  return verb && classOf(verb[1]) & W.prosecution ? verb[0] : null;
}

/**
 * The group's display name; a misspelt place in the name takes the resolved spelling
 * ("Sinoloa cartel" → "Sinaloa Cartel") while short forms keep theirs ("Juarez cartel").
 */
function groupName(g: Actor, m: Mention): string {
  const surface = foldName(m.text);
  const resolved = foldName(m.name);
  if (surface === resolved) return g.name.replace(m.text, m.name);
  // A short form of the name ("Juarez" for "Ciudad Juárez") keeps its length but takes the
  // gazetteer's spelling ("Juárez Cartel").
  const words = m.name.split(/\s+/);
  const n = m.text.split(/\s+/).length;
  for (let i = 0; i + n <= words.length; i++) {
    const part = words.slice(i, i + n).join(' ');
    if (foldName(part) === surface) return g.name.replace(m.text, part);
  }
  if (resolved.includes(surface)) return g.name;
  // Only a near spelling is a misspelling; anything else is the resolver's guess, not the group's name.
  if (editDistance(surface, resolved) > Math.max(1, Math.floor(resolved.length / 4))) return g.name;
  return g.name.replace(m.text, m.name);
}

/**
 * A mention by demonym ("Mexican" for Mexico): it names a nationality, never the scene of an
 * event.
 */
function isDemonym(m: Mention): boolean {
  const surface = foldName(m.text);
  const name = foldName(m.name);
  return surface !== name && !name.includes(surface) && /(?:an|ans|ian|ians|ese|ish|i|ic|in|ins|ine|ines|ino|inos)$/.test(surface);
}

/** Levenshtein distance (small strings only). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
