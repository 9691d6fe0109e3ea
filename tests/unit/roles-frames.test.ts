/**
 * The news set's reading of places (issue 9, point 4; `tests/fixtures/news/FORMAT.md`): in a story
 * that narrates events, a place is where they happen or pass — the scene — unless it stands in a
 * frame that makes it background: where someone comes from, lives or fled to, a reference point,
 * a qualifier of another place, a comparison, a dateline. Each phenomenon a table row with
 * invented places (Varossa, Lomaria, Puerto Lindo, Westbury, Ruritania), so that the rule, not a
 * list of places or of one set's words, is what passes.
 */
import { describe, expect, it } from 'vitest';
import { assignRoles } from '../../geo/roles.ts';
import type { Layer, Mention } from '../../geo/types.ts';

const KINDS: Record<string, [string, string, number, number]> = {
  Varossa: ['ADM1', 'admin1:XX.01', 10, 10],
  Lomaria: ['ADM1', 'admin1:XX.02', 20, 20],
  'Puerto Lindo': ['PPL', 'test:puerto-lindo', 30, 30],
  Westbury: ['PPLA2', 'test:westbury', 40, 40],
  Ruritania: ['PCLI', 'country:RU-TEST', 50, 50],
  Ruritanian: ['PCLI', 'country:RU-TEST', 50, 50],
  Syldavin: ['PCLI', 'country:SY-TEST', 60, 60],
  Aragua: ['ADM1', 'admin1:VE.TEST', 70, 70],
};

