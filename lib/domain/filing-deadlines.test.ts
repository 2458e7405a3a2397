// Each rule on its edges, with the calendar written out: weekdays and holidays checked by hand.
import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysFrom, businessDaysLate, closedBecause, isBusinessDay } from './business-days';
import { filingLateness, latestLine, lineLateness, section16FilingDate } from './filing-deadlines';

const trade = (transactionDate: string, extra: Record<string, string | null> = {}) => ({ kind: 'transaction' as const, transactionDate, ...extra });
const form4 = (filedAt: string | null) => ({ formType: '4', filedAt, periodOfReport: null });

describe('EDGAR business days', () => {
  it('closes on weekends, observed federal holidays and one-off closures', () => {
    expect(closedBecause('2024-08-03')).toBe('Saturday');
    expect(closedBecause('2024-08-04')).toBe('Sunday');
    expect(closedBecause('2024-09-02')).toBe('Labor Day');
    expect(closedBecause('2024-11-28')).toBe('Thanksgiving Day');
    // New Year's Day 2022 was a Saturday: observed on Friday 31 December 2021.
    expect(closedBecause('2021-12-31')).toBe("New Year's Day");
    // Juneteenth is a holiday from 2021 on (observed Friday 18 June 2021), not before.
    expect(closedBecause('2021-06-18')).toBe('Juneteenth National Independence Day');
    expect(isBusinessDay('2020-06-19')).toBe(true);
    expect(closedBecause('2025-01-09')).toBe('National day of mourning for Jimmy Carter');
    expect(isBusinessDay('2024-08-06')).toBe(true);
  });

  it('counts business days forward and lateness in business days', () => {
    expect(addBusinessDays('2024-08-02', 2)).toBe('2024-08-06'); // Friday → Tuesday
    expect(addBusinessDays('2024-11-27', 2)).toBe('2024-12-02'); // over Thanksgiving and a weekend
    expect(businessDaysLate('2024-08-06', '2024-08-06')).toBe(0);
    expect(businessDaysLate('2024-08-06', '2024-08-05')).toBe(0);
    expect(businessDaysLate('2024-08-06', '2024-08-07')).toBe(1);
    expect(businessDaysLate('2024-08-30', '2024-09-03')).toBe(1); // Labor Day does not count
  });

  it('rejects what is not a date', () => {
    expect(() => closedBecause('2024-02-30')).toThrow(/not a date/);
  });
});

describe('the business days of a range', () => {
  it('lists each day EDGAR was open, both ends included when open', () => {
    // 8 to 21 January 2025: weekends, Jimmy Carter's day of mourning (the 9th) and MLK Day (the 20th) left out.
    expect(businessDaysFrom('2025-01-08', '2025-01-21')).toEqual([
      '2025-01-08', '2025-01-10', '2025-01-13', '2025-01-14', '2025-01-15', '2025-01-16', '2025-01-17', '2025-01-21',
    ]);
    expect(businessDaysFrom('2025-01-11', '2025-01-12')).toEqual([]);
    expect(businessDaysFrom('2025-01-21', '2025-01-08')).toEqual([]);
  });
});

