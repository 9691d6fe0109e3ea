import { describe, expect, it } from 'vitest';
import { dateNear, eventDatesIn, findDates, findPeriods, nearestDate } from '../../geo/dates.ts';

describe('findDates: absolute and relative dates, resolved against the article date', () => {
  it.each([
    ['full date', 'The raid took place on March 3, 2021, at dawn.', '2024-01-01', '2021-03-03', false],
    ['day-month-year', 'He was detained on 14 February 2019.', null, '2019-02-14', false],
    ['ISO date', 'Filed 2018-07-09 in court.', null, '2018-07-09', false],
    ['month and day take the year of the article', 'The November 18 hearing was brief.', '2020-11-25', '2020-11-18', false],
    ['a month-day after the article date is last year', 'Since December 12 he has been in custody.', '2021-03-01', '2020-12-12', false],
    ['month and year', 'an indictment unsealed in August 2019', null, '2019-08', true],
    ['"in October" before the article month', 'He was arrested in October at the airport.', '2020-11-17', '2020-10', true],
    ['"in October" after the article month is last year', 'He was arrested in October at the airport.', '2021-02-02', '2020-10', true],
    ['mid-month', 'after his mid-October arrest', '2020-11-30', '2020-10', true],
    ['last year', 'Soldiers clashed with gunmen there last year.', '2012-05-31', '2011', true],
    ['earlier this year', 'Earlier this year the cartel split.', '2012-05-31', '2012', true],
    ['last week', 'Last week, the country extradited him.', '2012-05-31', '2012-05-24', true],
    ['weekday on the article date', 'Earlier Tuesday he directed the prosecutor to sign.', '2020-11-17', '2020-11-17', false],
    ['weekday before the article date', 'Police said on Sunday that two men died.', '2020-11-17', '2020-11-15', false],
    ['yesterday', 'Gunmen attacked the bar yesterday.', '2022-02-01', '2022-01-31', false],
    ['a bare year', 'The killing happened in 2009.', null, '2009', true],
  ] as const)('%s', (_name, text, articleDate, date, approximate) => {
    const found = findDates(text, articleDate);
    expect(found[0]).toMatchObject({ date, approximate });
    expect(text.slice(found[0].start, found[0].end)).toBe(found[0].text);
  });

  it.each([
    ['relative dates need the article date', 'He was arrested last year in October.'],
    ['no date at all', 'Gunmen attacked the bar.'],
    ['"may" the verb is no month', 'Prosecutors said this may take years.'],
    ['counts are no years', 'They seized 2000 kilos.'],
  ])('%s', (_name, text) => expect(findDates(text, null)).toEqual([]));

  it('an impossible day keeps only its year', () => expect(findDates('on February 30, 2021', null).map((d) => d.date)).toEqual(['2021']));
});

describe('dateNear: the event date is the expression nearest its cue', () => {
  it('prefers the date right after the cue to a year ending a period before it', () => {
    const text = 'He served from 2012 to 2018, was taken into custody in October at the airport.';
    const cue = text.indexOf('taken into custody');
    expect(dateNear(text, { start: cue, end: cue + 'taken into custody'.length }, '2020-11-17')?.date).toBe('2020-10');
  });
  it('gives null when the sentence has no date', () => expect(dateNear('He was arrested at the airport.', 7, '2020-11-17')).toBeNull());
});

describe('findPeriods', () => {
  it.each([
    ['between 2015 and 2017', '2015–2017'],
    ['from 2006 to 2012', '2006–2012'],
    ['2015-17', '2015–2017'],
    ['since 2010', 'since 2010'],
    ['as far back as 1995', 'since 1995'],
    ['until 2012', 'until 2012'],
    ['in the 1990s', '1990s'],
    ['in 2009', '2009'],
  ])('%s → %s', (text, period) => expect(findPeriods(`It held the town ${text}.`)[0].period).toBe(period));
});

describe('eventDatesIn and nearestDate: the article read once, each mention asks within its sentence', () => {
  const text = 'Police arrested him on Monday in Westbury. He had been freed in 2019.';
  const dates = eventDatesIn(text, '2024-03-08');
  it.each([
    ['the date of its own sentence', { start: 0, end: 42 }, { start: 9, end: 17 }, '2024-03-04'],
    ['never one of another sentence', { start: 43, end: 69 }, { start: 50, end: 55 }, '2019'],
    ['none in the sentence, none', { start: 0, end: 20 }, { start: 9, end: 17 }, null],
  ] as const)('%s', (_p, within, at, date) => {
    expect(nearestDate(dates, within, at)?.date ?? null).toBe(date);
  });
});
