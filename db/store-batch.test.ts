// Storing many filings at once: one that fails half-way leaves nothing of itself and keeps the rest.
import { describe, expect, it } from 'vitest';
import { parseFiling } from '../lib/parser/index';
import { ownershipXml } from '../test/support/ownership-xml';
import { storeShorthands, tempStorePerTest, withBrokenLastRow } from '../test/support/temp-store-helpers';

const t = tempStorePerTest();
const { count } = storeShorthands(() => t);

describe('a batch', () => {
  it('storeFilings keeps the good filings when one fails half-way, and nothing of the failed one', () => {
    const items = ['9990921', '9990922', '9990923', '9990924'].map((ownerCik, i) => {
      const parsed = parseFiling(ownershipXml({ ownerCik }));
      // The third: a last row without a kind violates NOT NULL after its filing, owners and first rows are written.
      const broken = i === 2 ? withBrokenLastRow(parsed) : parsed;
      return { parsed: broken, options: { document: parsed.ownershipXml, accession: `0009990920-24-00000${i}` } };
    });
    const outcomes = t.store.storeFilings(items);
    expect(outcomes.map((o) => o.status)).toEqual(['loaded', 'loaded', 'failed', 'loaded']);
    expect(String((outcomes[2] as { error: unknown }).error)).toMatch(/NOT NULL constraint failed: filing_rows.kind/);
    expect(t.store.countFilings()).toBe(3);
    expect(count('filing_rows', 'accession = ?', '0009990920-24-000002')).toBe(0);
    expect(count('owners', 'cik = ?', '9990923')).toBe(0);
    expect(count('filing_rows')).toBe(3);
    // All good: one pass, everything stored.
    expect(t.store.storeFilings(items.filter((_, i) => i !== 2)).map((o) => o.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(t.store.storeFilings([])).toEqual([]);
  });

  it('storeFilings inside a batch (as the ingest runs it) keeps the good filings and the batch before it', () => {
    const items = ['9990931', '9990932', '9990933'].map((ownerCik, i) => {
      const parsed = parseFiling(ownershipXml({ ownerCik }));
      return { parsed: i === 1 ? withBrokenLastRow(parsed) : parsed, options: { document: parsed.ownershipXml, accession: `0009990930-24-00000${i}` } };
    });
    const earlier = parseFiling(ownershipXml({ ownerCik: '9990930' }));
    const outcomes = t.store.batch(() => {
      t.store.storeFiling(earlier, { document: earlier.ownershipXml, accession: '0009990930-24-000009' });
      return t.store.storeFilings(items);
    });
    expect(outcomes.map((o) => o.status)).toEqual(['loaded', 'failed', 'loaded']);
    expect(['0009990930-24-000009', '0009990930-24-000000', '0009990930-24-000001', '0009990930-24-000002'].map((a) => t.store.hasFiling(a)))
      .toEqual([true, true, false, true]);
    expect(count('filing_rows', 'accession = ?', '0009990930-24-000001')).toBe(0);
  });

  it('keeps the good filings when one fails half-way, and nothing of the failed one', () => {
    const good1 = parseFiling(ownershipXml({ ownerCik: '9990911' }));
    const good2 = parseFiling(ownershipXml({ ownerCik: '9990912' }));
    const bad = parseFiling(ownershipXml({ ownerCik: '9990913' }));
    const broken = withBrokenLastRow(bad);
    const outcomes = t.store.batch(() => [good1, broken, good2].map((parsed, i) => {
      try {
        return t.store.storeFiling(parsed, { document: parsed.ownershipXml, accession: `0009990900-24-00000${i}` }).status;
      } catch (error) {
        return `failed: ${(error as Error).message}`;
      }
    }));
    expect(outcomes[0]).toBe('loaded');
    expect(outcomes[1]).toMatch(/^failed: NOT NULL constraint failed: filing_rows.kind/);
    expect(outcomes[2]).toBe('loaded');
    expect(t.store.countFilings()).toBe(2);
    expect(t.store.hasFiling('0009990900-24-000001')).toBe(false);
    expect(count('filing_rows', 'accession = ?', '0009990900-24-000001')).toBe(0);
    expect(count('filing_owners', 'accession = ?', '0009990900-24-000001')).toBe(0);
    expect(count('owners', 'cik = ?', '9990913')).toBe(0);
  });
});
