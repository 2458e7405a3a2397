import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { runCliOrThrow } from '../test/support/cli';
import { hasBuild, useOwnServer } from './support/own-server';
import { ownershipDocumentXml, submissionText, type TestLine, type TestOwner } from '../test/support/ownership-xml';
import { TRADE_PRESETS } from '../lib/trade-urls';
import { readAtom } from './support/atom';
import { parseCsv } from './support/helpers';

// Cluster buys and the market's recent windows. The corpus has no cluster buy (no issuer in it has
// two insiders buying), and its newest filing is from 2025, so this file loads filings of its own,
// dated from today, into its own database and starts its own `next start` from the e2e build (as
// e2e/samples.spec.ts does). They stand for the common real shape of a cluster buy: a CEO, a
// director and a fund with its general partner (one joint filing, one insider) buying one company's
// stock within a week, and a CFO's sale elsewhere.


/** YYYY-MM-DD, `n` days before today (UTC, as the app counts `days`). */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const longDate = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

const NWR = { cik: '3100001', name: 'Northwind Robotics Inc', ticker: 'NWR' };
const FBT = { cik: '3100002', name: 'Fabrikam Tools Corp', ticker: 'FBT' };
const ANNA: TestOwner = { cik: '4100001', name: 'ALPHA ANNA', officer: 'President & CEO' };
const BOB: TestOwner = { cik: '4100002', name: 'BRAVO BOB', director: true };
const FUND: TestOwner = { cik: '4100003', name: 'Gamma Fund LP', tenPercent: true };
const GP: TestOwner = { cik: '4100004', name: 'Gamma GP LLC', tenPercent: true };
const DORA: TestOwner = { cik: '4100005', name: 'DELTA DORA', officer: 'Chief Financial Officer' };

const buy = (date: string, shares: string, price: string, after: string): TestLine => ({ kind: 'transaction', date, code: 'P', shares, price, ad: 'A', after });
/** The filings, as if filed `back` days ago and the days before (0: up to yesterday). */
const filingsBefore = (back: number) => {
  const ago = (n: number) => daysAgo(back + n);
  const year = ago(0).slice(2, 4);
  return [
    // $150,000: an officer's purchase over $100k, filed this week.
    { accession: `0009999001-${year}-000001`, traded: ago(6), filed: ago(5), issuer: NWR, owners: [ANNA], line: buy(ago(6), '10000', '15.00', '60000') },
    // $10,000.
    { accession: `0009999001-${year}-000002`, traded: ago(4), filed: ago(3), issuer: NWR, owners: [BOB], line: buy(ago(4), '500', '20.00', '500') },
    // $1,200,000 by the fund and its general partner on one filing: one insider.
    { accession: `0009999001-${year}-000003`, traded: ago(2), filed: ago(1), issuer: NWR, owners: [FUND, GP], line: buy(ago(2), '100000', '12.00', '1100000') },
    { accession: `0009999001-${year}-000004`, traded: ago(10), filed: ago(8), issuer: FBT, owners: [DORA],
      line: { kind: 'transaction', date: ago(10), code: 'S', shares: '1000', price: '50.00', ad: 'D', after: '9000' } as TestLine },
  ];
};

/** A database of `filingsBefore(back)`, for a server of its own. */
function prepareDatabase(workDir: string, back: number): Record<string, string> {
  const filingsDir = path.join(workDir, 'filings');
  mkdirSync(filingsDir);
  for (const f of filingsBefore(back)) {
    const xml = ownershipDocumentXml({
      form: '4', period: f.traded, issuer: f.issuer, owners: f.owners, lines: [f.line], footnotes: [], signature: { name: f.owners[0]!.name, date: f.filed },
    });
    const filed = f.filed.replace(/-/g, '');
    writeFileSync(path.join(filingsDir, `${f.accession}.txt`), submissionText({ accession: f.accession, filed, accepted: `${filed}160000`, formType: '4', xml }));
  }
  const database = path.join(workDir, 'section16.db');
  runCliOrThrow('ingest', [filingsDir, '--db', database, '--quiet']);
  return { DATABASE_PATH: database };
}
const CLUSTER = { from: daysAgo(6), to: daysAgo(2), insiders: 3, trades: 3, shares: 110_500, value: 1_360_000 };

