import { describe, expect, it } from 'vitest';
import { excerptAround, sentences } from '../../geo/sentences.ts';

const split = (t: string) => sentences(t).map((s) => t.slice(s.start, s.end));

describe('sentences', () => {
  it.each([
    ['initialisms do not end a sentence', 'He left the U.S. Embassy in Lomaria. Then he flew.', ['He left the U.S. Embassy in Lomaria.', 'Then he flew.']],
    ['dotted agency initialisms', 'The D.E.A. raided a lab. Nobody was hurt.', ['The D.E.A. raided a lab.', 'Nobody was hurt.']],
    ['titles', 'Gen. Ruiz and Mr. Vela met Dr. Paz. They talked.', ['Gen. Ruiz and Mr. Vela met Dr. Paz.', 'They talked.']],
    ['month abbreviations', 'On Jan. 5 soldiers arrived. Police left.', ['On Jan. 5 soldiers arrived.', 'Police left.']],
    ['an initialism at a sentence end before "The"', 'He was sent to the U.S. The case closed.', ['He was sent to the U.S.', 'The case closed.']],
    ['newlines end sentences (headlines, captions)', 'Raid in Lomaria\nSoldiers came at dawn. They left', ['Raid in Lomaria', 'Soldiers came at dawn.', 'They left']],
    ['closing quotes stay with the sentence', '“We will win.” He smiled.', ['“We will win.”', 'He smiled.']],
    ['decimals, domains and glued credits do not split', 'It cost 3.5 million, said nbcnews.com today.', ['It cost 3.5 million, said nbcnews.com today.']],
    ['question and exclamation marks', 'Why Lomaria? Because! Fine.', ['Why Lomaria?', 'Because!', 'Fine.']],
    ['blank lines yield nothing', '\n\n  \n', []],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('spans are trimmed and in order', () => {
    const t = '  One.   Two.  ';
    expect(sentences(t)).toEqual([{ start: 2, end: 6 }, { start: 9, end: 13 }]);
  });
});

describe('excerptAround', () => {
  it('returns the sentence with offsets relative to it', () => {
    const t = 'He flew. Soldiers arrested him in Culiacán. Then quiet.';
    const at = t.indexOf('Culiacán');
    const e = excerptAround(t, { start: at, end: at + 8 }, sentences(t));
    expect(e).toEqual({ text: 'Soldiers arrested him in Culiacán.', start: 25, end: 33 });
    expect(e.text.slice(e.start, e.end)).toBe('Culiacán');
  });

  it('trims a long sentence around the mention with ellipses, within the cap', () => {
    const t = `${'word '.repeat(200)}Culiacán ${'more '.repeat(200)}end.`;
    const at = t.indexOf('Culiacán');
    const e = excerptAround(t, { start: at, end: at + 8 }, sentences(t), 120);
    expect(e.text.length).toBeLessThanOrEqual(120);
    expect(e.text.startsWith('…')).toBe(true);
    expect(e.text.endsWith('…')).toBe(true);
    expect(e.text.slice(e.start, e.end)).toBe('Culiacán');
  });

  it('a mention at the start of a long sentence keeps the start', () => {
    const t = `Culiacán ${'more '.repeat(200)}end.`;
    const e = excerptAround(t, { start: 0, end: 8 }, sentences(t), 100);
    expect(e.text.startsWith('Culiacán')).toBe(true);
    expect(e.start).toBe(0);
    expect(e.text.length).toBeLessThanOrEqual(100);
  });

  it('a mention across a sentence boundary takes both sentences', () => {
    const t = 'Go to St. Louis now. Later.';
    const e = excerptAround(t, { start: 6, end: 15 }, [{ start: 0, end: 9 }, { start: 10, end: 20 }]);
    expect(e.text).toBe('Go to St. Louis now.');
  });
});
