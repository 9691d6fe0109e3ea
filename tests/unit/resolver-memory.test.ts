/**
 * One article's reading never leaks into the next: an article gets the same mentions after any
 * other article, with the same gazetteer object, as in a fresh process, whether the earlier
 * article read the same name plainly, with a container, as a dateline, after "the", as a local
 * use or among towns. (Guards any cache that outlives an article: the gazetteer's made places,
 * the fold memo, and any memo of readings a later change may add.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BinaryGazetteer } from '../../geo/gazetteer/binary/binaryGazetteer.ts';
import { ensureGazetteerBinary } from '../../geo/gazetteer/gazetteerBinary.node.ts';
import { geoparse } from '../../geo/geoparse.ts';
import type { GazetteerIndex } from '../../geo/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let bytes: Uint8Array;
let path: string;

beforeAll(() => {
  ({ bytes, path } = ensureGazetteerBinary(join(ROOT, 'data/gazetteer')));
}, 180_000);

/** A gazetteer object of its own, so that nothing is remembered yet. */
const fresh = (): GazetteerIndex => BinaryGazetteer.fromBytes(bytes, path);
const mentionsOf = (text: string, g: GazetteerIndex) => JSON.stringify(geoparse(text, g));

const PAIRS: Array<{ phenomenon: string; earlier: string; later: string }> = [
  { phenomenon: 'a namesake town with its state, then the name alone', earlier: 'The fair in Paris, Texas, drew crowds. Paris officials were pleased.', later: 'Talks in Paris ended on Monday, officials said.' },
  { phenomenon: 'a country named as a town with a container, then the country', earlier: 'Residents of China, Maine, met on Tuesday.', later: 'Tariffs on China rose again, the Commerce Department said.' },
  { phenomenon: 'a bare dateline, then the name in prose', earlier: 'PALESTINE — Police in Palestine arrested two men on Friday.', later: 'Leaders in Palestine and Israel spoke on Friday.' },
  { phenomenon: 'a local use of a name, then the name plainly', earlier: 'A Lebanon man was charged in Lebanon, Tennessee, after a crash near Nashville.', later: 'Fighting in Lebanon spread toward Beirut.' },
  { phenomenon: 'a name among towns, then alone', earlier: 'Storms hit Crockett, Palestine and Houston on Sunday.', later: 'The storm moved toward Houston on Monday.' },
  { phenomenon: 'a county named without "County", then the town', earlier: 'Deputies in DeKalb and Gwinnett said the roads were closed near Atlanta.', later: 'The DeKalb factory in Illinois will close, the company said.' },
  { phenomenon: 'a name after "the", then the name alone', earlier: 'Ships crossed the Atlantic in convoy.', later: 'Atlantic officials in Iowa voted on Monday.' },
];

describe('nothing read in one article changes the next', () => {
  it.each(PAIRS)('$phenomenon: the later article reads as in a fresh process', ({ earlier, later }) => {
    const alone = mentionsOf(later, fresh());
    const g = fresh();
    geoparse(earlier, g);
    expect(mentionsOf(later, g)).toBe(alone);
  });

  it('the seed corpus reads the same in either order', () => {
    const dir = join(ROOT, 'data/corpus');
    const texts = readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    const forward = fresh();
    const backward = fresh();
    const a = texts.map((t) => mentionsOf(t, forward));
    const b = [...texts].reverse().map((t) => mentionsOf(t, backward)).reverse();
    expect(b).toEqual(a);
  });
});
