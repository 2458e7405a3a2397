// The web app's background loads, against the look-alike server and a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index';
import { createFilingStore } from '../db/store';
import { EdgarConfigError, isEdgarLoadingEnabled, readWebLoadSettings } from '../lib/edgar/env';
import { createLoadRegistry, LoadsBusyError, type LoadRegistry } from './edgar-jobs';
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

  it('offers loading only when the operator turned it on, with a user agent', () => {
    const on = { SECTION16_WEB_LOADS: '1' };
    expect(isEdgarLoadingEnabled({})).toBe(false);
    expect(isEdgarLoadingEnabled({ SEC_USER_AGENT: 'Jane Doe jane@example.com' })).toBe(false);
    expect(isEdgarLoadingEnabled({ ...on })).toBe(false);
    expect(isEdgarLoadingEnabled({ ...on, SEC_USER_AGENT: 'nobody' })).toBe(false);
    expect(isEdgarLoadingEnabled({ SECTION16_WEB_LOADS: '0', SEC_USER_AGENT: 'Jane Doe jane@example.com' })).toBe(false);
    expect(isEdgarLoadingEnabled({ ...on, SEC_USER_AGENT: 'Jane Doe jane@example.com' })).toBe(true);
    expect(isEdgarLoadingEnabled({ ...on, SEC_USER_AGENT: 'Jane Doe jane@example.com', SECTION16_WEB_LOADS_QUEUED: 'lots' })).toBe(false);
    expect(() => createLoadRegistry({ env: {}, openStore: () => { throw new Error('never opened'); } })).toThrow(EdgarConfigError);
  });
});

describe('the web loads settings', () => {
  it('limit loads by default, and read the operator\'s numbers', () => {
    expect(readWebLoadSettings({})).toEqual({ enabled: false, maxRunning: 2, maxQueued: 8, perClientPerHour: 6 });
    expect(readWebLoadSettings({
      SECTION16_WEB_LOADS: 'true', SEC_USER_AGENT: 'Jane Doe jane@example.com',
      SECTION16_WEB_LOADS_RUNNING: '3', SECTION16_WEB_LOADS_QUEUED: '0', SECTION16_WEB_LOADS_PER_HOUR: '20',
    })).toEqual({ enabled: true, maxRunning: 3, maxQueued: 0, perClientPerHour: 20 });
  });

  it('name a bad variable', () => {
    expect(() => readWebLoadSettings({ SECTION16_WEB_LOADS: 'yes' })).toThrow('SECTION16_WEB_LOADS must be 1 (on) or 0 (off)');
    expect(() => readWebLoadSettings({ SECTION16_WEB_LOADS_RUNNING: '0' })).toThrow('SECTION16_WEB_LOADS_RUNNING must be at least 1');
    expect(() => readWebLoadSettings({ SECTION16_WEB_LOADS_PER_HOUR: 'many' })).toThrow('SECTION16_WEB_LOADS_PER_HOUR must be a number');
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
  it('runs a few at once, queues a few more, and turns down the rest until one finishes', async () => {
    const { sqlite } = openDatabase(edgar.ws.dbPath);
    const capped = createLoadRegistry({ env: edgar.env(), openStore: () => createFilingStore(sqlite), maxRunning: 1, maxQueued: 1 });
    try {
      // Rumble's first document is slow: its load is still running while the others ask.
      edgar.fake.delay(edgar.fake.issuerByTicker('RUM').filings[0]!.documentPath, 1_500);
      const first = await capped.start({ ticker: 'RUM' });
      expect(first.load).toMatchObject({ status: 'running', waitingBehind: 0 });
      const second = await capped.start({ ticker: 'MDB' });
      expect(second).toMatchObject({ created: true, load: { cik: '1441816', status: 'queued', waitingBehind: 1 } });
      await expect(capped.start({ ticker: 'PLTR' })).rejects.toThrow(new LoadsBusyError('The server is already loading 2 issuers from SEC EDGAR; try again in a few minutes.'));
      // Asking again for a load running or waiting joins it, full or not.
      expect(await capped.start({ cik: '1830081' })).toMatchObject({ created: false, load: { status: 'running' } });
      expect(await capped.start({ cik: '1441816' })).toMatchObject({ created: false, load: { status: 'queued' } });
      await capped.settled('1830081');
      expect(capped.get('1441816')!.status).not.toBe('queued');
      await capped.settled('1441816');
      expect(capped.get('1441816')).toMatchObject({ status: 'done', progress: { loaded: edgar.fake.issuerByTicker('MDB').filings.length } });
      // Room again.
      expect((await capped.start({ ticker: 'PLTR' })).created).toBe(true);
      await capped.settled('1321655');
    } finally {
      sqlite.close();
    }
  });
});
