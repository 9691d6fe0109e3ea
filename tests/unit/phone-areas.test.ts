/**
 * Phone numbers as a reader's clue to the state: which numbers count, and which do not.
 */
import { describe, expect, it } from 'vitest';
import { phoneAreas } from '../../geo/phoneAreas.ts';
import { canadaAreaCodes, joinAreaCodes, usAreaCodes } from '../../geo/gazetteer/build/areaCodes.ts';

const table = { '304': ['US.WV'], '631': ['US.NY'], '212': ['US.NY'], '902': ['CA.07', 'CA.09'] };

describe('phone numbers name the states they call', () => {
  it.each([
    ['dashes', 'Call 304-399-6500 for details.', ['US.WV']],
    ['dots', 'Call 304.399.6500 for details.', ['US.WV']],
    ['a bracketed area code', 'Call (304) 399-6500 for details.', ['US.WV']],
    ['… without the space', 'Call (304)399-6500 for details.', ['US.WV']],
    ['several numbers, each state once, sorted', 'Call 631-555-0100, 212-555-0101 or 304-555-0102; or 631-555-0103.', ['US.NY', 'US.WV']],
    ['a code two provinces share names both', 'Call 902-555-0100.', ['CA.07', 'CA.09']],
    ['a code the table lacks (toll-free)', 'Call 800-555-0100.', []],
    ['no phone number', 'The 304 students met 6500 times.', []],
    ['digits inside a longer number are no phone number', 'Case 12-304-399-6500-7 was filed.', []],
  ])('%s', (_label, text, expected) => {
    expect(phoneAreas(text, table)).toEqual(expected);
  });

  it('the shipped table knows West Virginia, New York and Ontario', () => {
    expect(phoneAreas('Call 304-399-6500, 631-399-6500 or 519-661-5670.')).toEqual(['CA.08', 'US.NY', 'US.WV']);
  });
});

describe("the area-code table's sources", () => {
  it('keeps local codes of US states and DC; drops toll-free codes and territories', () => {
    expect(
      usAreaCodes({
        '304': { type: 'local', stateCode: 'WV' },
        '202': { type: 'local', stateCode: 'DC' },
        '800': { type: 'tollfree' },
        '671': { type: 'local', stateCode: 'GU' },
      }),
    ).toEqual({ '202': ['US.DC'], '304': ['US.WV'] });
  });

  it("reads Canada's table, codes shared by provinces included", () => {
    expect(canadaAreaCodes('# comment\ncode\tprovinces\n519\tON\n902\tNS PE\n')).toEqual({ '519': ['CA.08'], '902': ['CA.07', 'CA.09'] });
  });

  it.each([
    ['no header', '519\tON\n', 't.tsv:1: expected the header'],
    ['an unknown province', 'code\tprovinces\n519\tZZ\n', 't.tsv:2: unknown province "ZZ"'],
    ['a code twice', 'code\tprovinces\n519\tON\n519\tON\n', 't.tsv:3: code 519 listed twice'],
    ['a bad code', 'code\tprovinces\n51\tON\n', 't.tsv:2: expected a three-digit code'],
  ])('names the file and line of %s', (_label, text, message) => {
    expect(() => canadaAreaCodes(text, 't.tsv')).toThrow(message);
  });

  it('joins the tables sorted by code, and refuses a code in both', () => {
    expect(Object.keys(joinAreaCodes({ '519': ['CA.08'] }, { '304': ['US.WV'] }))).toEqual(['304', '519']);
    expect(() => joinAreaCodes({ '519': ['CA.08'] }, { '519': ['US.WV'] })).toThrow('area code 519 is in two tables');
  });
});
