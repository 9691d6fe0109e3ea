/**
 * A fingerprint of `foldName`: its answers on strings that exercise each of its steps. The binary
 * gazetteer stores its keys folded; if `foldName` changed since they were, the Node edge sees a
 * different fingerprint and compiles the binary again instead of using keys folded the old way.
 */
import { foldName } from '../../fold.ts';

/** One string per folding step: case, accents, compatibility forms, invisibles, stops, apostrophes, dashes, spaces, letters with no decomposition. */
const PROBES = [
  'Sinaloa',
  'Ciudad Juárez',
  'Ciudad Jua\u0301rez',
  'ＣＤＭＸ',
  'Vi\u00ADlla\u200B Ahumada',
  'St. Louis',
  'D.F.',
  'O’Hare',
  'Ts‘khinvali',
  'Winston–Salem',
  'Baden\u2212Baden',
  '  New \t York  ',
  'Łódź Ærøskøbing Straße İstanbul Ðakovo Ħamrun',
  'Київ',
];

/**
 * The fingerprint: each probe folded, joined by NUL.
 *
 * @example foldProbe().startsWith('sinaloa\u0000ciudad juarez') // true
 */
export function foldProbe(): string {
  return PROBES.map(foldName).join('\u0000');
}