const PRESET_LINES: Record<(typeof TRADE_PRESETS)[number]['id'], number> = {
  'latest-purchases': 3,
  'latest-sales': 1,
  'officer-purchases-week': 1,
  'purchases-1m-month': 1,
  'ceo-cfo-sales': 1,
  opportunistic: 0, // the fixtures' insiders have no three years of trades before
  'filed-late': 0,
};

test.describe.configure({ mode: 'serial' });

test.describe('cluster buys', () => {
  test.skip(!hasBuild, 'needs a production build');

  const app = useOwnServer('cluster', (workDir) => prepareDatabase(workDir, 0));

  const clusterCount = (page: Page, n: number) =>
    expect(page.getByRole('heading', { level: 2, name: `${n} cluster ${n === 1 ? 'buy' : 'buys'}`, exact: true })).toBeVisible();
  const insidersOf = (page: Page) => page.getByRole('list', { name: `Insiders buying ${NWR.ticker}` });

  test('the home page leads with the latest purchases and cluster buys, and each preset opens the screener', async ({ page }) => {
    await page.goto(`${app.url}/`);
    const purchases = page.getByRole('list', { name: 'Latest open-market purchases' }).getByRole('listitem');
    await expect(purchases).toHaveText([
      /Gamma Fund LP \(10% owner\) and 1 other bought 100K NWR at \$12\.00$/,
      /Bob Bravo \(director\) bought 500 NWR at \$20\.00$/,
      /Anna Alpha \(President & CEO\) bought 10K NWR at \$15\.00$/,
    ]);
    await expect(page.getByRole('list', { name: 'Latest cluster buys' })).toContainText(`${NWR.name}: 3 insiders bought $1,360,000`);

    for (const preset of TRADE_PRESETS) {
      await page.goto(`${app.url}/`);
      await page.getByRole('navigation', { name: 'Screener presets' }).getByRole('link', { name: preset.label }).click();
      await expect(page).toHaveURL(`${app.url}/trades${preset.query}`);
      const n = PRESET_LINES[preset.id];
      await expect(page.getByRole('heading', { level: 2, name: `${n} ${n === 1 ? 'line' : 'lines'}`, exact: true })).toBeVisible();
    }
  });

  test('a cluster lists its insiders, each linking to their page and their filings, and its trades lead to the screener', async ({ page }) => {
    await page.goto(`${app.url}/clusters`);
    await clusterCount(page, 1);
    const row = page.getByRole('table', { name: 'Cluster buys' }).locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(`${CLUSTER.insiders} insiders`);
    await expect(row).toContainText('$1,360,000');
    await expect(insidersOf(page).getByRole('listitem')).toHaveText([
      /^Anna Alpha\s*President & CEO\s*filing$/, /^Bob Bravo\s*Director\s*filing$/, /^Gamma Fund LP\s*10% owner\s*filing$/, /^Gamma GP LLC\s*10% owner\s*filing$/,
    ]);

    await row.getByRole('link', { name: `${CLUSTER.trades} trades: ${NWR.ticker} purchases ${CLUSTER.from} to ${CLUSTER.to}` }).click();
    await expect(page).toHaveURL(`${app.url}/trades?code=P&from=${CLUSTER.from}&to=${CLUSTER.to}&issuer=${NWR.cik}`);
    await expect(page.getByRole('heading', { level: 2, name: `${CLUSTER.trades} lines`, exact: true })).toBeVisible();

    await page.goBack();
    await insidersOf(page).getByRole('link', { name: `Bob Bravo's filing ${filingsBefore(0)[1]!.accession}` }).click();
    await expect(page).toHaveURL(`${app.url}/filings/${filingsBefore(0)[1]!.accession}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bob Bravo');

    await page.goBack();
    await insidersOf(page).getByRole('link', { name: 'Anna Alpha', exact: true }).click();
    await expect(page).toHaveURL(`${app.url}/people/${ANNA.cik}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Anna Alpha');
  });

  test('a filter is added and removed by the URL and by the form', async ({ page }) => {
    await page.goto(`${app.url}/clusters?minInsiders=4`);
    await clusterCount(page, 0);
    const form = page.getByRole('form', { name: 'Filter cluster buys' });
    await expect(form.getByLabel('Insiders at least')).toHaveValue('4');
    await form.getByLabel('Insiders at least').fill('');
    await form.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(`${app.url}/clusters`);
    await clusterCount(page, 1);

    // Bob Bravo's $10,000 alone is under the bound, the cluster's total is not.
    await form.getByLabel('Cluster value at least ($)').fill('1360001');
    await form.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(`${app.url}/clusters?minValue=1360001`);
    await clusterCount(page, 0);
    await page.goto(`${app.url}/clusters?minValue=1360000&role=director`);
    await clusterCount(page, 0);
    await page.goto(`${app.url}/clusters?minValue=1360000`);
    await clusterCount(page, 1);
  });

  test('the CSV has the table’s clusters, and the JSON the same', async ({ page, request }) => {
    await page.goto(`${app.url}/clusters`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const [header, ...rows] = parseCsv(readFileSync((await download.path())!, 'utf8'));
    const record = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    expect(rows).toHaveLength(1);
    expect(record).toMatchObject({
      issuer_ticker: NWR.ticker, from: CLUSTER.from, to: CLUSTER.to, insiders: String(CLUSTER.insiders), trades: String(CLUSTER.trades),
      shares: String(CLUSTER.shares), value: String(CLUSTER.value), insider_ciks: [ANNA, BOB, FUND, GP].map((o) => o.cik).join(';'),
    });
    const json = await (await request.get(`${app.url}${await page.getByRole('link', { name: 'JSON' }).getAttribute('href')}`)).json();
    expect(json.clusters.map((c: { issuer: { ticker: string }; value: number }) => [c.issuer.ticker, c.value])).toEqual([[NWR.ticker, CLUSTER.value]]);
  });

  test('the cluster feed parses, and its entry leads to the cluster', async ({ page, request }) => {
    await page.goto(`${app.url}/clusters?window=7`);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/clusters\/feed\?window=7$/);
    const href = await page.getByRole('link', { name: 'Atom feed' }).getAttribute('href');
    expect(href).toBe('/clusters/feed?window=7');
    const feed = await readAtom(page, await (await request.get(`${app.url}${href}`)).text());
    expect(feed.problems).toEqual([]);
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]!.title).toBe(`3 insiders bought $1.4M of NWR (${longDate(CLUSTER.from)} to ${longDate(CLUSTER.to)})`);
    expect(feed.entries[0]!.updated).toBe(`${CLUSTER.to}T00:00:00Z`);
    await page.goto(feed.entries[0]!.link);
    await expect(page).toHaveURL(`${app.url}/clusters?window=7&issuer=${NWR.cik}&from=${CLUSTER.from}&to=${CLUSTER.to}`);
    await clusterCount(page, 1);
  });

  test('bad parameters are shown as ignored and the rest applies', async ({ page }) => {
    await page.goto(`${app.url}/clusters?window=abc&minInsiders=1`);
    const ignored = page.getByRole('region', { name: 'Ignored parameters' });
    await expect(ignored).toContainText('ignored minInsiders=1: must be from 2 to 100');
    await expect(ignored).toContainText('ignored window=abc: must be a whole number from 1 to 366');
    await clusterCount(page, 1);
  });
});

test.describe('cluster buys in an archive', () => {
  test.skip(!hasBuild, 'needs a production build');

  // The same filings a year and more back: a database loaded once and not followed since.
  const BACK = 400;
  const app = useOwnServer('cluster-archive', (workDir) => prepareDatabase(workDir, BACK));

  test('the home page shows the latest cluster buys the database holds, in the 30 days to its latest filing', async ({ page }) => {
    await page.goto(`${app.url}/`);
    await expect(page.getByRole('list', { name: 'Latest cluster buys' })).toContainText(`${NWR.name}: 3 insiders bought $1,360,000`);
    const latest = daysAgo(BACK + 1);
    const shortDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${latest}T00:00:00Z`));
    await page.getByRole('link', { name: `Cluster buys filed in the 30 days to ${shortDate}, this database's latest filing` }).click();
    await expect(page).toHaveURL(`${app.url}/clusters?filedFrom=${daysAgo(BACK + 31)}&filedTo=${latest}`);
    await expect(page.getByRole('heading', { level: 2, name: '1 cluster buy', exact: true })).toBeVisible();
  });
});
