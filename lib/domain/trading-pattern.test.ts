import { describe, expect, it } from 'vitest';
import { classifyInsiderYear } from './trading-pattern';

describe('routine or opportunistic (Cohen, Malloy and Pomorski)', () => {
  it('an insider who traded in March of each of the three years before is routine', () => {
    expect(classifyInsiderYear(['2021-03', '2022-03', '2022-07', '2023-03'], 2024)).toEqual({
      pattern: 'routine',
      reason: 'traded in March in 2021, 2022 and 2023',
    });
  });

  it('one who traded each year but in different months is opportunistic', () => {
    expect(classifyInsiderYear(['2021-03', '2022-06', '2023-09'], 2024)).toMatchObject({ pattern: 'opportunistic' });
  });

  it('one with a gap year is unclassified, and says which year is missing', () => {
    expect(classifyInsiderYear(['2020-03', '2021-03', '2023-03'], 2024)).toEqual({
      pattern: 'unclassified',
      reason: 'no open-market trades in 2022, so not one in each of 2021, 2022 and 2023',
    });
  });

  it('looks only at the three calendar years before: trades in the year itself do not count', () => {
    expect(classifyInsiderYear(['2022-03', '2023-03', '2024-03'], 2024)).toMatchObject({ pattern: 'unclassified' });
    expect(classifyInsiderYear(['2022-03', '2023-03', '2024-03'], 2025)).toMatchObject({ pattern: 'routine' });
  });
});
