// The web app's background loads, against the look-alike server and a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index';
import { createFilingStore } from '../db/store';
import { EdgarConfigError, isEdgarLoadingEnabled } from '../lib/edgar/env';
import { createLoadRegistry, type LoadRegistry } from './edgar-jobs';
import { EdgarNotFoundError } from '../lib/edgar/fetch';
import { edgarTargetOf, edgarTargetOfPath } from '../lib/edgar/targets';
import { CORPUS_DIR, hasCorpus, type RecordedRequest } from '../test/fake-edgar/fake-edgar';
import { maxInAnySecond, readStoredFilings } from '../test/fake-edgar/harness';
import { useFakeEdgar } from '../test/fake-edgar/fake-edgar-suite';

if (!hasCorpus) console.warn(`EDGAR background load tests skipped: the corpus is missing at ${CORPUS_DIR}`);

describe('what a search or a URL names', () => {
  it('takes digits for a CIK and a short word for a ticker, and leaves names alone', () => {
    expect(edgarTargetOf('0000046129')).toEqual({ cik: '46129' });
    expect(edgarTargetOf(' amot ')).toEqual({ ticker: 'AMOT' });
    expect(edgarTargetOf('brk.b')).toEqual({ ticker: 'BRK.B' });
    expect(edgarTargetOf('Richard Federico')).toBeNull();
    expect(edgarTargetOf('federico')).toBeNull();
    expect(edgarTargetOf('0')).toBeNull();
  });

  it('reads issuer and ticker URLs', () => {
    expect(edgarTargetOfPath('/issuers/46129')).toEqual({ cik: '46129' });
    expect(edgarTargetOfPath('/ticker/amot')).toEqual({ ticker: 'AMOT' });
    expect(edgarTargetOfPath('/issuers/amot')).toBeNull();
    expect(edgarTargetOfPath('/people/46129')).toBeNull();
    expect(edgarTargetOfPath('/filings/0001-02-03')).toBeNull();
  });

  it('offers loading only with a user agent', () => {
    expect(isEdgarLoadingEnabled({})).toBe(false);
    expect(isEdgarLoadingEnabled({ SEC_USER_AGENT: 'nobody' })).toBe(false);
    expect(isEdgarLoadingEnabled({ SEC_USER_AGENT: 'Jane Doe jane@example.com' })).toBe(true);
    expect(() => createLoadRegistry({ env: {}, openStore: () => { throw new Error('never opened'); } })).toThrow(EdgarConfigError);
  });
});

describe.skipIf(!hasCorpus)('loads from the app', () => {
  const edgar = useFakeEdgar();
  let close: () => void;
  let registry: LoadRegistry;

  beforeEach(() => {
    const { sqlite } = openDatabase(edgar.ws.dbPath);
    close = () => sqlite.close();
    registry = createLoadRegistry({
      env: edgar.env(),
      openStore: () => createFilingStore(sqlite),
    });
  });
  afterEach(() => close());

  it('runs one load per issuer in the background and reports its progress', async () => {
    const first = await registry.start({ ticker: 'rum' });
    expect(first.created).toBe(true);
    expect(first.load).toMatchObject({ key: '1830081', cik: '1830081', ticker: 'RUM', name: 'Rumble Inc.', status: 'running', issuerPath: '/issuers/1830081' });

    // Asked again, by CIK this time, while it runs: the same load, not a second one.
    const again = await registry.start({ cik: '1830081' });
    expect(again.created).toBe(false);
    expect(again.load.key).toBe('1830081');

    await registry.settled('1830081');
    const done = registry.get('1830081')!;
    expect(done.status).toBe('done');
    expect(done.progress).toMatchObject({ found: 3, loaded: 3, failed: 0, remaining: 0 });
    expect(done.finishedAt).not.toBeNull();
    expect(readStoredFilings(edgar.ws.dbPath)).toHaveLength(3);
    expect(edgar.fake.count((p) => p.startsWith('/Archives/'))).toBe(3);
    expect(registry.get('999')).toBeNull();
  });

  it('shares one rate limit between loads of different issuers', async () => {
    // Counted as sent: the server runs in this process, where a parse can hold up its clock (the
    // server-side count is in cli/edgar-process.test.ts).
    const sent: RecordedRequest[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
      sent.push({ method: 'GET', path: String(args[0]), at: performance.now(), userAgent: null, status: 0 });
      return realFetch(...args);
    }) as typeof fetch;
    try {
      await registry.start({ ticker: 'PLTR' });
      await registry.start({ ticker: 'MDB' });
      await Promise.all([registry.settled('1321655'), registry.settled('1441816')]);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(registry.get('1321655')!.progress.loaded).toBe(edgar.fake.issuerByTicker('PLTR').filings.length);
    expect(registry.get('1441816')!.progress.loaded).toBe(edgar.fake.issuerByTicker('MDB').filings.length);
    expect(sent.length).toBe(edgar.fake.requests.length);
    expect(maxInAnySecond(sent)).toBeLessThanOrEqual(10);
  });

  it('turns down an unknown ticker, and reports a load that could not list anything', async () => {
    await expect(registry.start({ ticker: 'NOPE' })).rejects.toThrow(EdgarNotFoundError);
    const { load } = await registry.start({ cik: '77777' });
    await registry.settled(load.key);
    expect(registry.get('77777')).toMatchObject({ status: 'failed', error: 'EDGAR has no filer with CIK 77777' });
  });
});
