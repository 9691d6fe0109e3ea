import { describe, expect, it } from 'vitest';
import { assignRoles } from '../../geo/roles.ts';
import type { Layer, Mention } from '../../geo/types.ts';

/** A hand-made mention of `surface` (its `nth` occurrence) resolved to `name`. */
function at(text: string, surface: string, name = surface, featureType = 'PPL', nth = 0): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`no ${surface} in ${text}`);
  return {
    start,
    end: start + surface.length,
    text: surface,
    name,
    lat: 0,
    lon: 0,
    placeId: `test:${name}`,
    featureType,
    layer: 'other',
    confidence: 1,
  };
}

type Row = [phenomenon: string, sentence: string, surface: string, name: string, featureType: string, layer: Layer, group?: string];

const rows: Row[] = [
  // territory
  ['group named after a place', 'Leaders of the Varossa cartel met on Tuesday.', 'Varossa', 'Varossa', 'ADM1', 'territory', 'Varossa Cartel'],
  ['group named after a place, with "drug"', 'A Varossa drug cartel member testified.', 'Varossa', 'Varossa', 'ADM1', 'territory', 'Varossa Cartel'],
  ['Spanish group name', 'El cartel de Varossa is feared; the Cartel de Varossa grew.', 'Varossa', 'Varossa', 'ADM1', 'territory', 'Varossa Cartel'],
  ['misspelt place in a group name takes the resolved spelling', 'Members of the Varosa cartel were indicted.', 'Varosa', 'Varossa', 'ADM1', 'territory', 'Varossa Cartel'],
  ['based in', 'Prosecutors charged him with taking bribes from the Q-7 cartel, based in Lomaria and Varossa.', 'Lomaria', 'Lomaria', 'ADM1', 'territory', 'Q-7 Cartel'],
  ['based in, second of a list', 'Prosecutors charged him with taking bribes from the Q-7 cartel, based in Lomaria and Varossa.', 'Varossa', 'Varossa', 'ADM1', 'territory', 'Q-7 Cartel'],
  ['expands into (anaphor "the cartel")', 'The Zorro Blanco cartel grew quickly. Last year the cartel expanded into Puerto Lindo.', 'Puerto Lindo', 'Puerto Lindo', 'PPLA', 'territory', 'Zorro Blanco Cartel'],
  ['controls', 'The Zorro Blanco gang controls Puerto Lindo and its port.', 'Puerto Lindo', 'Puerto Lindo', 'PPL', 'territory', 'Zorro Blanco Gang'],
  ['fight for', 'The Zorro Blanco cartel and its rivals fight for Puerto Lindo.', 'Puerto Lindo', 'Puerto Lindo', 'PPL', 'territory', 'Zorro Blanco Cartel'],
  ['home of (place before group)', 'Lomaria, home of the Q-7 cartel, is quiet.', 'Lomaria', 'Lomaria', 'ADM1', 'territory', 'Q-7 Cartel'],
  ['territory grows to a city, then the rest of a state', "The Q-7 cartel paid him. He acted to expand the cartel's territory to Puerto Lindo and later the rest of Lomaria.", 'Puerto Lindo', 'Puerto Lindo', 'PPLA2', 'territory', 'Q-7 Cartel'],
  ['territory list with filler words', "The Q-7 cartel paid him. He acted to expand the cartel's territory to Puerto Lindo and later the rest of Lomaria.", 'Lomaria', 'Lomaria', 'ADM1', 'territory', 'Q-7 Cartel'],
  ['a short unaccented form takes the gazetteer spelling', 'He worked with the Lindo cartel.', 'Lindo', 'Puerto Lindó', 'PPL', 'territory', 'Lindó Cartel'],
  ['a wrongly resolved place does not rename the group', 'He worked with the Varossa cartel.', 'Varossa', 'Gibraltar', 'PPL', 'territory', 'Varossa Cartel'],
  // jurisdiction
  ['charges in a country', 'He is facing drug charges in Ruritania after his arrest.', 'Ruritania', 'Ruritania', 'PCLI', 'jurisdiction'],
  ['prosecutors in a city', 'Federal prosecutors in Westbury had charged the general.', 'Westbury', 'Westbury', 'PPLA2', 'jurisdiction'],
  ['court in a city', 'He appeared before a federal court in Westbury on Monday.', 'Westbury', 'Westbury', 'PPLA2', 'jurisdiction'],
  ['judicial district', 'Prosecutors in the Northern District of Lomaria filed the motion.', 'Northern District of Lomaria', 'Northern District of Lomaria', 'ADMD', 'jurisdiction'],
  ['under the law of a country (demonym)', 'He may be charged under Ruritanian law.', 'Ruritanian', 'Ruritania', 'PCLI', 'jurisdiction'],
  ["a country's authorities (demonym)", 'The case was handed to Ruritanian authorities.', 'Ruritanian', 'Ruritania', 'PCLI', 'jurisdiction'],
  ["a country's government (possessive)", "Ruritania's government was blindsided.", 'Ruritania', 'Ruritania', 'PCLI', 'jurisdiction'],
  ['custody', 'He was taken into Ruritania custody last week.', 'Ruritania', 'Ruritania', 'PCLI', 'jurisdiction'],
  ['a country acts on a case', 'Last week, Ruritania extradited to Lomaria a senior leader.', 'Ruritania', 'Ruritania', 'PCLI', 'jurisdiction'],
  // incident
  ['arrested at an airport', 'He was arrested at Westbury International Airport in October.', 'Westbury International Airport', 'Westbury International Airport', 'AIRP', 'incident'],
  ['taken into custody at', 'Gomez was taken into custody in October at Westbury International Airport.', 'Westbury International Airport', 'Westbury International Airport', 'AIRP', 'incident'],
  ['taken into a country\'s custody at an airport: the airport is the incident', 'He was taken into Ruritania custody in October at Westbury International Airport.', 'Westbury International Airport', 'Westbury International Airport', 'AIRP', 'incident'],
  ['taken into a country\'s custody at an airport: the country is a jurisdiction', 'He was taken into Ruritania custody in October at Westbury International Airport.', 'Ruritania', 'Ruritania', 'PCLI', 'jurisdiction'],
  ['extradited to', 'Last week, Ruritania extradited to Lomaria a senior leader.', 'Lomaria', 'Lomaria', 'ADM1', 'incident'],
  ['killed in', 'Two police officers were killed in Puerto Lindo on Sunday.', 'Puerto Lindo', 'Puerto Lindo', 'PPL', 'incident'],
  ['seizure at the port of a city', 'Police seized 200 kilos of fentanyl at the port of Puerto Lindo last month.', 'Puerto Lindo', 'Puerto Lindo', 'PPL', 'incident'],
  ['seizure near', 'Soldiers seized two tons of cocaine near Puerto Lindo.', 'Puerto Lindo', 'Puerto Lindo', 'PPL', 'incident'],
  ['place as modifier of an event noun', 'The Puerto Lindo massacre shocked the country.', 'Puerto Lindo', 'Puerto Lindo', 'PPL', 'incident'],
  // other
  ['law enforcement is not law', 'Ruritanian law enforcement agents met the army.', 'Ruritanian', 'Ruritania', 'PCLI', 'other'],
  ['demonym near an event is not an incident', 'Ruritanian soldiers said the men were arrested.', 'Ruritanian', 'Ruritania', 'PCLI', 'other'],
  ["a country's officials are its jurisdiction", 'Ruritanian officials said the men were arrested.', 'Ruritanian', 'Ruritania', 'PCLI', 'jurisdiction'],
  ['officials in a state', 'Officials in Lomaria said the road would reopen.', 'Lomaria', 'Lomaria', 'ADM1', 'jurisdiction'],
  ['former officials act for no one', 'Some former Ruritanian officials criticised the deal.', 'Ruritanian', 'Ruritania', 'PCLI', 'other'],
  ['a capitalised Attorney is a prosecutor', 'Ruritania Attorney Jane Roe filed the motion.', 'Ruritania', 'Ruritania', 'PCLI', 'jurisdiction'],
  ['sought by a country', 'He had long been sought by Ruritania for fraud.', 'Ruritania', 'Ruritania', 'PCLI', 'jurisdiction'],
  ['where authorities …', 'He will be tried in Ruritania, where prosecutors have struggled for years.', 'Ruritania', 'Ruritania', 'PCLI', 'jurisdiction'],
  ['negated event', 'The informant was not killing in Lomaria at the time.', 'Lomaria', 'Lomaria', 'ADM1', 'other'],
  ['evaded capture', 'Dozens of officers evaded capture in Lomaria for years.', 'Lomaria', 'Lomaria', 'ADM1', 'other'],
  ['the governor of a state is no scene', 'The governor of Lomaria was arrested last week.', 'Lomaria', 'Lomaria', 'ADM1', 'other'],
  ['movement with a purpose at the destination', 'Gunmen were sent into Lomaria to kill a witness.', 'Lomaria', 'Lomaria', 'ADM1', 'incident'],
  ['"between X and Y": the first place', 'Men abducted a family on the road between Westbury and Puerto Lindo.', 'Westbury', 'Westbury', 'PPL', 'incident'],
  ['coordinated places share the preposition', 'Men abducted a family on the road between Westbury and Puerto Lindo.', 'Puerto Lindo', 'Puerto Lindo', 'PPL', 'incident'],
  ['a group by ellipsis ("cartels — especially X")', 'He favoured certain cartels — especially Varossa — over others.', 'Varossa', 'Varossa', 'ADM1', 'territory', 'Varossa Cartel'],
  ['a generic noun in a group name names no place', 'A boss of the Gulf cartel was detained.', 'Gulf', 'Gulf', 'ADM1', 'other'],
  ['a faction in a city', "The Zorro Blanco cartel's faction in Puerto Lindo split.", 'Puerto Lindo', 'Puerto Lindo', 'PPL', 'territory', 'Zorro Blanco Cartel'],
  ['no cue', 'Westbury is a pleasant town with a river.', 'Westbury', 'Westbury', 'PPL', 'other'],
  ['event far away in another clause', 'He grew up in Westbury; decades later, after a long career in politics and business abroad, he was arrested.', 'Westbury', 'Westbury', 'PPL', 'other'],
  ['place in an agency name', 'The Ruritanian Army detained three officers.', 'Ruritanian', 'Ruritania', 'PCLI', 'other'],
  ['a place in a sentence that narrates no event is no scene', 'Intelligence passed on to Ruritania may have figured in the talks.', 'Ruritania', 'Ruritania', 'PCLI', 'other'],
  ['a place in a sentence that narrates an event is its scene by default', 'Intelligence gathered in Ruritania may have figured in the detention.', 'Ruritania', 'Ruritania', 'PCLI', 'incident'],
  ['what is passed on to a place goes there on no route: no scene', 'Intelligence passed on to Ruritania may have figured in the detention.', 'Ruritania', 'Ruritania', 'PCLI', 'other'],
  ['smuggled into', 'The gang smuggled cocaine into Lomaria.', 'Lomaria', 'Lomaria', 'ADM1', 'incident'],
  ['the group noun is no place even if a gazetteer says so', 'The H-2 Cartel trafficked guns in Lomaria.', 'Cartel', 'Cartelville', 'PPL', 'other'],
  ['the place a qualifier follows', 'He was arrested in Puerto Lindo, Lomaria.', 'Puerto Lindo', 'Puerto Lindo', 'PPL', 'incident'],
  ['qualifier of the place before it', 'He was arrested in Puerto Lindo, Lomaria.', 'Lomaria', 'Lomaria', 'ADM1', 'other'],
];