/** Every invented place in the text, as the geoparser would give it. */
function mentionsOf(text: string): Mention[] {
  const out: Mention[] = [];
  for (const [surface, [featureType, placeId, lat, lon]] of Object.entries(KINDS)) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${surface}(?![\\p{L}])`, 'giu'))) {
      if (out.some((o) => o.start < m.index + surface.length && m.index < o.end)) continue;
      const name = surface === 'Ruritanian' ? 'Ruritania' : surface === 'Syldavin' ? 'Syldavia' : surface;
      out.push({ start: m.index, end: m.index + surface.length, text: m[0], name, lat, lon, placeId, featureType, layer: 'other', confidence: 1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The role of the `nth` mention of `surface` (any case). */
function layerOf(text: string, surface: string, nth = 0): Layer {
  return assignRoles(text, mentionsOf(text), undefined, '2024-03-08').filter((m) => m.text.toLowerCase() === surface.toLowerCase())[nth].layer;
}

type Row = [phenomenon: string, text: string, surface: string, layer: Layer];

describe('the scene by default: a place in a story that narrates events is where they happen or pass', () => {
  it.each([
    ['the object of a movement verb', 'Tractor-trailers that left Puerto Lindo carried cocaine across the border.', 'Puerto Lindo', 'incident'],
    ['a place whose sentence has no event word, after one that has', 'A bushfire destroyed 70 homes on Tuesday. Smoke blanketed Westbury overnight.', 'Westbury', 'incident'],
    ['held for ransom (a kidnapping)', 'The gang held a businessman for ransom in Westbury.', 'Westbury', 'incident'],
    ['dumping a body', 'They are accused of dumping the body of an officer in Westbury.', 'Westbury', 'incident'],
    ['a place flooded with drugs', 'The gang ran a drugs line that flooded Westbury with crack cocaine.', 'Westbury', 'incident'],
    ['a place set by the lede when the sentences around it tell no event', 'A bushfire destroyed 70 homes in Lomaria on Tuesday. Officials said crews were tired. Roads stayed closed between Westbury and Puerto Lindo.', 'Puerto Lindo', 'incident'],
    ['an arrest in the lede sets no scene for the rest of the story', 'Police arrested a boss in Lomaria on Tuesday. Officials said crews were tired. Roads stayed closed between Westbury and Puerto Lindo.', 'Puerto Lindo', 'other'],
    ['an election in the lede is held in the places the story names', 'Rios won the presidential election on Sunday. His rival said little. Rios carried Varossa and Lomaria.', 'Lomaria', 'incident'],
    ['a country is the scene only by its own sentence', 'Gunmen killed six men in Westbury. Analysts say the army is the main actor in Ruritania.', 'Ruritania', 'other'],
    ['an organisation named before "in" is where it sits, no scene', 'Gunmen killed six men in Puerto Lindo. A consultant with the Chertoff Group in Westbury called it a turning point.', 'Westbury', 'other'],
    ['a place before "at" is no organisation', 'A bushfire destroyed 70 homes. Police stopped two boys from Lomaria at Westbury station.', 'Westbury', 'incident'],
    ['no event in the story, no scene', 'The governor delivered a speech in Westbury.', 'Westbury', 'other'],
    ['a country whose own sentence tells an event is its scene', 'Crystal meth produced abroad reaches Ruritania hidden in machinery.', 'Ruritania', 'incident'],
  ] as Row[])('%s: %s → %s is %s', (_p, text, surface, layer) => {
    expect(layerOf(text, surface)).toBe(layer);
  });
});

describe('territory: groups named, unnamed or by anaphor, holding, fighting for or acting in a place', () => {
  it.each([
    ['a group named after a place by a Spanish name', 'Prosecutors charged 22 members of the Tren de Aragua with extortion.', 'Aragua', 'territory'],
    ['"the X group" in a crime story', 'Los Lobos sided with the Varossa group in the cocaine war.', 'Varossa', 'territory'],
    ['"pushed north into X"', 'The Zorro gang coalition torched homes. The coalition has pushed north into the Lomaria valley.', 'Lomaria', 'territory'],
    ['"named after neighbourhoods of X"', 'Two cocaine clans, the Kavac and the Skaljari, named after neighbourhoods of Westbury, are at war.', 'Westbury', 'territory'],
    ['"the X plaza" a group fights for', 'The Zorro cartel has fought the Ortega organisation for the Westbury plaza since 2006.', 'Westbury', 'territory'],
    ['"X, where rival crews fought over the trade"', 'The feud began in Westbury, where rival crews fought over the cocaine trade.', 'Westbury', 'territory'],
    ['… through an unfound name of the list', 'The feud began in Westbury and Drimnagh, where rival crews fought over the cocaine trade.', 'Westbury', 'territory'],
    ['a route through the place outweighs groups no name names', 'Convoys carried rifles through Puerto Lindo and then Westbury, where armed groups control the tracks.', 'Westbury', 'incident'],
    ['"In X and Y, clans rented out stairwells"', 'In Westbury and Puerto Lindo, clans rented out stairwells to cocaine dealers.', 'Puerto Lindo', 'territory'],
    ['a group of the sentence before, by the pronoun that opens this one', 'The Zorro cartel grew rich on cocaine. It controls Westbury and its port.', 'Westbury', 'territory'],
    ['… a pronoun with no territory cue claims nothing', 'The Zorro cartel grew rich on cocaine. It was quiet in Westbury for weeks.', 'Westbury', 'other'],
    ['an anaphor with no group named before names one ("the gang")', 'Police said the gang, which was based in Westbury, moved cocaine to Puerto Lindo.', 'Westbury', 'territory'],
  ] as Row[])('%s: %s → %s is %s', (_p, text, surface, layer) => {
    expect(layerOf(text, surface)).toBe(layer);
  });
});

describe('authorities and nationalities', () => {
  it.each([
    ["a country's public prosecutor", "Ruritania's public prosecutor's office charged 22 gang members.", 'Ruritania', 'jurisdiction'],
    ["a country's agents", 'He was handed over to Ruritania agents in Westbury.', 'Ruritania', 'jurisdiction'],
    ['"investigators from X and the Y": the list shares its governor', 'Police, working with investigators from Lomaria and the Ruritania, searched 21 homes.', 'Ruritania', 'jurisdiction'],
    ['"<town> Crown Court heard"', 'A dealer was jailed for nine years. Westbury Crown Court heard that his line sold heroin.', 'Westbury', 'jurisdiction'],
    ['"jailed at <town> Crown Court"', 'A burglar was jailed for six years at Westbury Crown Court on Tuesday.', 'Westbury', 'jurisdiction'],
    ['a list of nationalities shares the police after it', 'Ruritanian and Syldavin police have since seized properties in Westbury.', 'Ruritanian', 'jurisdiction'],
    ['"the Treasury in X"', 'In 2022 the Treasury in Westbury put a $5 million reward on the smugglers.', 'Westbury', 'jurisdiction'],
    ['a state speaking on the matter ("X denied")', 'Gunmen killed six men near the border. Ruritania denied that its soldiers were involved.', 'Ruritania', 'jurisdiction'],
    ['… not its governor ("the governor of X has denied")', 'The governor of Varossa has denied the allegations of drug trafficking.', 'Varossa', 'other'],
    ['"the <place> district attorney"', 'The Westbury district attorney charged him with murder.', 'Westbury', 'jurisdiction'],
    ['a demonym in -in is a nationality', 'Two Syldavin clans smuggled cocaine into Westbury.', 'Syldavin', 'other'],
  ] as Row[])('%s: %s → %s is %s', (_p, text, surface, layer) => {
    expect(layerOf(text, surface)).toBe(layer);
  });
});

describe('frames that make a place background, whatever the sentence narrates', () => {
  it.each([
    ['where a person comes from ("a teenager from X")', 'A teenager from Westbury was used to ferry heroin to Puerto Lindo.', 'Westbury', 'other'],
    ['… and where the drugs went is still the scene', 'A teenager from Westbury was used to ferry heroin to Puerto Lindo.', 'Puerto Lindo', 'incident'],
    ['"men from east X"', 'Police charged five men from east Westbury with running a cocaine line.', 'Westbury', 'other'],
    ['"a 19-year-old from X"', 'A 19-year-old from Westbury was arrested in Puerto Lindo.', 'Westbury', 'other'],
    ['people moved from a place are moved from its scene', 'Soldiers evacuated thousands of people from Westbury as the flood spread.', 'Westbury', 'incident'],
    ['"<name>, <age>, of X": where a person lives', 'Kenton Ashworth, 24, of Westbury, ran the heroin line.', 'Westbury', 'other'],
    ['"<first name> <surname> of X"', 'A third, Jordan Asante of Westbury, surrendered to police after the raid.', 'Westbury', 'other'],
    ['"a resident of X"', 'The driver, a resident of Westbury, was arrested with cocaine.', 'Westbury', 'other'],
    ['"lived in X"', 'Prosecutors say the smuggler lived in Westbury until 2012.', 'Westbury', 'other'],
    ['"believed to be in X"', 'The ring was raided; its leader is believed to be in Westbury.', 'Westbury', 'other'],
    ['"fled to X"', 'The man who ran the cocaine ring had fled to Ruritania.', 'Ruritania', 'other'],
    ['"flee toward X"', 'Gunmen torched homes, forcing residents to flee toward Westbury.', 'Westbury', 'other'],
    ['a speaker placed where he speaks ("said <name> in X")', 'Agents seized cocaine on Monday, said the agency\'s Jane Roe in Westbury.', 'Westbury', 'other'],
    ['"<name> in X said"', 'Community worker Lincoln Adams in Westbury said two boys were shot dead.', 'Westbury', 'other'],
    ['a person arrested in a place is no speaker', 'Soldiers arrested Joaquin Ortega in Westbury on Monday.', 'Westbury', 'incident'],
    ['a reference point ("north of X")', 'The cyclone crossed the coast north of Westbury overnight.', 'Westbury', 'other'],
    ['a measured distance puts the scene near the place', 'Coast Guard crews seized cocaine 40 miles south of Westbury.', 'Westbury', 'incident'],
    ['a comparison', 'Smugglers landed more cocaine in Puerto Lindo than in Westbury.', 'Westbury', 'other'],
    ['an appositive locating the place before it ("X, Y\'s second city")', 'Gunmen killed a rancher in Puerto Lindo, Varossa\'s second city.', 'Varossa', 'other'],
    ['"on Y\'s northern coast"', 'The boat left Puerto Lindo on Ruritania\'s northern coast with cocaine.', 'Ruritania', 'other'],
    ['a possessive before a proper name ("Y\'s X")', 'The cocaine moved through Ruritania\'s Puerto Lindo free zone.', 'Ruritania', 'other'],
    ['… where the proper name is the scene', 'The cocaine moved through Ruritania\'s Puerto Lindo free zone.', 'Puerto Lindo', 'incident'],
    ['"the X suburb of Y": X locates Y', 'A biker was shot dead in the western Westbury suburb of Puerto Lindo.', 'Westbury', 'other'],
    ['"the X state capital"', 'Six bodies were dumped as the feud paralysed the Varossa state capital.', 'Varossa', 'other'],
    ['a country\'s kind of group, as a nationality ("X\'s gangs")', 'Ruritania\'s gangs smuggled cocaine into Westbury.', 'Ruritania', 'other'],
    ['a negated event near the place leaves it no scene', 'The informant was not killing in Westbury; those murders took place in Puerto Lindo.', 'Westbury', 'other'],
    ['… and the place of the event that did happen is its scene', 'The informant was not killing in Westbury; those murders took place in Puerto Lindo.', 'Puerto Lindo', 'incident'],
    ['former officials act for no one', 'Some former Ruritania officials said the arrest of the general hurt relations.', 'Ruritania', 'other'],
    ['"X\'s former <official>"', "Prosecutors dropped drug charges against Ruritania's former defence secretary.", 'Ruritania', 'other'],
    ['a seat in a compound ("a X-based firm")', 'Hackers stole e-mails about cartel killings from the Westbury-based intelligence firm.', 'Westbury', 'other'],
    ['two countries in a compound ("X-Y relations")', 'Officials said strong Ruritania-Lomaria relations mattered more than the arrest.', 'Lomaria', 'other'],
    ['a country describing a noun after it ("X efforts")', 'The arrest called into question the sincerity of Ruritania efforts to dismantle the cartels.', 'Ruritania', 'other'],
    ['… but not a country that is a location ("produced in X")', 'Crystal meth produced in Ruritania reaches Westbury hidden in machinery.', 'Ruritania', 'incident'],
    ['a larger area after "in" only locates the town', 'Gunmen killed six men in Westbury in northern Ruritania on Sunday.', 'Ruritania', 'other'],
    ['"in the state of X" after a town', 'Soldiers seized cocaine in Puerto Lindo in the state of Varossa.', 'Varossa', 'other'],
    ['a ranking\'s container ("the most violent cities in X")', 'After the killings, Westbury ranks among the most violent cities in Ruritania.', 'Ruritania', 'other'],
    ['a ranking with an event word keeps the scene', 'Agents made the largest cocaine seizure in Westbury on Monday.', 'Westbury', 'incident'],
    ['a "-est" word that is no superlative ("a priest in the town of X")', 'Gunmen killed a priest in the town of Westbury on Sunday.', 'Westbury', 'incident'],
    ['where a speaker spoke ("told reporters in X")', 'The general told reporters in Westbury that 40 gunmen were killed.', 'Westbury', 'other'],
    ['a trip\'s destination with nothing illicit moving', 'Two men were detained at the airport as they tried to board a flight to Westbury.', 'Westbury', 'other'],
    ['… but a shipment\'s destination is a scene', 'The cocaine was loaded onto a flight to Westbury.', 'Westbury', 'incident'],
    ['"a <place> man": where a person is from', 'A 34-year-old Westbury man was arrested with cocaine in Puerto Lindo.', 'Westbury', 'other'],
    ['"the <place>-area couple"', 'Police said the Westbury-area couple smuggled heroin.', 'Westbury', 'other'],
    ['"<place> High School" names a school', 'A teacher at Westbury High School was arrested with cocaine.', 'Westbury', 'other'],
    ['the country of a dateline', 'PUERTO LINDO, Ruritania (AP) — Gunmen killed six men in Westbury.', 'Ruritania', 'other'],
    ['a dateline whose city saw none of the story\'s events', 'PUERTO LINDO, Ruritania (AP) — Gunmen killed six men in Westbury.', 'Puerto Lindo', 'other'],
  ] as Row[])('%s: %s → %s is %s', (_p, text, surface, layer) => {
    expect(layerOf(text, surface)).toBe(layer);
  });
});
