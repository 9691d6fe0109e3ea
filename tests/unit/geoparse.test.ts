/**
 * The geoparser against the real gazetteer: each row is a phenomenon a reader resolves without
 * thinking and a naive geoparser gets wrong. Sentences are invented for the tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import { geoparse, resolveSpans } from '../../geo/geoparse.ts';
import type { GazetteerIndex, Mention } from '../../geo/types.ts';

let gazetteer: GazetteerIndex;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

function mentionOf(text: string, surface: string): Mention | undefined {
  const start = text.indexOf(surface);
  return geoparse(text, gazetteer).mentions.find((m) => m.start === start && m.end === start + surface.length);
}

function place(text: string, surface: string) {
  const m = mentionOf(text, surface);
  if (!m) return undefined;
  const p = gazetteer.get(m.placeId)!;
  return { id: p.id, kind: p.kind, country: p.country, admin1: p.admin1, name: p.name };
}

describe('homonyms resolve by the company they keep', () => {
  it.each([
    ['Paris, France', 'He flew from London to Paris and then on to Brussels.', 'Paris', { country: 'FR' }],
    ['Paris, Texas', 'The storm hit Sherman, Dallas and Paris before it crossed into Oklahoma.', 'Paris', { country: 'US', admin1: 'TX' }],
    ['Paris with an explicit state', 'She grew up in Paris, Tenn., a small town.', 'Paris', { country: 'US', admin1: 'TN' }],
    ['Paris "in" a state, after French towns', 'From Lyon, Marseille and Bordeaux the tour went to Paris in Texas.', 'Paris', { country: 'US', admin1: 'TX' }],
    ['Georgia, the country', 'Russian troops crossed from Russia into Georgia near Tbilisi.', 'Georgia', { kind: 'country', country: 'GE' }],
    ['Georgia, the state', 'The company moved from Alabama to Atlanta, Georgia, and then to Savannah.', 'Georgia', { kind: 'admin1', country: 'US', admin1: 'GA' }],
    ['Washington, the capital (metonym)', 'Washington said it would respond to the sanctions imposed by Moscow.', 'Washington', { country: 'US', kind: 'city' }],
    ['Washington, the state', 'Wildfires spread across Oregon and Washington, reaching Seattle and Spokane.', 'Washington', { kind: 'admin1', admin1: 'WA' }],
    ['"Washington state", with no other place to tell', 'Wildfires in Washington state forced evacuations.', 'Washington', { kind: 'admin1', admin1: 'WA' }],
    ['Victoria, Tamaulipas', 'Gunmen attacked a police station in Ciudad Victoria, Tamaulipas, near Reynosa and Matamoros.', 'Ciudad Victoria', { country: 'MX', admin1: '28' }],
    ['Victoria, British Columbia', 'The ferry left Vancouver for Victoria, British Columbia, on Monday.', 'Victoria', { country: 'CA' }],
    ['Durango, the Mexican state', 'Soldiers patrolled Durango and Sinaloa after the clashes.', 'Durango', { kind: 'admin1', country: 'MX' }],
    ['Durango, Colorado', 'The train runs from Durango to Silverton in Colorado, near Pagosa Springs.', 'Durango', { country: 'US', admin1: 'CO' }],
    ['Lima, Peru', 'Protesters marched through Lima, the capital of Peru, toward Callao.', 'Lima', { country: 'PE' }],
    ['Lima, Ohio', 'The plant in Lima, Ohio, near Findlay and Dayton, will close.', 'Lima', { country: 'US', admin1: 'OH' }],
    ['Guadalajara, Jalisco', 'The cartel grew in Guadalajara and Zapopan, in Jalisco.', 'Guadalajara', { country: 'MX' }],
    ['Guadalajara, Spain', 'The train from Madrid stops in Guadalajara and Zaragoza before Barcelona.', 'Guadalajara', { country: 'ES' }],
    ['Laredo is Texas, Nuevo Laredo is Tamaulipas', 'Trucks crossed from Nuevo Laredo into Laredo every hour.', 'Nuevo Laredo', { country: 'MX', admin1: '28' }],
    ['Laredo on the US side', 'Trucks crossed into Laredo from Nuevo Laredo every hour.', 'Laredo', { country: 'US', admin1: 'TX' }],
    ['Gaza beside Israel and Egypt, not the province of Mozambique', 'Activists urged Israel and Egypt to open the borders into Gaza.', 'Gaza', { country: 'PS' }],
    ['San Fernando, Tamaulipas', 'The massacre in San Fernando, Tamaulipas, shocked Mexico.', 'San Fernando', { country: 'MX', admin1: '28' }],
  ])('%s', (_label, text, surface, expected) => {
    expect(place(text, surface)).toMatchObject(expected);
  });
});

describe("a phone number's area code tells the state, as it tells a reader", () => {
  it.each([
    ['304 is West Virginia', 'The clinic in Huntington can be reached at 304-399-6500.', { country: 'US', admin1: 'WV' }],
    ['631 is Long Island, New York', 'The clinic in Huntington can be reached at 631-399-6500.', { country: 'US', admin1: 'NY' }],
  ])('%s', (_label, text, expected) => {
    expect(place(text, 'Huntington')).toMatchObject(expected);
  });

  it('519 is Ontario: "London police" there are not in England', () => {
    const text = 'A man was stabbed to death, London police say. Anyone with information is asked to call London police at 519-661-5670.';
    expect(place(text, 'London')).toMatchObject({ country: 'CA', admin1: '08' });
  });
});

describe('a plural head shared by a list ("Barrow, Jackson and Madison counties")', () => {
  const text = 'School boards in Barrow, Jackson and Madison counties in Northeast Georgia cut jobs.';
  it.each([['Barrow', 'admin2:US.13013'], ['Jackson', 'admin2:US.13157'], ['Madison', 'admin2:US.13195']])('%s is the county', (surface, id) => {
    expect(place(text, surface)).toMatchObject({ id, kind: 'admin2' });
  });

  it('a list with no such head keeps its towns ("Barrow and Fairbanks")', () => {
    expect(place('The storm hit Barrow and Fairbanks before it reached Anchorage.', 'Barrow')).toMatchObject({ kind: 'city', admin1: 'AK' });
  });
});

describe('a county named without "County"', () => {
  it('in its own state is the county ("north DeKalb" beside Decatur and Atlanta)', () => {
    const text = 'Water main repaired in north DeKalb. Crews from Decatur and Atlanta, Georgia, worked overnight.';
    expect(place(text, 'DeKalb')).toMatchObject({ id: 'admin2:US.13089' });
  });

  it('with nothing to tell is still the town that bears the name', () => {
    expect(place('A DeKalb man was arrested on Monday.', 'DeKalb')).toMatchObject({ kind: 'city' });
  });
});

describe('a suburb of a named city', () => {
  it('is the namesake near that city ("Cicero, a suburb of Chicago")', () => {
    expect(place('Officials in Cicero, a suburb of Chicago, voted on Monday.', 'Cicero')).toMatchObject({ country: 'US', admin1: 'IL' });
  });

  it('unknown to the gazetteer, is placed at the city, not at a namesake elsewhere ("the Cincinnati suburb of West Chester")', () => {
    const text = 'He was from the Cincinnati suburb of West Chester, police said.';
    expect(place(text, 'West Chester')).toMatchObject({ name: 'Cincinnati', admin1: 'OH' });
    expect(mentionOf(text, 'West Chester')!.confidence).toBeLessThan(0.6);
  });
});

describe('a pair of towns "in" a state', () => {
  it('both are in it, though the story has just named their namesakes\' country', () => {
    const text = 'Unlike Cusco and Arequipa in Peru, the towns of Lima and Athens in Ohio lost jobs.';
    expect(place(text, 'Lima')).toMatchObject({ country: 'US', admin1: 'OH' });
  });
});

describe('regions the news names by their neighbours', () => {
  it('"Anatolia" is the region, not Antalya, whose old alternate name it is', () => {
    expect(place('A car bomb hit Kayseri, an industrial hub in Central Anatolia.', 'Anatolia')).toMatchObject({ id: 'region:anatolia' });
  });

  it.each([
    ['Scandinavia', 'Its markets are the Netherlands, Scandinavia and Southern Europe.', 'region:scandinavia'],
    ['Caucasus', 'Volunteer fighters came from the Caucasus.', 'region:caucasus'],
    ['Horn of Africa', 'Drought spread across the Horn of Africa.', 'region:horn-of-africa'],
    ['Levant', 'Refugees crossed the Levant on foot.', 'region:levant'],
  ])('%s', (surface, text, id) => {
    expect(place(text, surface)).toMatchObject({ id });
  });

  it("a grouping's point lies among its members, not at the biggest one's (Scandinavia between Norway and Sweden)", () => {
    const p = gazetteer.get('region:scandinavia')!;
    expect(p.lon).toBeGreaterThan(10);
    expect(p.lon).toBeLessThan(15);
    expect(p.lat).toBeGreaterThan(58);
  });
});

describe('a dateline', () => {
  it('with no state or country is the capital, however local the story (WASHINGTON, not Washington, Tyne and Wear)', () => {
    const text = 'WASHINGTON — A former British spy who worked in London for years met officials in Russia and England.';
    expect(place(text, 'WASHINGTON')).toMatchObject({ kind: 'city', country: 'US', admin1: 'DC' });
  });

  it('of a small town is still read by the story (INNISFAIL beside Red Deer, Alberta)', () => {
    const text = 'INNISFAIL - The young skater trains in Red Deer and Edmonton, Alberta, every week.';
    expect(place(text, 'INNISFAIL')).toMatchObject({ kind: 'city', country: 'CA', admin1: '01' });
  });
});

describe('a town the gazetteer does not know in its named state', () => {
  it('is placed at the state, not at a namesake elsewhere (Holliday, Missouri is not Holliday, Texas)', () => {
    const text = 'The truck left the road two miles south of Holliday, Missouri, and started to skid.';
    expect(place(text, 'Holliday')).toMatchObject({ id: 'admin1:US.MO' });
    expect(mentionOf(text, 'Holliday')!.confidence).toBeLessThan(0.6);
  });

  it('a known town in the state is still the town', () => {
    expect(place('The truck left the road south of Paris, Missouri, and started to skid.', 'Paris')).toMatchObject({ kind: 'city', country: 'US', admin1: 'MO' });
  });

  it('a list of places is no container ("Crockett, Palestine and Houston")', () => {
    const text = 'We had a lot of volunteers from Crockett, Palestine and Houston, Wright said.';
    expect(place(text, 'Crockett')).toMatchObject({ kind: 'city', country: 'US', admin1: 'TX' });
  });
});

describe('state abbreviations, as newspapers write them', () => {
  it.each([
    ['an AP abbreviation after a city', 'A Kansas City, Kan., police officer was dragged.', 'Kan.', 'admin1:US.KS'],
    ['… which places the city', 'A Kansas City, Kan., police officer was dragged.', 'Kansas City', 'US.KS'],
    ['a spaced AP abbreviation', 'The plant near Charleston, W. Va., closed.', 'W. Va.', 'admin1:US.WV'],
    ['a postal code', 'He moved to Austin, TX, in 2001.', 'TX', 'admin1:US.TX'],
    ['a dotted abbreviation on its own is the US state, not an ISO code', 'He said N.C. officials agreed.', 'N.C.', 'admin1:US.NC'],
    ['a full state name after a comma is not read as a code', 'She was born in Greer, South Carolina, in 1950.', 'South Carolina', 'admin1:US.SC'],
  ])('%s', (_label, text, surface, expected) => {
    const m = mentionOf(text, surface);
    const p = m && gazetteer.get(m.placeId)!;
    expect(expected.startsWith('admin1:') ? p?.id : `${p?.country}.${p?.admin1}`).toBe(expected);
  });
});

describe('a state or country named alone is the area, not a town of that name', () => {
  it.each([
    ['Sinaloa', 'The group is based in Sinaloa.'],
    ['Nayarit', 'Its leaders lived in Nayarit.'],
    ['Texas', 'He was extradited to Texas.'],
    ['Mexico', 'Violence rose across Mexico.'],
  ])('%s', (surface, text) => {
    const p = place(text, surface);
    expect(p?.kind).toMatch(/^(admin1|country)$/);
  });

  it.each([
    ['Florida, even beside New York places', 'Police in Albany and Buffalo, New York, said the suspect fled to Florida.', 'Florida', 'admin1:US.FL'],
    ['Wyoming, even beside Ohio towns', 'The company left Cincinnati and Dayton for Wyoming, where taxes are lower.', 'Wyoming', 'admin1:US.WY'],
    ['England, a country of the United Kingdom, not England, Arkansas', 'Flights from London to Manchester were cancelled across England.', 'England', 'admin1:GB.ENG'],
    ['Scotland', 'The ferry from Belfast to Scotland was cancelled.', 'Scotland', 'admin1:GB.SCT'],
    ['Sicily, rebuilt from its provinces', 'The boat reached Sicily from Tunisia.', 'Sicily', 'admin1:IT.15'],
    ['Catalonia', 'Protests spread from Barcelona across Catalonia.', 'Catalonia', 'admin1:ES.56'],
    ['an airport by its own name', 'He was arrested at Heathrow after a flight from Lagos.', 'Heathrow', 'airport:LHR'],
    ['Darfur, joined from the states named for it', 'Peace in Darfur is a priority for Sudan.', 'Darfur', 'region:sd-darfur'],
    ['Java, joined from West, Central and East Java', 'The volcano erupted on Java, near Yogyakarta.', 'Java', 'region:id-java'],
  ])('%s', (_label, text, surface, id) => {
    expect(place(text, surface)?.id).toBe(id);
  });

  it('a town keeps its name when the state of that name is in another country (Hanover, N.H.)', () => {
    const text = 'Students in Hanover and Lebanon, N.H., near Concord, rallied. Hanover police said the march was peaceful.';
    expect(place(text, 'Hanover')).toMatchObject({ country: 'US', admin1: 'NH' });
  });

  it('a town named like a seat of power is still a town when not "the" institution', () => {
    expect(place('He grew up in White House, Tenn., north of Nashville.', 'White House')).toMatchObject({ kind: 'city', admin1: 'TN' });
  });

  it('"the City of X" is a town, not the state or country of that name', () => {
    expect(place('Officials of the City of Lebanon approved the budget.', 'Lebanon')?.kind).toBe('city');
    expect(place('Officials of the Town of Jordan approved the budget.', 'Jordan')?.kind).toBe('city');
  });

  it('a town named like its state still wins with the state written after it', () => {
    expect(place('The mill in Florida, N.Y., closed in May.', 'Florida')).toMatchObject({ kind: 'city', admin1: 'NY' });
  });
});

describe('names with and without accents, misspellings, aliases', () => {
  it.each([
    ['Juárez with its accent', 'Informants were killed in Juárez.', 'Juárez', 'Ciudad Juárez'],
    ['Juarez without it', 'Informants were killed in Juarez.', 'Juarez', 'Ciudad Juárez'],
    ['Ciudad Juárez in full', 'They crossed from El Paso into Ciudad Juárez.', 'Ciudad Juárez', 'Ciudad Juárez'],
    ['a one-letter slip in a famous name', 'The cartel from Sinoloa moved north.', 'Sinoloa', 'Sinaloa'],
    ['the airport by its name', 'He was detained at Los Angeles International Airport.', 'Los Angeles International Airport', 'Los Angeles International Airport'],
    ['a federal district by its name', 'He was indicted in the Eastern District of New York last year.', 'Eastern District of New York', 'Eastern District of New York'],
  ])('%s', (_label, text, surface, name) => {
    expect(mentionOf(text, surface)?.name).toBe(name);
  });

  it('does not correct every word one letter from a town', () => {
    const text = 'The trafficker met his lawyer in a Culiacan restaurant with Guzmann and Hermosilo.';
    const names = geoparse(text, gazetteer).mentions.map((m) => m.text);
    expect(names).toContain('Culiacan');
    expect(names).not.toContain('Guzmann');
  });
});

describe('names joined by a hyphen or leading another name', () => {
  it('a route between two cities names both ("the Washington-Moscow route")', () => {
    const text = 'The airline resumed the Washington-Moscow route last year.';
    expect(place(text, 'Washington')).toMatchObject({ country: 'US', kind: 'city' });
    expect(place(text, 'Moscow')).toMatchObject({ country: 'RU' });
  });

  it.each([
    ['a dateline before the story', 'WASHINGTON Barack Obama pardoned his last turkey on Wednesday.', 'WASHINGTON', 'gn:4140963'],
    ["a broadcaster's acronym before a city", 'She told CBC Toronto the flight was late.', 'Toronto', 'gn:6167865'],
    ["a common word before a country's name", 'Snow is coming, Environment Canada warns.', 'Canada', 'country:CA'],
    ["a place after someone's possessive", 'Pallister’s Costa Rica travels came under fire.', 'Costa Rica', 'country:CR'],
    ['a capitalised article before the name, after a dash', 'COLUMBIA, Ky. (WBKO) - A Metcalfe County man was arrested.', 'Metcalfe County', 'admin2:US.21169'],
    ['compass words before a state', 'Youth crime rose in Far North Queensland this year.', 'Queensland', 'admin1:AU.04'],
  ])('%s', (_label, text, surface, id) => {
    expect(mentionOf(text, surface)?.placeId).toBe(id);
  });

  it("a state's name leading an organisation's name still names the state, though it is also a first name", () => {
    expect(mentionOf('Phil Hartley, an Atlanta attorney for the Georgia School Boards Association, objected.', 'Georgia')?.placeId).toBe('admin1:US.GA');
  });
});

describe('a sentence ends a name', () => {
  it.each([
    ['a state at the end of a sentence, before a capitalised word', 'The land lies in nine states, from Oregon to Virginia. Rep. Nick Rahall spoke.', 'Virginia', 'admin1:US.VA'],
    ['… even when the state is also a first name', 'The tour ended in Florida. Then the crew flew home.', 'Florida', 'admin1:US.FL'],
  ])('%s', (_label, text, surface, id) => {
    expect(mentionOf(text, surface)?.placeId).toBe(id);
  });

  it('a region named with compass words is still a place ("the Middle East. Egypt")', () => {
    expect(mentionOf('Hopes spread over the Middle East. Egypt agreed.', 'Middle East')?.placeId).toBe('region:middle-east');
  });

  it('"Ft." and "Pt." are spelt out when the gazetteer lacks the abbreviation', () => {
    const text = 'He drove from Ft. Worth to Pt. Pleasant.';
    expect(place(text, 'Ft. Worth')).toMatchObject({ name: 'Fort Worth', admin1: 'TX' });
    expect(place(text, 'Pt. Pleasant')?.name).toBe('Point Pleasant');
  });

  it('an abbreviation or an initial still joins a name across its full stop', () => {
    const text = 'He flew from St. Louis to John F. Kennedy International Airport.';
    expect(place(text, 'St. Louis')).toMatchObject({ country: 'US', admin1: 'MO' });
    expect(place(text, 'John F. Kennedy International Airport')?.id).toBe('airport:JFK');
  });
});

describe('demonyms and adjectives name their country', () => {
  it.each([
    ['He was taken into U.S. custody in October.', 'U.S.', 'country:US'],
    ['Feds Let Cartel Hit Men Kill in U.S., Senior Lawman Says', 'U.S.', 'country:US'],
    ['One prediction about Sri Lankan politics is easy.', 'Sri Lankan', 'country:LK'],
    ['A New Zealander and two South Africans were held.', 'New Zealander', 'country:NZ'],
    ['A New Zealander and two South Africans were held.', 'South Africans', 'country:ZA'],
    ['Mexican officials denied the report.', 'Mexican', 'country:MX'],
    ['American agents watched the border.', 'American', 'country:US'],
    ['Colombian cocaine reached the port.', 'Colombian', 'country:CO'],
  ])('%s', (text, surface, placeId) => {
    expect(mentionOf(text, surface)?.placeId).toBe(placeId);
  });
});

describe('words that only look like places are left alone', () => {
  it.each([
    ['a newspaper named after its city', 'The Houston Chronicle reported the raid on Tuesday.', 'Houston'],
    ['a person with a place-name first name', 'The witness, Victoria Florence, testified on Monday.', 'Victoria'],
    ['… and the surname that follows', 'The witness, Victoria Florence, testified on Monday.', 'Florence'],
    ['a surname after a first name', 'The ambassador, Carlos Pascual, resigned in March.', 'Pascual'],
    ['a titled person', 'Gen. Salvador Cienfuegos Zepeda was arrested. Cienfuegos denied it.', 'Cienfuegos'],
    ['a month', 'The trial begins in May in the capital.', 'May'],
    ['a sentence-initial common word', 'Police said the suspects fled.', 'Police'],
    ['a family name inside a group name', 'The Beltrán Leyva organization paid the officers.', 'Leyva'],
    ['a surname after a judge', 'U.S. District Judge Ruben Castillo gave the government until September. Castillo ruled later.', 'Castillo'],
    ['a surname after a nickname', 'Joaquin “El Chapo” Guzman escaped twice. Guzman was caught in 2016.', 'Guzman'],
    ['compass words, though a province of South Africa bears them', 'Floods hit the North West on Monday.', 'North West'],
    ['compass words with a generic head', 'Rebels held much of the Central Province for a year.', 'Central Province'],
    ['generic words, though the City of London answers to them', 'The City council met on Monday.', 'The City'],
    ['a language, not its country', 'She spoke only French when she moved to Iowa.', 'French'],
    ['… after "in" at the end of a clause', 'The gunman shouted in Turkish, and fled.', 'Turkish'],
    ['an adjective a province of Russia was once named by', 'He was born into a Jewish family in western Iran.', 'Jewish'],
    ['an abbreviated month', 'Parents learned Nov. 13 that the center would close.', 'Nov'],
    ['a speaker named like a small town', '"It was the first theater in Hartford," Robertson said.', 'Robertson'],
    ['a people, not the United States', 'The mounds were built by Native Americans long ago.', 'Americans'],
    ['… nor India', 'The museum holds American Indian art.', 'Indian'],
    ['the source of a statement', 'The suspect fled the city limits, according to Taylor.', 'Taylor'],
    ['a firm of partners', 'Taxpayers owe the design firm Stevens & Wilkinson money.', 'Stevens'],
    ['a parliament', 'The bill was sent to the Duma in December.', 'Duma'],
    ['an adjective one letter from a state capital', 'The Olympic organizers met in Sochi.', 'Olympic'],
    ['a seat of power speaking as an institution, not White House, Tennessee', 'Officials at the White House said on Monday they would respond.', 'White House'],
    ['the second half of a hyphenated brand, not Mart, Texas', 'Wal-Mart announced that it will close the lab.', 'Mart'],
    ['a degree, not Maryland', 'Maury Rosenstein, M.D., Ph.D., joined the clinic.', 'M.D.'],
    ['… nor a parish of Barbados coded PH', 'Maury Rosenstein, M.D., Ph.D., joined the clinic.', 'Ph.'],
    ['a small town\'s name after "the" that ends its phrase (a paper, not Herald, California)', 'The story ran in the Herald on Sunday.', 'Herald'],
  ])('%s', (_label, text, surface) => {
    expect(mentionOf(text, surface)).toBeUndefined();
  });
});

describe('a state that is also a first name', () => {
  it('leading an organisation\'s name makes no person of it ("Alberta Liquor Store Association")', () => {
    const text = 'A group representing Alberta’s liquor stores is advocating for it.\nIt is unfortunate, said the president of the Alberta Liquor Store Association.';
    expect(place(text, 'Alberta')).toMatchObject({ id: 'admin1:CA.01' });
  });

  it('… nor does a hyphen after a party\'s initial hide a home town ("R-Elbow Lake")', () => {
    expect(place('Rep. Torrey Westrom, R-Elbow Lake, said the rules were too strict in Minnesota.', 'Elbow Lake')).toMatchObject({ country: 'US', admin1: 'MN' });
  });
});

describe('a small town\'s name after "the"', () => {
  it('before a noun is still the town ("the Pewaukee monastery")', () => {
    expect(place('The couple first visited the Pewaukee monastery in December, near Milwaukee, Wisconsin.', 'Pewaukee')).toMatchObject({ country: 'US', admin1: 'WI' });
  });
});

describe('an institution named after its place', () => {
  it('"University of Miami" names Miami, but nothing happened there', () => {
    const m = mentionOf('A professor at the University of Miami was arrested in Houston.', 'Miami');
    expect(m?.layer ?? 'other').not.toBe('incident');
  });
});

describe('mentions are spans of the input', () => {
  it('start/end slice the surface form, in order, without overlaps', () => {
    const text = 'From Culiacán, Sinaloa, the drugs went to Nogales, Arizona, and on to Chicago’s suburbs.';
    const mentions = geoparse(text, gazetteer).mentions;
    expect(mentions.map((m) => m.text)).toEqual(['Culiacán', 'Sinaloa', 'Nogales', 'Arizona', 'Chicago']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(place(text, 'Nogales')).toMatchObject({ country: 'US', admin1: 'AZ' });
  });

  it('every mention has a confidence between 0 and 1 and a layer', () => {
    const text = 'Federal prosecutors in Brooklyn charged him after his arrest in Los Angeles.';
    for (const m of geoparse(text, gazetteer).mentions) {
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      expect(['incident', 'jurisdiction', 'territory', 'other']).toContain(m.layer);
    }
  });

  it('a name the gazetteer lacks after "in" is reported unresolved, with a reason', () => {
    const out = geoparse('The shipment was found in Xochitlanzingo last week.', gazetteer);
    expect(out.unresolved).toEqual([expect.objectContaining({ text: 'Xochitlanzingo', reason: expect.any(String) })]);
  });
});

describe('resolveSpans places given names as the geoparser would', () => {
  it('resolves gold spans and returns null for unknown ones', () => {
    const text = 'They met in Paris, Texas, then drove to Xochitlanzingo.';
    const spans = [
      { start: 12, end: 17 },
      { start: 19, end: 24 },
      { start: 40, end: 54 },
    ];
    const out = resolveSpans(text, spans, gazetteer);
    expect(gazetteer.get(out[0]!.placeId)).toMatchObject({ country: 'US', admin1: 'TX' });
    expect(out[1]!.placeId).toBe('admin1:US.TX');
    expect(out[2]).toBeNull();
  });
});
