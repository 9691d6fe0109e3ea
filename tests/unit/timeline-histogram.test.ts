import { describe, expect, it } from 'vitest';
import { dateSpan, dayOf, isoOfDay } from '../../src/lib/explore/dates.ts';
import { histogram, type TimeItem } from '../../src/lib/explore/histogram.ts';
import { calendarEdges, stepLabel } from '../../src/lib/explore/calendarEdges.ts';
import { playStep } from '../../src/lib/explore/playStep.ts';

const item = (date: string, approx = false, weight?: number): TimeItem => {
  const [d0, d1] = dateSpan(date, approx);
  return weight === undefined ? { d0, d1 } : { d0, d1, weight };
};
const total = (h: ReturnType<typeof histogram>) => h.bins.reduce((s, b) => s + b.exact + b.spread, 0);

describe('calendarEdges: round bin edges chosen by the range', () => {
  it.each([
    ['a few days: days', '2020-10-14', '2020-10-20', 40, 'day', 1, '2020-10-14'],
    ['two months: weeks starting on Monday', '2020-10-14', '2020-12-10', 12, 'day', 7, '2020-10-12'],
    ['most of a year: months', '2019-03-10', '2019-11-02', 12, 'month', 1, '2019-03-01'],
    ['three years in 12 bins: quarters', '2017-05-17', '2019-11-02', 12, 'month', 3, '2017-04-01'],
    ['twenty years: years', '2001-06-01', '2020-02-01', 24, 'year', 1, '2001-01-01'],
    ['a century in 12 bins: decades', '1921-06-01', '2020-02-01', 12, 'year', 10, '1920-01-01'],
  ] as const)('%s', (_name, first, last, maxBins, unit, n, firstEdge) => {
    const { step, edges } = calendarEdges(dayOf(first), dayOf(last), maxBins);
    expect(step).toEqual({ unit, n });
    expect(isoOfDay(edges[0])).toBe(firstEdge);
    expect(edges.length - 1).toBeLessThanOrEqual(maxBins);
    expect(edges[0]).toBeLessThanOrEqual(dayOf(first));
    expect(edges[edges.length - 1]).toBeGreaterThan(dayOf(last));
    for (let i = 1; i < edges.length; i++) expect(edges[i]).toBeGreaterThan(edges[i - 1]);
  });

  it.each([
    ['years', { unit: 'year', n: 1 }, '2019-01-01', '2019'],
    ['months', { unit: 'month', n: 1 }, '2019-03-01', 'Mar 2019'],
    ['days', { unit: 'day', n: 7 }, '2019-03-04', '2019-03-04'],
  ] as const)('labels of %s', (_name, step, iso, label) => {
    expect(stepLabel(dayOf(iso), step)).toBe(label);
  });
});

describe('histogram: spans spread their weight, exact days stay on their day', () => {
  it('a bare year spreads over its twelve months instead of piling on 1 January', () => {
    const h = histogram([item('2019', true)], 24);
    expect(h.step).toEqual({ unit: 'month', n: 1 });
    expect(h.bins).toHaveLength(12);
    expect(h.bins[0].spread).toBeCloseTo(31 / 365);
    expect(h.bins[1].spread).toBeCloseTo(28 / 365);
    expect(h.bins.every((b) => b.exact === 0)).toBe(true);
    expect(total(h)).toBeCloseTo(1);
    expect(h.spans).toHaveLength(1);
    expect(h.exact).toHaveLength(0);
  });

  it('a month and an approximate day (± a week) keep their whole weight inside the range', () => {
    const h = histogram([item('2020-10'), item('2020-11-17', true, 3), item('2020-12-24')], 40);
    expect(total(h)).toBeCloseTo(5);
    expect(h.spans).toHaveLength(2);
    expect(h.exact).toHaveLength(1);
  });

  it.each([
    ['single days', ['2019-03-03', '2019-03-03', '2019-07-09'], [2, 1]],
    ['different months', ['2019-01-31', '2019-02-01', '2019-12-31'], [1, 1, 1]],
  ])('exact dates fall in the bin of their day: %s', (_name, dates, counts) => {
    const h = histogram(dates.map((d) => item(d)), 12, [dayOf('2019-01-01'), dayOf('2019-12-31')]);
    expect(h.bins.filter((b) => b.exact > 0).map((b) => b.exact)).toEqual(counts);
    for (const d of dates) {
      const bin = h.bins.find((b) => b.d0 <= dayOf(d) && dayOf(d) < b.d1)!;
      expect(bin.exact).toBeGreaterThan(0);
    }
  });

  it('a fixed domain drops what lies outside and the share of a span beyond its edge', () => {
    const domain = [dayOf('2019-07-01'), dayOf('2019-12-31')] as const;
    const h = histogram([item('2019'), item('2018-05-05'), item('2019-08-08')], 12, domain);
    expect(h.outside).toBe(1);
    expect(total(h)).toBeCloseTo(1 + 184 / 365);
  });

  it('items without a date are counted apart, never binned', () => {
    const h = histogram([{ d0: NaN, d1: NaN }, item('2019-08-08')]);
    expect(h.undated).toBe(1);
    expect(total(h)).toBe(1);
  });

  it('no items, no bins', () => {
    expect(histogram([]).bins).toEqual([]);
    expect(histogram([]).peak).toBe(0);
  });

  it('is the same for the same items', () => {
    const items = ['2019', '2019-05', '2019-05-05', '2020-01-02'].map((d) => item(d, true));
    expect(histogram(items, 20)).toEqual(histogram([...items], 20));
  });
});

describe('playStep: Play moves the window one bin at a time', () => {
  const edges = calendarEdges(dayOf('2019-01-01'), dayOf('2019-04-30'), 12).edges; // Jan..Apr
  it.each([
    ['no range starts at the first bin', null, ['2019-01-01', '2019-01-31']],
    ['one month moves to the next', ['2019-01-01', '2019-01-31'], ['2019-02-01', '2019-02-28']],
    ['a two-month window keeps its width', ['2019-01-10', '2019-02-10'], ['2019-02-01', '2019-03-31']],
    ['the last bin stops', ['2019-04-01', '2019-04-30'], null],
  ] as const)('%s', (_name, range, next) => {
    const r = range ? ([dayOf(range[0]), dayOf(range[1])] as [number, number]) : null;
    const out = playStep(edges, r);
    expect(out && out.map(isoOfDay)).toEqual(next);
  });
});
