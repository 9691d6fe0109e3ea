/**
 * A criminal group's colour on the map, the same for the group whatever else the data holds: a
 * stable hash of its folded name picks one of twelve colours, so adding articles (and groups)
 * never recolours a group a reader has learnt.
 */
import { fnv1a } from './fnv1a.ts';

/**
 * Twelve colours told apart with normal vision and with simulated protanopia, deuteranopia and
 * tritanopia (each pair at least ΔE*ab 12 apart in all four), chosen greedily (max-min) from Paul
 * Tol's and Okabe & Ito's colourblind-safe sets; none near the selection amber (#ffb300), the
 * verified green (#1b5e20), the incident red, the jurisdiction blue, black, white or the basemap's
 * land and water. `tests/unit/group-colour.test.ts` measures these distances.
 */
export const GROUP_PALETTE: readonly string[] = [
  '#332288', // indigo
  '#d55e00', // vermilion
  '#99ddff', // pale cyan
  '#663333', // brown
  '#eedd88', // pale yellow
  '#009988', // teal
  '#ee8866', // salmon
  '#ee3377', // magenta
  '#56b4e9', // sky blue
  '#882255', // wine
  '#762a83', // purple
  '#999933', // olive
];

/**
 * Mixed into the hash. The smallest value for which the nine best-known Mexican groups (Sinaloa,
 * Jalisco New Generation, Gulf, Los Zetas, Juárez, Beltrán Leyva, H-2, Los Chapitos, La Familia
 * Michoacana) get nine different colours. Changing it recolours every group: don't.
 */
const SALT = '82:';

/** A group's name folded as `groupKey` folds it: accents off, lower case, runs of other characters one "-". */
function foldGroup(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The colour of a criminal group (its canonical name, as `properties.group` gives it): the same
 * for "Juárez Cartel" and "juarez cartel", and the same in every data set.
 *
 * @example groupColour('Sinaloa Cartel') === groupColour('SINALOA cartel') // true
 */
export function groupColour(group: string): string {
  return GROUP_PALETTE[fnv1a(SALT + foldGroup(group)) % GROUP_PALETTE.length];
}
