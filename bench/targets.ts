import type Database from 'better-sqlite3';

// The pages `npm run bench` times: the heaviest of each kind in whatever database it is given.

export interface BenchTargets {
  largestIssuer: { cik: string; ticker: string | null; rows: number } | null;
  busiestOwner: { cik: string; name: string | null; filings: number } | null;
  largestFiling: { accession: string; rows: number } | null;
  ownerName: string | null;
}

export function getBenchTargets(sqlite: Database.Database): BenchTargets {
  const largestIssuer = sqlite
    .prepare(
      `SELECT r.issuer_cik AS cik, i.ticker AS ticker, count(*) AS rows
         FROM filing_rows r JOIN issuers i ON i.cik = r.issuer_cik
        GROUP BY r.issuer_cik ORDER BY rows DESC LIMIT 1`,
    )
    .get() as BenchTargets['largestIssuer'] | undefined;
  const busiestOwner = sqlite
    .prepare(
      `SELECT fo.owner_cik AS cik, o.name AS name, count(*) AS filings
         FROM filing_owners fo JOIN owners o ON o.cik = fo.owner_cik
        GROUP BY fo.owner_cik ORDER BY filings DESC LIMIT 1`,
    )
    .get() as BenchTargets['busiestOwner'] | undefined;
  const largestFiling = sqlite
    .prepare(`SELECT accession, count(*) AS rows FROM filing_rows GROUP BY accession ORDER BY rows DESC LIMIT 1`)
    .get() as BenchTargets['largestFiling'] | undefined;
  return {
    largestIssuer: largestIssuer ?? null,
    busiestOwner: busiestOwner ?? null,
    largestFiling: largestFiling ?? null,
    ownerName: busiestOwner?.name ?? null,
  };
}
