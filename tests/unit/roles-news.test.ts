/**
 * Roles on unseen text (issue 9, point 4), each phenomenon a table row with invented places
 * (Varossa, Lomaria, Puerto Lindo, Westbury, Ruritania) so that the rule, not a word list of
 * places, is what passes: WordNet's event classes (an unseen inflection or synonym of a known
 * event counts), the trafficking route, money and drugs stored in a place, group plurals as
 * territory cues, kinds of place between a preposition and the place, police forces, states
 * acting as governments, datelines, and lists that are not qualifiers.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../geo/actors.ts';
import { assignRoles } from '../../geo/roles.ts';
import { classOf, classTokens, W } from '../../geo/roles/wordClasses.ts';
import type { Layer, Mention } from '../../geo/types.ts';

const KINDS: Record<string, [string, string, number, number]> = {
  Varossa: ['ADM1', 'admin1:XX.01', 10, 10],
  Lomaria: ['ADM1', 'admin1:XX.02', 20, 20],
  'Puerto Lindo': ['PPL', 'test:puerto-lindo', 30, 30],
  'San Lindo': ['PPL', 'test:san-lindo', 30.1, 30.1],
  Westbury: ['PPLA2', 'test:westbury', 40, 40],
  Ruritania: ['PCLI', 'country:RU-TEST', 50, 50],
  Ruritanian: ['PCLI', 'country:RU-TEST', 50, 50],
  Borduria: ['PCLI', 'country:BO-TEST', 60, 60],
  Syldavia: ['PCLI', 'country:SY-TEST', 70, 70],
};

/** Every invented place in the text, as the geoparser would give it. */
function mentionsOf(text: string): Mention[] {
  const out: Mention[] = [];
  for (const [surface, [featureType, placeId, lat, lon]] of Object.entries(KINDS)) {
    const re = new RegExp(`(?<![\\p{L}])${surface}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      if (out.some((o) => o.start < m.index + surface.length && m.index < o.end)) continue;
      const name = surface === 'Ruritanian' ? 'Ruritania' : surface;
      out.push({ start: m.index, end: m.index + surface.length, text: surface, name, lat, lon, placeId, featureType, layer: 'other', confidence: 1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The role of the `nth` mention of `surface`. */
function roleOf(text: string, surface: string, nth = 0) {
  const out = assignRoles(text, mentionsOf(text), undefined, '2024-03-08').filter((m) => m.text === surface);
  return out[nth];
}

type Row = [phenomenon: string, text: string, surface: string, layer: Layer, kind?: string];

describe('WordNet event classes: an unseen inflection or synonym of a known event counts', () => {
  it.each([
    ['apprehended (arrest)', 'Agents apprehended the accountant in Westbury.', 'Westbury', 'incident', 'arrest'],
    ['slain (killing, irregular participle)', 'Two brothers were slain in Westbury on Sunday.', 'Westbury', 'incident', 'killing'],
    ['assassinated (a troponym of murder)', 'A mayor was assassinated in Westbury.', 'Westbury', 'incident', 'killing'],
    ['confiscated (seizure)', 'Customs officers confiscated rifles in Westbury.', 'Westbury', 'incident', 'seizure'],
    ['abducted (kidnapping)', 'A rancher was abducted near Westbury.', 'Westbury', 'incident', 'other'],
    ['repatriated (extradition)', 'He was repatriated to Ruritania last week.', 'Ruritania', 'incident', 'extradition'],
    ['laundered (laundering)', 'The network laundered the proceeds in Westbury.', 'Westbury', 'incident', 'other'],
    ['an event noun derived from its verb (seizure)', 'The seizure in Westbury was the largest this year.', 'Westbury', 'incident', 'seizure'],
    ['an everyday verb sharing an event synset is no event ("delivered a speech")', 'The governor delivered a speech in Westbury.', 'Westbury', 'other'],
    ['a plan is no meeting ("will meet")', 'Both teams will meet again in Westbury next season.', 'Westbury', 'other'],
  ] as Row[])('%s: %s', (_p, text, surface, layer, kind) => {
    const m = roleOf(text, surface);
    expect(m.layer).toBe(layer);
    if (kind) expect(m.kind).toBe(kind);
  });

  it.each([
    ['ferried', W.transport],
    ['trafficked', W.smuggling],
    ['funnelled', W.transport],
    ['funneled', W.transport],
    ['stashing', W.storing],
    ['kilos', W.cargo],
    ['prosecuted', W.prosecution],
    ['resort', W.locale],
  ])('the table holds "%s" in its class', (word, bit) => {
    expect(classOf(word) & bit).toBe(bit);
  });
});

describe('the trafficking route: every place on it is the scene of smuggling', () => {
  it.each([
    ['from X to Y: origin', 'The ring ran cocaine shipments from Puerto Lindo to warehouses in Westbury.', 'Puerto Lindo', 'incident', 'smuggling'],
    ['from X to <spot> in Y: destination', 'The ring ran cocaine shipments from Puerto Lindo to warehouses in Westbury.', 'Westbury', 'incident', 'smuggling'],
    ['north through X and Y: the first of a list', 'They moved cocaine north through Varossa and Lomaria.', 'Varossa', 'incident', 'smuggling'],
    ['north through X and Y: the second shares the preposition', 'They moved cocaine north through Varossa and Lomaria.', 'Lomaria', 'incident', 'smuggling'],
    ['via X', 'Guns were sent to the gang via Westbury.', 'Westbury', 'incident', 'smuggling'],
    ['on to X', 'The fentanyl was trucked to the border and on to Westbury.', 'Westbury', 'incident', 'smuggling'],
    ['X-bound', 'Marines boarded a Westbury-bound freighter carrying cocaine.', 'Westbury', 'incident', 'smuggling'],
    ['shipments pass through X', 'He took bribes to let shipments pass through Westbury.', 'Westbury', 'incident', 'smuggling'],
    ['violence spread to X', 'The violence spread to Puerto Lindo within weeks.', 'Puerto Lindo', 'incident'],
    ['money stored in X', 'They stored cash in Westbury before moving it to Puerto Lindo.', 'Westbury', 'incident'],
    ['money moved on to Y', 'They stored cash in Westbury before moving it to Puerto Lindo.', 'Puerto Lindo', 'incident', 'smuggling'],
    ['accounts in X, whoever controls them', 'Investigators froze accounts in Westbury controlled by the Varossa cartel.', 'Westbury', 'incident'],
    ['nothing illicit moves: a trip is no route', 'The mayor flew from Westbury to Puerto Lindo for a wedding.', 'Westbury', 'other'],
    ['nothing illicit moves: the destination neither', 'The mayor flew from Westbury to Puerto Lindo for a wedding.', 'Puerto Lindo', 'other'],
    ['people from a place come from it', 'Migrants from Lomaria crossed the river with smugglers.', 'Lomaria', 'other'],
    ['a group\'s route-free base is still its territory', 'The Varossa cartel controls Lomaria.', 'Lomaria', 'territory'],
  ] as Row[])('%s: %s → %s', (_p, text, surface, layer, kind) => {
    const m = roleOf(text, surface);
    expect(m.layer).toBe(layer);
    if (kind) expect(m.kind).toBe(kind);
  });
});

describe('group plurals and Spanish-article names: a group, and a territory cue for the place', () => {
  it.each([
    ['English article + capitalised plural', 'Brokers for the Chapitos moved fentanyl.', [['the Chapitos', 'Los Chapitos']]],
    ['a known group by its plural takes its canonical name', 'The Zetas smuggled cocaine.', [['The Zetas', 'Los Zetas']]],
    ['Spanish article', 'Los Choneros fought Los Lobos over cocaine routes.', [['Los Choneros', 'Los Choneros'], ['Los Lobos', 'Los Lobos']]],
    ['an invented family name', 'The Ruizvelas trafficked heroin for a decade.', [['The Ruizvelas', 'Ruizvelas']]],
    ['two words', 'The Ortega Lunas ran a drug ring.', [['The Ortega Lunas', 'Ortega Lunas']]],
    ['an English word is no group ("the Marines")', 'The Marines arrested a drug trafficker.', []],
    ['the + one capitalised word that is no English word, as a noun', "Police rounded up members of the 'Ndrangheta on Wednesday in a cocaine sweep.", [["the 'Ndrangheta", "'Ndrangheta"]]],
    ['… before a possessive', "The Camorra's drug trade has long depended on housing estates.", [['The Camorra', 'Camorra']]],
    ['… with a hyphen', 'The Kudo-kai, long based in the city, trafficked methamphetamine.', [['The Kudo-kai', 'Kudo-kai']]],
    ['an adjective before a noun is no group ("the Spanish resort")', 'Officers detained drug suspects in the Spanish resort.', []],
    ['a group noun itself is no name ("the Cartel")', 'He worked for the Cartel, which trafficked drugs.', []],
    ['no crime in the story, no group', 'The Ruizvelas hosted a wedding.', []],
  ] as Array<[string, string, string[][]]>)('%s: %s', (_p, text, expected) => {
    expect(findActors(text).filter((a) => a.kind === 'group').map((a) => [a.text, a.name])).toEqual(expected);
  });

  it.each([
    ['the <group> in <place> is territory', 'Brokers working for the Chapitos in Lomaria shipped fentanyl.', 'Lomaria', 'territory', 'Los Chapitos'],
    ['an event in it outweighs: the scene of the arrest', 'Soldiers detained a boss of the Chapitos in Puerto Lindo.', 'Puerto Lindo', 'incident', undefined],
    ['based in', 'Los Choneros, a gang based in Lomaria, grew quickly in the drug trade.', 'Lomaria', 'territory', 'Los Choneros'],
    ['an anaphor with an adjective ("the notorious gang")', 'Police charged members of the Tren de Aragua. The notorious gang has expanded into Lomaria since 2018.', 'Lomaria', 'territory', 'Tren de Aragua'],
    ['"the clan, based in …"', "Police arrested members of the 'Ndrangheta. Prosecutors said the clan, based in the hill town of Puerto Lindo, imported cocaine.", 'Puerto Lindo', 'territory', "'Ndrangheta"],
  ])('%s: %s', (_p, text, surface, layer, group) => {
    const m = roleOf(text, surface);
    expect(m.layer).toBe(layer);
    if (group) expect(m.group).toBe(group);
  });

  it('a place the geoparser finds in a plural unmakes the group ("the Lomarias" read as a place)', () => {
    const text = 'Officials in the Lomarias seized cocaine.';
    const place: Mention = { ...mentionsOf('Lomaria')[0], start: 17, end: 25, text: 'Lomarias', name: 'Lomarias' };
    expect(assignRoles(text, [place])[0].layer).toBe('jurisdiction');
  });
});

describe('kinds of place, police, governments, datelines, lists', () => {
  it.each([
    ['"in the Spanish resort of X": the preposition before the phrase', 'Police detained suspects in the seaside resort of Puerto Lindo.', 'Puerto Lindo', 'incident'],
    ['"in the provinces of X, Y"', 'Agents arrested 46 people in the provinces of Varossa and Lomaria.', 'Lomaria', 'incident'],
    ['"based in the hill town of X"', 'The Varossa cartel, based in the hill town of Puerto Lindo, imported cocaine.', 'Puerto Lindo', 'territory'],
    ['"residents of X" near a disaster', 'Residents of Puerto Lindo were evacuated as the wildfire spread.', 'Puerto Lindo', 'incident'],
    ['a police force acts for its place', 'Lomaria Police have charged five men.', 'Lomaria', 'jurisdiction'],
    ['a nationality\'s police', 'Ruritanian police say the trade is brokered abroad.', 'Ruritanian', 'jurisdiction'],
    ['soldiers are no authority', 'Ruritanian soldiers said the men were arrested.', 'Ruritanian', 'other'],
    ['a capital acting as its government', 'Since Westbury imposed sanctions, exports have fallen.', 'Westbury', 'other'],
    ['a country acting as its government', 'Ruritania imposed sanctions on the bank.', 'Ruritania', 'jurisdiction'],
    ['a list of countries acting together', 'Borduria and Syldavia called for a peaceful vote.', 'Syldavia', 'jurisdiction'],
    ['the object of diplomacy', 'Officials called on Ruritania to extradite him.', 'Ruritania', 'jurisdiction'],
    ['a list of countries is no qualifier', 'The money was hidden in accounts in Ruritania, Borduria and Syldavia.', 'Borduria', 'incident'],
    ['an area after a town still qualifies it', 'Gunmen killed a priest in Puerto Lindo, Varossa.', 'Varossa', 'other'],
  ] as Row[])('%s: %s → %s', (_p, text, surface, layer) => {
    expect(roleOf(text, surface).layer).toBe(layer);
  });

  it.each([
    ['the story happened there', 'PUERTO LINDO, Varossa (AP) — Gunmen killed six men in San Lindo, a suburb, on Thursday.', 'incident'],
    ['the reporter only filed there', 'PUERTO LINDO, Varossa (AP) — Police in Westbury arrested 84 suspects on Thursday.', 'other'],
  ])('a dateline: %s', (_p, text, layer) => {
    const withDateline = text.replace('PUERTO LINDO', 'Puerto Lindo');
    expect(roleOf(withDateline, 'Puerto Lindo').layer).toBe(layer);
  });
});

describe('an attempt is no trial ("tried to")', () => {
  it.each([
    ['tried to board', 'They tried to board a plane.', []],
    ['was tried in', 'He was tried in Westbury.', ['tried']],
  ] as Array<[string, string, string[]]>)('%s', (_p, text, expected) => {
    expect(classTokens(text, 0, text.length).filter((t) => t.bits & W.prosecution).map((t) => t.text)).toEqual(expected);
  });
});
