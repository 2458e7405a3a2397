// The charts' coordinates worked out by hand. The drawing is 640 × 220 with margins of 64 (left),
// 16 (right), 12 (top) and 26 (bottom): x runs from 64 to 624, y from 194 (zero) up to 12. Coordinates
// are rounded to a tenth.
import { describe, expect, it } from 'vitest';
import { holdingsGeometry, monthlyGeometry, monthRange, pathPlaces } from './geometry';

describe('holdings over time', () => {
  // 100 shares on 1 January 2020, 400 after a purchase on 1 July: six months, ticks each month.
  const g = holdingsGeometry([{ key: 'D', points: [{ date: '2020-01-01', shares: 100, code: 'P' }, { date: '2020-07-01', shares: 400, code: 'P' }] }]);

  it('puts the shares on an axis from zero to 400 in steps of 100', () => {
    // 182 px per 400 shares: 100 shares is 45.5 px above zero.
    expect(g.yTicks).toEqual([
      { at: 194, label: '0' }, { at: 148.5, label: '100' }, { at: 103, label: '200' }, { at: 57.5, label: '300' }, { at: 12, label: '400' },
    ]);
  });

  it('labels the first of each month, placed by its day in the 182 days', () => {
    expect(g.xTicks.map((t) => t.label)).toEqual(['Jan 2020', 'Feb 2020', 'Mar 2020', 'Apr 2020', 'May 2020', 'Jun 2020', 'Jul 2020']);
    // 1 April is day 91 of 182: halfway, 64 + 280.
    expect(g.xTicks[3]!.at).toBe(344);
  });

  it('holds each amount until the next transaction, then steps', () => {
    expect(g.lines[0]!.points.map((p) => [p.x, p.y])).toEqual([[64, 148.5], [624, 12]]);
    // Across at 100 shares to 1 July, then up to 400.
    expect(g.lines[0]!.path).toMatch(/^M64,148\.5L624,148\.5L624,12/);
  });

  it('gives a single day a month either side, so the step has width', () => {
    const one = holdingsGeometry([{ key: 'I', points: [{ date: '2021-06-15', shares: 50, code: 'A' }] }]);
    const [p] = one.lines[0]!.points;
    expect(p!.x).toBeGreaterThan(64);
    expect(p!.x).toBeLessThan(624);
    expect(one.lines[0]!.path).toMatch(/L624,/);
  });

  it('draws steps at the same place once, and keeps a dot for each', () => {
    // Three transactions on 1 January leaving 100 shares each time, then 400 on 1 July.
    const same = holdingsGeometry([{ key: 'D', points: [
      { date: '2020-01-01', shares: 100, code: 'M' }, { date: '2020-01-01', shares: 100, code: 'M' },
      { date: '2020-01-01', shares: 100, code: 'S' }, { date: '2020-07-01', shares: 400, code: 'P' },
    ] }]);
    expect(same.lines[0]!.path).toBe('M64,148.5L624,148.5L624,12');
    expect(same.lines[0]!.points).toHaveLength(4);
  });

  it('draws a day of many steps as one vertical line from its lowest to its highest place', () => {
    // At x 100: down to 50, up to 10, back to 30 and 40: the line spans 10 to 50 and ends at 40.
    const places = [{ x: 64, y: 80 }, { x: 100, y: 50 }, { x: 100, y: 10 }, { x: 100, y: 30 }, { x: 100, y: 40 }, { x: 200, y: 40 }];
    expect(pathPlaces(places)).toEqual([{ x: 64, y: 80 }, { x: 100, y: 50 }, { x: 100, y: 10 }, { x: 100, y: 40 }, { x: 200, y: 40 }]);
    // Rising all day: the last place is also the highest, the first the lowest.
    expect(pathPlaces([{ x: 100, y: 9 }, { x: 100, y: 7 }, { x: 100, y: 5 }, { x: 100, y: 3 }])).toEqual([{ x: 100, y: 9 }, { x: 100, y: 3 }]);
  });
});

describe('purchases and sales by month', () => {
  // November 2023 to February 2024: $3,000 bought in November; $1,000 bought and $2,000 sold in February.
  const g = monthlyGeometry('2023-11', '2024-02', [
    { month: '2023-11', purchaseValue: 3000, saleValue: 0 },
    { month: '2024-02', purchaseValue: 1000, saleValue: 2000 },
  ]);

  it('gives every month a band, empty months too', () => {
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    // Four bands of 140 px (560 ÷ 4), each bar 112 px wide (a fifth is padding), the first 14 px in.
    expect(g.bars.map((b) => [b.month, b.x, b.width])).toEqual([['2023-11', 78, 112], ['2024-02', 498, 112]]);
    expect(g.xTicks.map((t) => t.label)).toEqual(['Nov 2023', 'Dec 2023', 'Jan 2024', 'Feb 2024']);
  });

  it('draws purchases up and sales down from a zero line two fifths of the way up', () => {
    // $5,000 over 182 px: 36.4 px per $1,000; zero sits $2,000 above the bottom.
    expect(g.zero).toBe(121.2);
    const [nov, feb] = g.bars;
    expect([nov!.buyY, nov!.buyHeight, nov!.sellHeight]).toEqual([12, 109.2, 0]);
    expect([feb!.buyY, feb!.buyHeight, feb!.sellY, feb!.sellHeight]).toEqual([84.8, 36.4, 121.2, 72.8]);
  });

  it('labels sales as amounts, not negative numbers', () => {
    expect(g.yTicks.map((t) => t.label)).toEqual(['$2K', '$1K', '$0', '$1K', '$2K', '$3K']);
  });

  it('labels years on a long span', () => {
    const long = monthlyGeometry('2015-03', '2024-12', [{ month: '2020-01', purchaseValue: 1, saleValue: 0 }]);
    // Nine Januaries (2016 to 2024), more than eight: every other one.
    expect(long.xTicks.map((t) => t.label)).toEqual(['2016', '2018', '2020', '2022', '2024']);
  });
});
