// Reading the SEC's data-set listing page and the --datasets quarters.
import { describe, expect, it } from 'vitest';
import { dayAfterQuarter, listedQuarters, parseQuarterSpec, quarterBefore, quarterOfDay, quarterOfZip, QuarterSpecError, quartersBetween, selectQuarters } from './listing';

const PAGE = 'https://www.sec.gov/data-research/sec-markets-data/insider-transactions-data-sets';

describe('the listing page', () => {
  it('finds every quarter zip it links, in either folder, relative or absolute, oldest first and once each', () => {
    const html = `<a href="/files/datastandardsinnovation/data/insider-transactions-data-sets/2026q2_form345.zip">2026 Q2</a>
      <a href='../../../files/structureddata/data/insider-transactions-data-sets/2006q1_form345.zip'>2006 Q1</a>
      <a href="https://www.sec.gov/files/structureddata/data/insider-transactions-data-sets/2024q3_form345.zip">2024 Q3</a>
      <a href="/files/structureddata/data/insider-transactions-data-sets/2024q3_form345.zip">again</a>
      <a href="/files/structureddata/data/insider-transactions-data-sets/form345-readme.pdf">readme</a>
      <a href="/files/structureddata/data/financial-statements/2024q3.zip">another data set</a>`;
    expect(listedQuarters(html, PAGE)).toEqual([
      { quarter: '2006q1', url: 'https://www.sec.gov/files/structureddata/data/insider-transactions-data-sets/2006q1_form345.zip' },
      { quarter: '2024q3', url: 'https://www.sec.gov/files/structureddata/data/insider-transactions-data-sets/2024q3_form345.zip' },
      { quarter: '2026q2', url: 'https://www.sec.gov/files/datastandardsinnovation/data/insider-transactions-data-sets/2026q2_form345.zip' },
    ]);
    expect(listedQuarters('<html><body>Page not found</body></html>', PAGE)).toEqual([]);
  });
});

describe('--datasets', () => {
  it('takes a quarter, a range or all', () => {
    expect(parseQuarterSpec('2024q3')).toEqual({ from: '2024q3', to: '2024q3' });
    expect(parseQuarterSpec('2020Q1:2024q4')).toEqual({ from: '2020q1', to: '2024q4' });
    expect(parseQuarterSpec(' all ')).toBe('all');
    for (const bad of ['2024q5', '2024', 'q3', '2024q3:', '2024q1:2024q2:2024q3', 'latest']) {
      expect(() => parseQuarterSpec(bad), bad).toThrow(QuarterSpecError);
    }
    expect(() => parseQuarterSpec('2024q4:2024q1')).toThrow("--datasets '2024q4:2024q1': the range ends before it starts");
  });

  it('counts the quarters of a range across years', () => {
    expect(quartersBetween('2023q3', '2024q2')).toEqual(['2023q3', '2023q4', '2024q1', '2024q2']);
    expect(quartersBetween('2024q3', '2024q3')).toEqual(['2024q3']);
  });

  it('names the first day after each quarter, the fourth\'s in the next year', () => {
    expect(['2024q1', '2024q2', '2024q3', '2024q4'].map(dayAfterQuarter)).toEqual(['2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01']);
  });

  it('names the quarter of a day, and the quarter before one, across the year', () => {
    expect(['2024-01-01', '2024-03-31', '2024-04-01', '2024-09-30', '2024-10-01', '2024-12-31'].map(quarterOfDay)).toEqual(['2024q1', '2024q1', '2024q2', '2024q3', '2024q4', '2024q4']);
    expect(['2024q1', '2024q2', '2024q4'].map(quarterBefore)).toEqual(['2023q4', '2024q1', '2024q3']);
  });

  it('knows a zip\'s quarter by the name the SEC gives it, and no other', () => {
    expect(quarterOfZip('/data/2024q3_form345.zip')).toBe('2024q3');
    expect(quarterOfZip('C:\\data\\2024Q3_FORM345.ZIP')).toBe('2024q3');
    expect(quarterOfZip(`https://www.sec.gov/files/structureddata/data/insider-transactions-data-sets/2026q2_form345.zip`)).toBe('2026q2');
    expect(quarterOfZip('2024q3_form345.zip')).toBe('2024q3');
    for (const other of ['copy-of-2024q3_form345.zip', '2024q5_form345.zip', '2024q3_form345.zip.part', 'insiders.zip']) expect(quarterOfZip(other)).toBeNull();
  });

  it('selects the listed quarters asked for and names those the page does not list', () => {
    const listed = ['2024q2', '2024q4'].map((quarter) => ({ quarter, url: `${PAGE}/${quarter}_form345.zip` }));
    expect(selectQuarters(listed, { from: '2024q2', to: '2025q1' })).toEqual({ quarters: listed, unlisted: ['2024q3', '2025q1'] });
    expect(selectQuarters(listed, 'all')).toEqual({ quarters: listed, unlisted: [] });
  });
});
