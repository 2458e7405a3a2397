// The fetching half of an EDGAR load, with a stand-in client: which documents are asked for, what
// is handed over, and that this folder stays fetch-only (the ingest pipeline parses and stores).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EdgarClient } from './client';
import { type EdgarDocument, fetchDocuments, type FetchDeps } from './fetch';
import { Progress } from './progress';
import type { FilingRef } from './sources';

const ref = (n: number): FilingRef => ({
  accession: `0000000001-25-00000${n}`,
  formType: '4',
  url: `https://edgar.example/${n}.xml`,
  filedAt: '2025-03-18',
  acceptedAt: n === 1 ? '2025-03-18T16:30:05' : null,
});

/** A client that answers each URL after `delayMs`, with a 404 for the ones named. */
function standInClient(missing: string[] = [], delayMs = 5) {
  const asked: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const client = {
    async getText(url: string) {
      asked.push(url);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      inFlight--;
      if (missing.includes(url)) throw Object.assign(new Error(`HTTP 404 (${url})`), { status: 404 });
      return `<ownershipDocument>${url}</ownershipDocument>`;
    },
  };
  return { client: client as unknown as EdgarClient, asked, mostInFlight: () => mostInFlight };
}

const deps = (client: EdgarClient, progress = new Progress(), concurrency = 2): FetchDeps => ({
  client, hosts: { baseUrl: 'https://edgar.example', dataUrl: 'https://edgar.example' }, progress, concurrency,
});

async function collect(documents: AsyncIterable<EdgarDocument>): Promise<EdgarDocument[]> {
  const all: EdgarDocument[] = [];
  for await (const d of documents) all.push(d);
  return all;
}

describe('fetchDocuments', () => {
  it('hands over each listed document not stored yet, raw, with the listing\'s dates, a few at a time', async () => {
    const { client, asked, mostInFlight } = standInClient(['https://edgar.example/4.xml']);
    const progress = new Progress();
    const refs = [1, 2, 3, 4, 5].map(ref);
    const got = await collect(fetchDocuments(deps(client, progress), refs, { isStored: (a) => a.endsWith('3') }));

    expect(asked.sort()).toEqual(['1', '2', '4', '5'].map((n) => `https://edgar.example/${n}.xml`));
    expect(mostInFlight()).toBe(2);
    expect(got.find((d) => d.accession === '0000000001-25-000001')).toEqual({
      accession: '0000000001-25-000001', formType: '4', source: 'https://edgar.example/1.xml',
      text: '<ownershipDocument>https://edgar.example/1.xml</ownershipDocument>', filedAt: '2025-03-18', acceptedAt: '2025-03-18T16:30:05',
    });
    expect(got.map((d) => d.accession).sort()).toEqual(['0000000001-25-000001', '0000000001-25-000002', '0000000001-25-000005']);
    expect(progress.snapshot()).toMatchObject({
      found: 5, alreadyStored: 1, fetched: 3, failed: 1,
      failures: [{ accession: '0000000001-25-000004', url: 'https://edgar.example/4.xml', reason: 'HTTP 404 (https://edgar.example/4.xml)' }],
    });
  });

  it('counts only what is new on a poll, and asks for nothing when everything is stored', async () => {
    const { client, asked } = standInClient();
    const progress = new Progress();
    expect(await collect(fetchDocuments(deps(client, progress), [ref(1), ref(2)], { isStored: () => true, onlyNew: true }))).toEqual([]);
    expect(asked).toEqual([]);
    expect(progress.snapshot()).toMatchObject({ found: 0, alreadyStored: 0 });
  });

  it('starts no new request once the taker stops', async () => {
    const { client, asked } = standInClient([], 20);
    const refs = [1, 2, 3, 4, 5, 6].map(ref);
    for await (const _ of fetchDocuments(deps(client, new Progress(), 1), refs, { isStored: () => false })) break;
    // Going on, all six would have been asked for within 120 ms.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(asked.length).toBeLessThanOrEqual(2);
  });
});

describe('lib/edgar', () => {
  it('fetches only: no module imports the database, the ingest pipeline, the parser or the command line', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const offending = readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .flatMap((name) => [...readFileSync(`${dir}/${name}`, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => `${name}: ${m[1]}`))
      .filter((line) => /(\/db\/|\/ingest\/|\/parser\b|\/cli\/|^\S+: @\/(db|ingest|cli)\b)/.test(line));
    expect(offending).toEqual([]);
  });
});
