// Where a market --follow starts: from the later of the latest day read and the day after the latest
// data set loaded, naming the quarters that ended in between (their data sets load in minutes).
import { describe, expect, it } from 'vitest';
import { marketCatchUp, openDaysBehind } from './catch-up';

describe('a market --follow catching up', () => {
  it('reads today alone when the database holds no day and no data set', () => {
    expect(marketCatchUp(null, null, '2025-01-21')).toEqual({ from: '2025-01-21', to: '2025-01-21', after: null, quartersEnded: [] });
  });

  it('reads the latest day read again, through today', () => {
    expect(marketCatchUp('2025-01-08', null, '2025-01-21')).toEqual({ from: '2025-01-08', to: '2025-01-21', after: { day: '2025-01-08' }, quartersEnded: [] });
  });

  it('reads from the day after the latest data set, which holds its quarter through its last day', () => {
    expect(marketCatchUp(null, '2024q4', '2025-01-21')).toMatchObject({ from: '2025-01-01', after: { quarter: '2024q4' }, quartersEnded: [] });
  });

  it('goes on from the later of the two', () => {
    // Days read while the quarter ran, then its data set loaded: the days after the quarter.
    expect(marketCatchUp('2024-11-15', '2024q4', '2025-01-21')).toMatchObject({ from: '2025-01-01', after: { quarter: '2024q4' } });
    // A data set loaded, then days read since: the latest of those.
    expect(marketCatchUp('2025-01-10', '2024q4', '2025-01-21')).toMatchObject({ from: '2025-01-10', after: { day: '2025-01-10' } });
  });

  it('names the quarters that ended since, whose data sets are the fast way in', () => {
    expect(marketCatchUp(null, '2024q2', '2025-01-21').quartersEnded).toEqual(['2024q3', '2024q4']);
    // A day read mid-quarter: that quarter too, once it has ended.
    expect(marketCatchUp('2024-11-15', null, '2025-01-21').quartersEnded).toEqual(['2024q4']);
    expect(marketCatchUp('2024-11-15', null, '2024-12-31').quartersEnded).toEqual([]);
  });

  it('reads today alone when what is held reaches today', () => {
    expect(marketCatchUp('2025-01-21', null, '2025-01-21')).toMatchObject({ from: '2025-01-21', after: null });
    expect(marketCatchUp(null, '2024q4', '2025-01-01')).toMatchObject({ from: '2025-01-01', to: '2025-01-01', after: null });
  });
});

describe('how many days EDGAR was open after what a database holds', () => {
  it('counts from the later of its latest filing date and latest day read, through today', () => {
    // Friday the 17th held, Tuesday the 21st today: Monday the 20th was Martin Luther King Jr. Day.
    expect(openDaysBehind('2025-01-17', null, '2025-01-21')).toBe(1);
    expect(openDaysBehind('2025-01-10', '2025-01-17', '2025-01-21')).toBe(1);
    expect(openDaysBehind('2025-01-08', null, '2025-01-21')).toBe(7);
    expect(openDaysBehind('2025-01-21', null, '2025-01-21')).toBe(0);
  });

  it('is unknown for a database that holds nothing', () => {
    expect(openDaysBehind(null, null, '2025-01-21')).toBeNull();
  });
});
