import { describe, expect, it } from 'vitest';
import { spanLanes } from '../../src/lib/explore/spanLanes.ts';

describe('spanLanes: approximate dates drawn as spans, each once, without overlaps in a lane', () => {
  it('equal spans are one bar with their summed weight', () => {
    expect(spanLanes([{ d0: 0, d1: 364 }, { d0: 0, d1: 364, weight: 2 }]).bars).toEqual([{ d0: 0, d1: 364, weight: 3, lane: 0 }]);
  });

  it.each([
    ['overlapping spans take different lanes', [[0, 30], [10, 40]], [0, 1]],
    ['disjoint spans share a lane', [[0, 30], [31, 60]], [0, 0]],
  ])('%s', (_name, spans, lanes) => {
    const { bars } = spanLanes(spans.map(([d0, d1]) => ({ d0, d1 })));
    expect(bars.map((b) => b.lane)).toEqual(lanes);
  });

  it('spans beyond the lanes are counted as hidden, the lightest first', () => {
    const spans = [{ d0: 0, d1: 9, weight: 5 }, { d0: 1, d1: 9, weight: 4 }, { d0: 2, d1: 9, weight: 1 }];
    const { bars, hidden } = spanLanes(spans, 2);
    expect(bars.map((b) => b.weight)).toEqual([5, 4]);
    expect(hidden).toBe(1);
  });
});
