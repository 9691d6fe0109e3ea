/**
 * People read as places (issue 9, point 5). Crime news names people all the time, and many
 * people bear place names: a nickname that is also a hamlet, a first name that is a country,
 * a surname that is a town. A reader tells them apart by the shape of the phrase, not by a list
 * of people. The names below are invented or chosen for their shape; none is in a rule's list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import type { GazetteerIndex } from '../../geo/types.ts';
import { mentionAt as mentionIn } from './support/mentionAt.ts';

let gazetteer: GazetteerIndex;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

const mentionAt = (text: string, surface: string, nth = 0) => mentionIn(gazetteer, text, surface, nth);

describe('"<person> in <place>": the name before "in" is no place when no place of that name lies there', () => {
  it.each([
    ['a nickname that a Veracruz hamlet also bears', 'El Chapo in Sinaloa ran the business for decades.', 'El Chapo'],
    ['a surname that names towns elsewhere', 'Prosecutors say Herrera in Sonora ordered the killings.', 'Herrera'],
    ['a surname after the full name was given', 'Omar Treviño Morales led the Zetas. Treviño in Nuevo León kept the accounts.', 'Treviño', 1],
  ] as Array<[string, string, string, number?]>)('%s', (_label, text, surface, nth = 0) => {
    expect(mentionAt(text, surface, nth)).toBeUndefined();
  });

  it.each([
    ['after a locative, an unknown town in its state is still placed in the state', 'He was arrested in Holliday in Missouri last year.', 'Holliday', 'admin1:US.MO'],
    ['a town that does lie in the area keeps its reading', 'Police found the car in Paris in Texas.', 'Paris', 'US'],
    ['the area after "in" is still a place', 'El Chapo in Sinaloa ran the business for decades.', 'Sinaloa', 'admin1:MX.25'],
  ])('%s', (_label, text, surface, expected) => {
    const m = mentionAt(text, surface);
    expect(m).toBeDefined();
    const p = gazetteer.get(m!.placeId)!;
    expect(expected.includes(':') ? p.id : p.country).toBe(expected);
  });
});

describe('a person whose first name is a country, a state or a city', () => {
  it.each([
    ['a country as a first name, surname unknown to English', 'Israel Vallarta was arrested in 2005 in Mexico City.', 'Israel'],
    ['a country as a first name, surname that is also a town', 'Jordan Belfort spoke to investors in Las Vegas.', 'Jordan'],
    ['… and the surname is no town either', 'Jordan Belfort spoke to investors in Las Vegas.', 'Belfort'],
    ['another country', 'Chad Mitchell was arrested in Houston on Friday.', 'Chad'],
    ['a US state as a first name', 'The lawyer, Georgia Ruelas, filed the motion in El Paso.', 'Georgia'],
    ['a capital as a Spanish first name', 'President Santiago Peña met the delegation in Asunción.', 'Santiago'],
    ['a city as a first name', 'The singer Sydney Okonkwo performed in Lagos.', 'Sydney'],
  ])('%s', (_label, text, surface) => {
    expect(mentionAt(text, surface)).toBeUndefined();
  });

  it.each([
    ['a country before an organisation word', 'The Israel Defense Forces said troops entered the camp.', 'Israel', 'country:IL'],
    ['a country before a place head', 'Settlers moved into the Jordan Valley last year.', 'Jordan', 'country:JO'],
    ['a state before a common word', 'Georgia Power raised its rates for customers in Atlanta and Savannah.', 'Georgia', 'admin1:US.GA'],
    ['the country alone, later in the same story', 'Jordan Belfort spoke in Las Vegas. He later moved to Jordan.', 'Jordan', 'country:JO'],
  ])('%s', (_label, text, surface, id) => {
    const m = mentionAt(text, surface, surface === 'Jordan' && text.includes('moved to Jordan') ? 1 : 0);
    expect(m?.placeId).toBe(id);
  });
});

describe('nicknames', () => {
  it.each([
    ['a quoted nickname, named again bare', 'Nemesio “El Mencho” Oseguera built the cartel. El Mencho was never caught.', 'El Mencho', 1],
    ['a Spanish article and a hamlet\'s name as the subject', 'El Chapo escaped from prison twice.', 'El Chapo', 0],
    ['… after a comma in an appositive', 'His boss, El Chapo, paid the guards.', 'El Chapo', 0],
  ] as const)('%s', (_label, text, surface, nth) => {
    expect(mentionAt(text, surface, nth)).toBeUndefined();
  });

  it.each([
    ['a big town with a Spanish article', 'The shipment crossed at El Paso on Monday.', 'El Paso', 'US'],
    ['a small town with a Spanish article after a locative', 'Soldiers patrolled near El Chapo, Veracruz, last week.', 'El Chapo', 'MX'],
  ])('%s is still a place', (_label, text, surface, country) => {
    const m = mentionAt(text, surface);
    expect(m && gazetteer.get(m.placeId)!.country).toBe(country);
  });
});

describe("a group's plural name is no place", () => {
  it.each([
    ['Spanish article and plural', 'Los Lobos in Ecuador control the illegal gold mines.', 'Los Lobos'],
    ['English article and Spanish plural', 'The Chapitos in Sinaloa fought the rival faction.', 'Chapitos'],
  ])('%s', (_label, text, surface) => {
    expect(mentionAt(text, surface)).toBeUndefined();
  });
});

describe('names that a word before or after makes no place', () => {
  it.each([
    ["a person after a lower-case title, though a capital bears the first name", 'Former senator Santiago Ríos won the vote. Supporters of Santiago Ríos cheered.', 'Santiago', 1],
    ['a relative named after a town', 'She leaves her husband and her son Bryan, of Lebanon.', 'Bryan', 0],
    ["a storm's name", 'Cyclone Alfred crossed the coast north of Brisbane overnight.', 'Alfred', 0],
    ["a paper's name with words between the town and its head", 'The Manchester Evening News reported the verdict.', 'Manchester', 0],
    ['a Spanish compass word in a cartel\'s name', 'The Cartel del Noreste controls the crossings.', 'Noreste', 0],
  ] as Array<[string, string, string, number]>)('%s', (_label, text, surface, nth) => {
    expect(mentionAt(text, surface, nth)).toBeUndefined();
  });

  it.each([
    ["a town before its court, though the town's name is a first name", 'A man was jailed, Preston Crown Court heard.', 'Preston'],
    ['the same capital after a locative', 'Former senator Santiago Ríos won. Protesters gathered in Santiago.', 'Santiago'],
    ['a town named Hurricane before its state', 'Two teenagers were found unharmed. HURRICANE, W.Va. - Officers searched.', 'W.Va.'],
  ])('%s is still a place', (_label, text, surface) => {
    expect(mentionAt(text, surface, surface === 'Santiago' ? 1 : 0)).toBeDefined();
  });
});
