/**
 * Phone numbers as a reader's clue to the state: which numbers count, and which do not.
 */
import { describe, expect, it } from 'vitest';
import { phoneStates } from '../../geo/phoneAreas.ts';
import { areaCodeTable } from '../../geo/gazetteer/build/areaCodes.ts';

const table = { '304': 'WV', '631': 'NY', '212': 'NY' };

describe('phone numbers name the states they call', () => {
  it.each([
    ['dashes', 'Call 304-399-6500 for details.', ['WV']],
    ['dots', 'Call 304.399.6500 for details.', ['WV']],
    ['a bracketed area code', 'Call (304) 399-6500 for details.', ['WV']],
    ['… without the space', 'Call (304)399-6500 for details.', ['WV']],
    ['several numbers, each state once, sorted', 'Call 631-555-0100, 212-555-0101 or 304-555-0102; or 631-555-0103.', ['NY', 'WV']],
    ['a code the table lacks (toll-free)', 'Call 800-555-0100.', []],
    ['no phone number', 'The 304 students met 6500 times.', []],
    ['digits inside a longer number are no phone number', 'Case 12-304-399-6500-7 was filed.', []],
  ])('%s', (_label, text, expected) => {
    expect(phoneStates(text, table)).toEqual(expected);
  });

  it('the shipped table knows West Virginia and New York', () => {
    expect(phoneStates('Call 304-399-6500 or 631-399-6500.')).toEqual(['NY', 'WV']);
  });
});

describe("the area-code table's source", () => {
  it('keeps local codes of states and DC; drops toll-free codes and territories', () => {
    expect(
      areaCodeTable({
        '304': { type: 'local', stateCode: 'WV' },
        '202': { type: 'local', stateCode: 'DC' },
        '800': { type: 'tollfree' },
        '671': { type: 'local', stateCode: 'GU' },
      }),
    ).toEqual({ '202': 'DC', '304': 'WV' });
  });
});