describe('Form 4: due the second business day after the trade', () => {
  it('a Friday trade filed on Tuesday is on time; on Wednesday one business day late', () => {
    expect(lineLateness(form4('2024-08-06'), trade('2024-08-02'))).toEqual({ known: true, rule: 'form4', due: '2024-08-06', daysLate: 0 });
    expect(lineLateness(form4('2024-08-07'), trade('2024-08-02'))).toEqual({ known: true, rule: 'form4', due: '2024-08-06', daysLate: 1 });
  });

  it('counts from the filing date EDGAR gives: sent at 9:45 pm is that day, at 10:15 pm the next business day', () => {
    expect(section16FilingDate('2024-08-06T14:30:00')).toBe('2024-08-06');
    expect(section16FilingDate('2024-08-06T21:45:00')).toBe('2024-08-06');
    expect(section16FilingDate('2024-08-06T22:00:00')).toBe('2024-08-06');
    expect(section16FilingDate('2024-08-06T22:15:00')).toBe('2024-08-07');
    expect(section16FilingDate('2024-08-30T23:00:00')).toBe('2024-09-03'); // Friday night → Tuesday after Labor Day
    expect(section16FilingDate('2024-08-03T10:00:00')).toBe('2024-08-05'); // a Saturday
    const tuesdayNight = section16FilingDate('2024-08-06T21:45:00');
    expect(lineLateness(form4(tuesdayNight), trade('2024-08-02')).known && lineLateness(form4(tuesdayNight), trade('2024-08-02'))).toMatchObject({ daysLate: 0 });
    expect(lineLateness(form4(section16FilingDate('2024-08-06T22:15:00')), trade('2024-08-02'))).toMatchObject({ daysLate: 1 });
  });

  it('moves the deadline across a holiday', () => {
    // Friday 30 August 2024, Labor Day on Monday: due Wednesday 4 September.
    expect(lineLateness(form4('2024-09-04'), trade('2024-08-30'))).toMatchObject({ due: '2024-09-04', daysLate: 0 });
    expect(lineLateness(form4('2024-09-05'), trade('2024-08-30'))).toMatchObject({ due: '2024-09-04', daysLate: 1 });
    // Thursday 30 December 2021; Friday was the observed New Year's Day: due Tuesday 4 January 2022.
    expect(lineLateness(form4('2022-01-04'), trade('2021-12-30'))).toMatchObject({ due: '2022-01-04', daysLate: 0 });
  });

  it('uses the deemed execution date when one is filed', () => {
    expect(lineLateness(form4('2024-08-08'), trade('2024-08-01', { deemedExecutionDate: '2024-08-06' }))).toMatchObject({ due: '2024-08-08', daysLate: 0 });
  });

  it('says why when it cannot know', () => {
    expect(lineLateness(form4(null), trade('2024-08-02'))).toMatchObject({ known: false, why: expect.stringMatching(/filing date is unknown/) });
    expect(lineLateness({ ...form4('2024-09-01'), formType: '4/A' }, trade('2024-08-02'))).toMatchObject({ known: false });
    expect(lineLateness(form4('2024-08-06'), { kind: 'holding', transactionDate: null })).toMatchObject({ known: false });
    expect(lineLateness(form4('2024-12-06'), trade('2024-08-02', { formType: '5' }))).toMatchObject({ known: false, why: expect.stringMatching(/Form 5 rules/) });
  });

  it('a filing is as late as its latest line', () => {
    expect(filingLateness(form4('2024-08-08'), [trade('2024-08-02'), trade('2024-08-06'), trade('2024-07-29')])).toMatchObject({ due: '2024-07-31', daysLate: 6 });
  });

  it('the latest line: the most days late among the known, the first of equals, none when none is known', () => {
    const lines = [{ id: 'a', late: null }, { id: 'b', late: 0 }, { id: 'c', late: 3 }, { id: 'd', late: 3 }, { id: 'e', late: 1 }];
    expect(latestLine(lines, (l) => l.late)).toEqual({ id: 'c', late: 3 });
    expect(latestLine([{ late: 0 }], (l) => l.late)).toEqual({ late: 0 });
    expect(latestLine([{ late: null }, { late: null }], (l) => l.late)).toBeNull();
    expect(latestLine([], (l: number | null) => l)).toBeNull();
  });
});

describe('Forms 3 and 5: calendar-day deadlines that move to the next business day', () => {
  it('a Form 5 is due 45 days after the fiscal year end', () => {
    expect(filingLateness({ formType: '5', periodOfReport: '2023-12-31', filedAt: '2024-02-14' })).toEqual({ known: true, rule: 'form5', due: '2024-02-14', daysLate: 0 });
    // 31 January + 45 days is Saturday 16 March 2024: due Monday 18 March.
    expect(filingLateness({ formType: '5', periodOfReport: '2024-01-31', filedAt: '2024-03-19' })).toMatchObject({ due: '2024-03-18', daysLate: 1 });
  });

  it('a Form 3 is due within 10 days of the event', () => {
    // 1 August 2024 + 10 days is Sunday 11 August: due Monday 12 August.
    expect(filingLateness({ formType: '3', periodOfReport: '2024-08-01', filedAt: '2024-08-12' })).toMatchObject({ rule: 'form3', due: '2024-08-12', daysLate: 0 });
    expect(filingLateness({ formType: '3', periodOfReport: '2024-08-01', filedAt: '2024-08-15' })).toMatchObject({ daysLate: 3 });
  });
});
