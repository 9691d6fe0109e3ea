import { describe, expect, it } from 'vitest';
import { findActors, groupKey } from '../../geo/actors.ts';

const groups = (t: string) => findActors(t).filter((a) => a.kind === 'group').map((a) => [a.text, a.name]);
const agencies = (t: string) => findActors(t).filter((a) => a.kind === 'agency').map((a) => a.name);

describe('findActors: criminal groups', () => {
  it.each([
    ['"<Name> cartel"', 'Members of the Varossa cartel fled.', [['Varossa cartel', 'Varossa Cartel']]],
    ['"<Name> drug cartel"', 'A Varossa drug cartel member spoke.', [['Varossa drug cartel', 'Varossa Cartel']]],
    ['multi-word name', 'The Puerto Lindo New Generation Cartel grew.', [['Puerto Lindo New Generation Cartel', 'Puerto Lindo New Generation Cartel']]],
    ['"cartel de <Name>" equals "<Name> cartel"', 'El cartel de Varossa grew.', [['cartel de Varossa', 'Varossa Cartel']]],
    ['"<Name> gang"', 'The Ruiz Vela gang struck again.', [['Ruiz Vela gang', 'Ruiz Vela Gang']]],
    ['"<Name> Organization" in a crime context', 'The Ruiz Vela Organization trafficked cocaine.', [['Ruiz Vela Organization', 'Ruiz Vela Organization']]],
    ['an institution is not a group', 'The World Health Organization reported on drug use.', []],
    ['"Organization" outside a crime context', 'The Ruiz Vela Organization held a gala.', []],
    ['demonym + cartel names no group', 'The Mexican cartel and rival cartels fought.', []],
    ['possessive + cartels names no group', "Ruritania's cartels are strong.", []],
    ['headline case does not invent names', 'Feds Let Cartel Smuggle Drugs in Exchange for Intel', []],
    ['alias without pattern: Zetas', 'Los Zetas attacked.', [['Los Zetas', 'Los Zetas']]],
    ['alias: CJNG', 'The CJNG expanded.', [['CJNG', 'Jalisco New Generation Cartel']]],
    ['alias: H-2 alone', "He helped H-2's leaders.", [['H-2', 'H-2 Cartel']]],
    ['H2 Cartel is the H-2 Cartel', 'the so-called H2 Cartel', [['H2 Cartel', 'H-2 Cartel']]],
    ['Beltrán Leyva gang is the organisation', 'the Beltrán Leyva gang', [['Beltrán Leyva gang', 'Beltrán Leyva Organization']]],
    ['La Línea', 'La Línea controls the area.', [['La Línea', 'La Línea']]],
    ['"the <Name> group" in a crime story', 'Los Lobos sided with the Varossa group in the cocaine war.', [['Los Lobos', 'Los Lobos'], ['Varossa group', 'Varossa Group']]],
    ['a capitalised "Group" is a company', 'A consultant with the Chertoff Group said drug routes had changed.', []],
  ])('%s', (_name, text, expected) => {
    expect(groups(text)).toEqual(expected);
  });

  it('the name span covers the place part of the name', () => {
    const t = 'the Varossa drug cartel';
    const [g] = findActors(t);
    expect(t.slice(g.nameSpan!.start, g.nameSpan!.end)).toBe('Varossa');
  });
});

describe('findActors: agencies', () => {
  it.each([
    ['The D.E.A. and the FBI met.', ['DEA', 'FBI']],
    ['Drug Enforcement Administration (DEA) agents', ['DEA', 'DEA']],
    ['ICE agents and the ATF', ['ICE', 'ATF']],
    ['The State Department and the Justice Department', ['State Department', 'Department of Justice']],
    ['the Mexican Army and the Mexican Navy', ['Mexican Army', 'Mexican Navy']],
    ['nice weather', []],
  ])('%s', (text, expected) => {
    expect(agencies(text)).toEqual(expected);
  });
});

describe('groupKey', () => {
  it.each([
    ['H-2 Cartel', 'h-2-cartel'],
    ['Beltrán Leyva Organization', 'beltran-leyva-organization'],
    ['Juárez Cartel', 'juarez-cartel'],
  ])('%s → %s', (name, key) => expect(groupKey(name)).toBe(key));
});

describe('adversarial input', () => {
  it.each([
    ['1 MB of one letter', 'a'.repeat(1_000_000)],
    ['dotted runs', 'a.'.repeat(500_000)],
    ['capitalised words before a group noun, repeated', 'Big Cartel '.repeat(90_000)],
    ['slashes like credits', 'Ab/'.repeat(300_000)],
  ])('%s: actors, roles, sentences and furniture stay fast', async (_name, text) => {
    const { assignRoles } = await import('../../geo/roles.ts');
    const { sentences } = await import('../../geo/sentences.ts');
    const { findFurniture } = await import('../../geo/ingest/findFurniture.ts');
    const t0 = performance.now();
    findActors(text);
    assignRoles(text, []);
    sentences(text);
    findFurniture(text);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
