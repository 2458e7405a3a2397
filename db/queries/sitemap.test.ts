// The sitemap lists real issuers and people only: the bundled samples are made up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { sampleSource } from '@/db/samples';
import { fixturesDir, seedFixture } from '@/test/support/corpus';
import { openTempStore } from '@/test/support/temp-db';
import { countSitemaps, listSitemapCiks } from './sitemap';

describe('sitemap', () => {
  const t = openTempStore();
  afterAll(() => t.close());
  const store = (file: string, source: string) => {
    const text = readFileSync(file, 'utf8');
    t.store.storeFiling(parseFiling(text), { document: text, source });
  };

  it('lists nothing while only the samples are stored', () => {
    store(path.join(fixturesDir, 'form4-equity-swap.xml'), sampleSource('fixtures/form4-equity-swap.xml'));
    expect(countSitemaps(t.db)).toEqual({ issuers: 0, people: 0 });
  });

  it('lists the issuers and people of real filings, in CIK order', () => {
    store(seedFixture, seedFixture);
    expect(countSitemaps(t.db)).toEqual({ issuers: 1, people: 1 });
    expect(listSitemapCiks('issuers', 0, t.db)).toEqual(['46129']);
    expect(listSitemapCiks('people', 0, t.db)).toEqual(['1240569']);
    expect(listSitemapCiks('people', 1, t.db)).toEqual([]);
  });
});
