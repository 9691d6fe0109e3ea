import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../src/lib/ingest/readInput.ts';

const TEXT = 'Raid in Culiacán\n\nSoldiers raided a house in Culiacán, Sinaloa, on March 3, 2024, the army said.\n';

describe('a pasted article', () => {
  it.each([
    ['empty fields: read from the text as a .txt file is', {}, { title: 'Raid in Culiacán', publication: null, date: '2024-03-03' }],
    ['each given field wins', { title: ' Other title ', publication: 'Gazette', date: '2024-01-02' }, { title: 'Other title', publication: 'Gazette', date: '2024-01-02' }],
    ['blank fields count as empty', { title: '  ', publication: '', date: '' }, { title: 'Raid in Culiacán', publication: null, date: '2024-03-03' }],
  ])('%s', (_name, fields, want) => {
    const a = articleFromPaste({ text: TEXT, ...fields });
    expect({ title: a.title, publication: a.publication, date: a.date }).toEqual(want);
    expect(a.text).toContain('Soldiers raided a house');
  });

  it('front matter in the pasted text is read as in a corpus file', () => {
    const a = articleFromPaste({ text: '---\ntitle: From the header\npublication: Daily\n---\nSoldiers raided a house in Culiacán.\n' });
    expect([a.title, a.publication]).toEqual(['From the header', 'Daily']);
  });

  it('the text is normalised (CRLF, invisible characters, decomposed accents)', () => {
    const a = articleFromPaste({ text: 'Raid\r\n\r\nSoldiers raided a house in Culiaca\u0301n\u200B.\r\n' });
    expect(a.text).toBe('Raid\n\nSoldiers raided a house in Culiacán.\n');
  });

  it.each([
    ['no text', { text: '  \n ' }, /pasted text:1:1: no article text/],
    ['a date that is not YYYY-MM-DD', { text: TEXT, date: '3 March' }, /Date:1:1: "3 March" is not a date/],
  ])('%s is an error naming the field', (_name, p, message) => {
    expect(() => articleFromPaste(p)).toThrow(message);
  });
});
