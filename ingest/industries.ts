// `npm run ingest -- --industries`: gives each issuer stored without an industry (a history loaded
// from the SEC's data sets, which carry none) the SIC code EDGAR lists for it: one request an issuer,
// the first page of its submissions JSON, at EDGAR's rate. Stopped and run again, it asks only about
// the issuers still without one (and its cache answers for those EDGAR gave none).
import type { AppDatabase } from '../db/index';
import { listIssuersWithoutIndustry } from '../db/queries/issuers-without-industry';
import type { FilingStore } from '../db/store';
import { listCikFilings, type FetchDeps } from '../lib/edgar/fetch';
import { describeError } from '../lib/edgar/progress';
import { edgarToday } from '../lib/edgar/urls';

export interface IndustriesDeps extends FetchDeps {
  store: FilingStore;
  db: AppDatabase;
}

export interface IndustriesSummary {
  /** Issuers asked about. */
  asked: number;
  /** Of those, given a code. */
  coded: number;
  /** EDGAR lists no code for them (a fund, a trust, a person's CIK). */
  none: number;
  failures: { cik: string; reason: string }[];
}

export async function fillIndustries(deps: IndustriesDeps, onIssuer: (summary: IndustriesSummary) => void = () => {}): Promise<IndustriesSummary> {
  const ciks = listIssuersWithoutIndustry(deps.db);
  const summary: IndustriesSummary = { asked: 0, coded: 0, none: 0, failures: [] };
  const today = edgarToday();
  let next = 0;
  // As many requests in flight as the client allows; each answer is stored as it comes.
  const worker = async () => {
    while (next < ciks.length && !deps.signal?.aborted) {
      const cik = ciks[next++]!;
      try {
        const { industry } = await listCikFilings(deps, cik, { olderPages: false });
        summary.asked++;
        if (industry) {
          summary.coded++;
          deps.store.setIssuerIndustry(cik, industry, today);
        } else {
          summary.none++;
        }
      } catch (error) {
        if (deps.signal?.aborted) return;
        summary.asked++;
        summary.failures.push({ cik, reason: describeError(error) });
      }
      onIssuer(summary);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 1) }, worker));
  return summary;
}
