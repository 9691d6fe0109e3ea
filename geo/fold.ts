/**
 * Folds a name to the key the gazetteer is indexed by: compatibility-normalised, invisible
 * characters dropped, accents removed, lower case, periods dropped, apostrophes and dashes
 * unified, white space collapsed. "Ciudad Juárez", "CIUDAD JUAREZ" and "Ciudad Jua\u0301rez"
 * fold alike; so do "D.F." and "DF", "St. Louis" and "St Louis".
 *
 * @example foldName('Ciudad Juárez') // 'ciudad juarez'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Zero-width characters, soft hyphen, word joiner, BOM and bidi controls (Trojan Source). */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
