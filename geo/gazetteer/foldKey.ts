/**
 * The gazetteer's key for a name: `foldName`, whose plain-ASCII fast path (nine names in ten)
 * makes this cheap. Kept as its own export for the gazetteer and its test
 * (tests/unit/gazetteer.test.ts checks foldKey = foldName on the whole extract).
 */
import { foldName } from '../fold.ts';

/**
 * Folds a name to its gazetteer key, exactly as `foldName` does.
 *
 * @example foldKey('St. Louis') // 'st louis'
 */
export function foldKey(name: string): string {
  return foldName(name);
}