describe('assignRoles', () => {
  it.each(rows)('%s: %s → %s is %s', (_p, sentence, surface, name, featureType, layer, group) => {
    const all = rows
      .filter((r) => r[1] === sentence)
      .map((r) => at(sentence, r[2], r[3], r[4]));
    const [m] = assignRoles(sentence, all).filter((x) => x.text === surface);
    expect(m.layer).toBe(layer);
    if (layer !== 'other' || m.cue) expect(typeof (m.cue ?? '')).toBe('string');
    if (group) expect(m.group).toBe(group);
    if (layer !== 'territory') expect(m.group).toBeUndefined();
  });

  it('keeps input order and does not mutate its input', () => {
    const text = 'He was killed in Puerto Lindo. The Zorro Blanco cartel controls Lomaria.';
    const input = [at(text, 'Lomaria'), at(text, 'Puerto Lindo')];
    const copy = structuredClone(input);
    const out = assignRoles(text, input);
    expect(input).toEqual(copy);
    expect(out.map((m) => [m.text, m.layer])).toEqual([
      ['Lomaria', 'territory'],
      ['Puerto Lindo', 'incident'],
    ]);
  });

  it('a place standing for its namesake group ("Varossa leaders") is that group\'s territory', () => {
    const text = 'The Varossa cartel is feared. Officials colluded with Varossa leaders for years. Varossa is hot.';
    const out = assignRoles(text, [at(text, 'Varossa', 'Varossa', 'ADM1', 1), at(text, 'Varossa', 'Varossa', 'ADM1', 2)]);
    expect(out.map((m) => [m.layer, m.group, m.cue])).toEqual([
      ['territory', 'Varossa Cartel', 'Varossa leaders'],
      ['other', undefined, undefined],
    ]);
  });

  it('records the deciding words as the cue', () => {
    const text = 'Federal prosecutors in Westbury had charged him.';
    expect(assignRoles(text, [at(text, 'Westbury')])[0].cue).toBe('prosecutors in');
  });
});
