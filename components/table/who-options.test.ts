import { describe, expect, it } from 'vitest';
import { latestWhoOptions } from './transaction-filters';

describe('latestWhoOptions', () => {
  // 150 issuers, newest first, as a fund that reported at many companies.
  const issuers = Array.from({ length: 150 }, (_, i) => ({ cik: String(1000 + i), name: `Issuer ${i}` }));

  it('offers the latest 100, labelled', () => {
    const options = latestWhoOptions(issuers, null, (i) => i.name);
    expect(options).toHaveLength(100);
    expect(options[0]).toEqual({ value: '1000', label: 'Issuer 0' });
    expect(options[99]).toEqual({ value: '1099', label: 'Issuer 99' });
  });

  it('keeps the one filtered on when it is older than those', () => {
    const options = latestWhoOptions(issuers, '1140', (i) => i.name);
    expect(options).toHaveLength(101);
    expect(options[100]).toEqual({ value: '1140', label: 'Issuer 140' });
  });
});
