/**
 * World news resolved like a world reader (issue 9, point 6). A local reader's preferences
 * (the small town next door) must not leak into stories that are not local: a country, an ocean
 * or a region is itself unless the text says otherwise. Each row is a phenomenon in invented
 * sentences; none names a place a rule lists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import type { GazetteerIndex } from '../../geo/types.ts';
import { mentionAt as mentionIn, placeAt } from './support/mentionAt.ts';

let gazetteer: GazetteerIndex;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

const mentionAt = (text: string, surface: string, nth = 0) => mentionIn(gazetteer, text, surface, nth);
const placeOf = (text: string, surface: string, nth = 0) => placeAt(gazetteer, text, surface, nth);

describe('a country is not its small namesake town unless the text says so', () => {
  it.each([
    ['a country named in a story full of towns of one state', 'Farmers in Amarillo, Lubbock and Abilene say the drought and tariffs on China cut their sales.', 'China', 'country:CN'],
    ['a country in a list of countries, in a local paper', 'Veterans from the post served in Korea, the Middle East, Italy and Germany.', 'Italy', 'country:IT'],
    ['a country as the place a migrant came from', 'The family arrived in Omaha from Lebanon in 2015.', 'Lebanon', 'country:LB'],
  ])('%s', (_label, text, surface, id) => {
    expect(placeOf(text, surface)?.id).toBe(id);
  });

  it.each([
    ['the town with its state written after it', 'The festival in China, Maine drew a crowd.', 'China', 'US'],
    ['the town used as a modifier of local people ("a Palestine man": the country\'s would be "Palestinian")', 'A Palestine man was arrested by the Anderson County sheriff on Friday.', 'Palestine', 'US'],
    ['the town beside a neighbouring town of the story', 'Residents of Lebanon and Zionsville in Boone County will vote on the levy.', 'Lebanon', 'US'],
  ])('%s', (_label, text, surface, country) => {
    expect(placeOf(text, surface)?.country).toBe(country);
  });
});

describe('oceans, seas and regions are themselves, not towns named after them', () => {
  it.each([
    ['an ocean after "the", in a story of one state', 'DES MOINES, Iowa — A storm that formed over the Atlantic brought rain to Council Bluffs and Omaha.', 'Atlantic', 'feature:atlantic-ocean'],
    ['a sea by its short name', 'Hundreds of migrants drowned in the Mediterranean after leaving Libya.', 'Mediterranean', 'feature:mediterranean-sea'],
    ['"the Gulf" beside the Gulf states, not a province of Papua New Guinea', 'Tankers were attacked in the Gulf, Iranian officials said, as Saudi Arabia called for calm.', 'Gulf', 'feature:persian-gulf'],
    ['a coast named by its ocean', 'The cartel moved cocaine up the Pacific coast from Colombia to Mexico.', 'Pacific', 'feature:pacific-ocean'],
    ['a strait', 'The navy escorted tankers through the Strait of Hormuz.', 'Strait of Hormuz', 'feature:strait-of-hormuz'],
    ['a region of one country, not a hamlet of Indiana', 'Prisoners were sent to camps in Siberia for decades.', 'Siberia', 'feature:siberia'],
  ])('%s', (_label, text, surface, id) => {
    expect(placeOf(text, surface)?.id).toBe(id);
  });

  it('a US region, not a North Dakota hamlet', () => {
    expect(placeOf('Snow fell across New England, closing schools from Boston to Portland.', 'New England')?.id).toBe('feature:new-england');
  });
});

describe("a people's name is no town", () => {
  it.each([
    ['an adjective of a people', 'Arab investors from Dubai bought the hotel.', 'Arab'],
    ['another people', 'Kurdish fighters held the town for a month.', 'Kurdish'],
  ])('%s', (_label, text, surface) => {
    expect(mentionAt(text, surface)).toBeUndefined();
  });

  it('a town of that name in a list of towns is still the town', () => {
    expect(placeOf('Storms hit Guntersville and Arab on Monday.', 'Arab')?.country).toBe('US');
  });
});

describe('a city the world knows by its name is that city unless the story is set by its namesake', () => {
  it.each([
    ['a city of millions named in a story of another country, not a hamlet in the state of one of its towns', 'Federal agents in Chicago, Cicero and Berwyn said the cocaine came from Culiacán and the cash was driven back to Los Angeles.', 'Los Angeles', 'US'],
    ['a capital, not a town of the same name in the story\'s other country', 'Spanish police seized villas in Marbella and Estepona, and the Treasury in Washington offered a reward.', 'Washington', 'US'],
  ])('%s', (_label, text, surface, country) => {
    expect(placeOf(text, surface)?.country).toBe(country);
  });

  it.each([
    ['a namesake listed with its county', 'All residents of Paris and Henry County will receive a letter from the rescue squad in Tennessee.', 'Paris', 'US'],
    ['a namesake in "<town> in <direction> <state>"', 'Firefighters put out a blaze at a house in Belgrade in central Minnesota on Saturday.', 'Belgrade', 'US'],
  ])('%s', (_label, text, surface, country) => {
    expect(placeOf(text, surface)?.country).toBe(country);
  });
});

describe('dotted initials', () => {
  it.each([
    ["a person's initials, though they spell a state's code", 'The school, led by D.E. Paulk, opened in Atlanta.', 'D.E.'],
    ["an organisation's initials, though a town is called so", 'According to a U.N. panel, the shipments went through Panama.', 'U.N.'],
  ])('%s', (_label, text, surface) => {
    expect(mentionAt(text, surface)).toBeUndefined();
  });

  it.each([
    ['a state code', 'The slide closed the road in Hurricane, W.Va., for a week.', 'W.Va.', 'admin1:US.WV'],
    ["a country's initials before a title", 'U.S. Magistrate Judge Ruth Carr ruled on Monday in Charleston.', 'U.S.', 'country:US'],
  ])('%s', (_label, text, surface, id) => {
    expect(placeOf(text, surface)?.id).toBe(id);
  });
});


describe('a phone number right after a name tells its state, whatever the rest of the story names', () => {
  it('"the center in Huntington at 304-…" is West Virginia, though the story has named New York', () => {
    const text = 'He worked at a hospital in the Bronx, New York. For appointments, call the cancer center in Huntington at 304-399-6500.';
    expect(placeOf(text, 'Huntington')).toMatchObject({ country: 'US', admin1: 'WV' });
  });
});

describe('a confidence means something: a reading far from all the story\'s other places says so', () => {
  it('a hamlet on the far coast, in a story about one border town, is low in confidence', () => {
    const text = 'NOGALES, Sonora — Gunmen killed three men in Colonia Buenos Aires on Tuesday night, police in Nogales said.';
    const far = mentionAt(text, 'Colonia Buenos Aires');
    const near = mentionAt(text, 'Nogales');
    expect(near!.confidence).toBeGreaterThan(0.8);
    if (far) expect(far.confidence).toBeLessThanOrEqual(0.5);
  });

  it('"X, a neighbourhood of Y" is the X near Y, or Y itself', () => {
    const text = 'Gunmen killed three men in Colonia Buenos Aires, a neighbourhood of Nogales, Sonora, on Tuesday.';
    const m = mentionAt(text, 'Colonia Buenos Aires');
    expect(m && gazetteer.get(m.placeId)!.admin1).toBe('26');
  });

  it('a big city far from the rest keeps its confidence', () => {
    const text = 'Police in Chicago and Cicero said the cash was driven to Los Angeles.';
    expect(mentionAt(text, 'Los Angeles')!.confidence).toBeGreaterThan(0.8);
  });
});
