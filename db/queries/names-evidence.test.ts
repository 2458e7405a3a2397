// Every owner name in the corpus, as filed → as shown, decided from the owners' own filings. The
// list in names-evidence.corpus.txt was read line by line; a change to it must be read again.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '@/ingest/files';
import { openTempStore, type TempStore } from '@/test/support/temp-db';
import { corpusDir, hasCorpus, warnIfNoCorpus } from '@/test/support/corpus';
import { parseFiling } from '@/lib/parser/index';
import { ownershipXml } from '@/test/support/ownership-xml';

warnIfNoCorpus('db/queries/names-evidence.test.ts (every owner name in the corpus)');

describe.skipIf(!hasCorpus)('owner names of the corpus', () => {
  let t: TempStore;
  let names: typeof import('./names-evidence');
  beforeAll(async () => {
    t = openTempStore();
    const summary = ingestPaths([path.join(corpusDir, 'xml'), path.join(corpusDir, 'submissions')], { store: t.store });
    expect(summary.failures).toEqual([]);
    names = await import('./names-evidence');
  });
  afterAll(() => t?.close());

  it('reads as checked by eye', async () => {
    const owners = t.sqlite
      .prepare('SELECT DISTINCT owner_cik AS cik, name FROM filing_owners ORDER BY name COLLATE NOCASE, owner_cik')
      .all() as { cik: string; name: string }[];
    const readable = names.listReadableNames(owners, t.db);
    const lines = owners.map((o) => `${o.name} → ${readable.get(o.cik, o.name)}`);
    expect(owners.length).toBeGreaterThanOrEqual(60);
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./names-evidence.corpus.txt');
  });

  it('puts Sergey Brin, filed first name first, in that order, as his signature lines do', () => {
    expect(names.getReadableName('1295032', 'Sergey Brin', t.db)).toBe('Sergey Brin');
    expect(names.getNameEvidence('1295032', t.db).signatures).toContain('/s/ Valentina Margulis, as Attorney-in-Fact for Sergey Brin');
  });
});

describe('evidence from a stored filing', () => {
  let t: TempStore;
  let names: typeof import('./names-evidence');
  beforeAll(async () => {
    t = openTempStore();
    const store = (ownerName: string, signature: string, n: number) => {
      const xml = ownershipXml({ ownerCik: '9990001', ownerName, issuerCik: '9990002', issuerName: 'Example Corp', ticker: 'EXC' });
      const withSignature = xml.replace(/<signatureName>[^<]*<\/signatureName>/, `<signatureName>${signature}</signatureName>`);
      t.store.storeFiling(parseFiling(withSignature), { document: withSignature, accession: `0009990000-24-00000${n}` });
    };
    store('Grace Hopper', '/s/ Jane Roe, attorney-in-fact for Grace M. Hopper', 1);
    store('HOPPER GRACE M', '/s/ Grace Hopper', 2);
    names = await import('./names-evidence');
  });
  afterAll(() => t?.close());

  it('gathers the names as filed and the signature lines of the owner\'s filings', () => {
    const evidence = names.getNameEvidence('9990001', t.db);
    expect([...evidence.filed].sort()).toEqual(['Grace Hopper', 'HOPPER GRACE M']);
    expect([...evidence.signatures].sort()).toEqual(['/s/ Grace Hopper', '/s/ Jane Roe, attorney-in-fact for Grace M. Hopper']);
  });

  it('shows every filed form of the name the same way', () => {
    const readable = names.listReadableNames([{ cik: '9990001', name: 'Grace Hopper' }, { cik: '9990001', name: 'HOPPER GRACE M' }], t.db);
    expect(readable.get('9990001', 'Grace Hopper')).toBe('Grace Hopper');
    expect(readable.get('9990001', 'HOPPER GRACE M')).toBe('Grace M. Hopper');
  });
});
