// Server response times for the pages users open most, against the built app serving a database
// of the whole corpus. Requests go one at a time to 127.0.0.1 and are bounded in number.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/index';
import { getBenchTargets } from '@/bench/targets';
import { startServer, timeRequests, timeSideBySide } from './server';
import { fmt, median, percentile } from './stats';

export interface PageTiming {
  label: string;
  path: string;
  status: number;
  medianMs: number;
  p95Ms: number;
  /** Response body size: rendering cost grows with it. */
  bytes: number;
}

/** The page with the biggest transactions table beside the 404 page, timed in alternation. */
export interface TablePage {
  label: string;
  path: string;
  /** The issuer page's HTML, 50 table rows (target: at most 60 KiB). */
  bytes: number;
  /** Of `bytes`, the RSC payload (inline scripts). */
  payloadBytes: number;
  medianMs: number;
  notFoundPath: string;
  notFoundMedianMs: number;
  /** medianMs ÷ notFoundMedianMs (target: at most 2). */
  ratio: number;
}

export interface PagesResult {
  timings: PageTiming[];
  tablePage: TablePage;
}

/** A path no route answers: the app's 404 page, its layout and nothing else. */
const NOT_FOUND_PATH = '/bench-no-such-page';

/** The database of the corpus, and a production build when the sources changed: the e2e server's own preparation. */
function prepare(databasePath: string): void {
  const result = spawnSync('npx', ['tsx', 'e2e/support/prepare-server.ts'], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('preparing the database and build failed');
}

export async function benchPages(requests = 60): Promise<PagesResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-pages-'));
  const databasePath = path.join(dir, 'pages.db');
  try {
    prepare(databasePath);
    const { sqlite } = openDatabase(databasePath);
    const targets = getBenchTargets(sqlite);
    sqlite.close();
    const { largestIssuer, busiestOwner, largestFiling, ownerName } = targets;
    if (!largestIssuer || !busiestOwner || !largestFiling) throw new Error('the bench database is empty');
    const firstWord = (ownerName ?? 'a').split(/\s+/)[0]!.toLowerCase();
    const issuerLabel = `issuer page, largest issuer (${largestIssuer.ticker ?? largestIssuer.cik}, ${largestIssuer.rows} rows)`;
    const issuerPath = `/issuers/${largestIssuer.cik}`;
    const pages: [string, string][] = [
      [issuerLabel, issuerPath],
      [`issuer sorted by price, filtered to code S`, `/issuers/${largestIssuer.cik}?sort=price&dir=desc&code=S`],
      [`person page, busiest owner (${busiestOwner.filings} filings)`, `/people/${busiestOwner.cik}`],
      [`filing page, largest filing (${largestFiling.rows} rows)`, `/filings/${largestFiling.accession}`],
      [`search "${firstWord}"`, `/search?q=${encodeURIComponent(firstWord)}`],
      [`suggestions "${firstWord.slice(0, 3)}"`, `/api/search?q=${encodeURIComponent(firstWord.slice(0, 3))}`],
      ['latest filings (home)', '/'],
    ];
    const server = await startServer(databasePath);
    try {
      const timings: PageTiming[] = [];
      for (const [label, pagePath] of pages) {
        const { times, status, bytes } = await timeRequests(server.baseUrl + pagePath, requests);
        timings.push({ label, path: pagePath, status, medianMs: median(times), p95Ms: percentile(times, 95), bytes });
      }
      const [issuer, notFound] = await timeSideBySide([server.baseUrl + issuerPath, server.baseUrl + NOT_FOUND_PATH], requests);
      if (issuer!.status !== 200 || notFound!.status !== 404) throw new Error(`${issuerPath} answered ${issuer!.status}, ${NOT_FOUND_PATH} ${notFound!.status}`);
      const tablePage: TablePage = {
        label: issuerLabel,
        path: issuerPath,
        bytes: issuer!.bytes,
        payloadBytes: issuer!.payloadBytes,
        medianMs: median(issuer!.times),
        notFoundPath: NOT_FOUND_PATH,
        notFoundMedianMs: median(notFound!.times),
        ratio: median(issuer!.times) / median(notFound!.times),
      };
      return { timings, tablePage };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printPages({ timings, tablePage: t }: PagesResult, requests = 60): void {
  console.log(`\npages  next start on the corpus database, ${requests} sequential requests each (target: each under 50 ms)`);
  for (const p of timings) {
    const flag = p.status === 200 ? '' : `  (HTTP ${p.status})`;
    const kib = `${fmt(p.bytes / 1024, 1).padStart(6)} KiB`;
    console.log(`  ${p.label.padEnd(58)} median ${fmt(p.medianMs, 1).padStart(6)} ms   p95 ${fmt(p.p95Ms, 1).padStart(6)} ms   ${kib}${flag}`);
  }
  console.log(`\ntable page  the ${t.label}, 50 rows, beside the 404 page, ${requests} alternating requests each`);
  console.log(`  page weight                ${fmt(t.bytes / 1024, 1).padStart(6)} KiB of HTML (target: at most 60 KiB), ${fmt(t.payloadBytes / 1024, 1)} KiB of it the RSC payload`);
  console.log(`  issuer page median         ${fmt(t.medianMs, 1).padStart(6)} ms   ${t.path}`);
  console.log(`  404 page median            ${fmt(t.notFoundMedianMs, 1).padStart(6)} ms   ${t.notFoundPath}`);
  console.log(`  ratio                      ${fmt(t.ratio, 2).padStart(6)}×    (target: at most 2×)`);
}
