import { describe, expect, it } from 'vitest';
import { formatMonth } from './month-label';

describe('formatMonth', () => {
  it('names a month and its year, the same when asked again', () => {
    expect(formatMonth('2021-05')).toBe('May 2021');
    expect(formatMonth('2024-12')).toBe('December 2024');
    expect(formatMonth('2021-05')).toBe('May 2021');
    expect(formatMonth('2000-01')).toBe('January 2000');
  });
});
