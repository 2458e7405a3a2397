// The SEC's Insider Transactions Data Sets on the fake EDGAR: the listing page, linking quarters in
// both folders EDGAR has used (structureddata for the older ones, datastandardsinnovation from
// 2026q2 on), the zips (written from corpus filings in the SEC's format), and one listed quarter
// whose zip is missing (a 404). Pass `routes` to startFakeEdgar; a 429 is a `fault` on a zip's path.
import { DATASETS_LISTING_PATH } from '../../lib/datasets/listing';
import { writeDatasetZip, type DatasetFilingInput } from '../support/dataset-writer';
import type { FakeRoute } from './fake-edgar';

export const OLD_FOLDER = '/files/structureddata/data/insider-transactions-data-sets';
export const NEW_FOLDER = '/files/datastandardsinnovation/data/insider-transactions-data-sets';

export interface FakeDatasets {
  routes: Map<string, FakeRoute>;
  /** Served quarters: their zip's path and the filings in it. */
  quarters: Record<'2024q3' | '2026q2', { path: string; filings: DatasetFilingInput[] }>;
  /** A quarter the page lists whose zip answers 404. */
  missing: { quarter: string; path: string };
}

/** 2024q3 in the old folder (linked by a relative address), 2026q2 in the new one (by path), 2025q1 listed but gone. */
export function fakeDatasets(q2024q3: DatasetFilingInput[], q2026q2: DatasetFilingInput[]): FakeDatasets {
  const quarters = {
    '2024q3': { path: `${OLD_FOLDER}/2024q3_form345.zip`, filings: q2024q3 },
    '2026q2': { path: `${NEW_FOLDER}/2026q2_form345.zip`, filings: q2026q2 },
  };
  const missing = { quarter: '2025q1', path: `${OLD_FOLDER}/2025q1_form345.zip` };
  // As the SEC's page: a table of quarters, newest first, with the zip's size beside each link.
  const page = `<!DOCTYPE html><html><head><title>Insider Transactions Data Sets | SEC.gov</title></head><body>
<h1>Insider Transactions Data Sets</h1>
<table><thead><tr><th>File</th><th>Size</th></tr></thead><tbody>
<tr><td><a href="${quarters['2026q2'].path}">2026 Q2</a></td><td>12.1 MB</td></tr>
<tr><td><a href="../../..${missing.path}">2025 Q1</a></td><td>11.4 MB</td></tr>
<tr><td><a href="../../..${quarters['2024q3'].path}">2024 Q3</a></td><td>13.0 MB</td></tr>
</tbody></table>
<p><a href="/files/structureddata/data/insider-transactions-data-sets/form345-readme.pdf">Readme</a></p>
</body></html>`;
  const routes = new Map<string, FakeRoute>([[DATASETS_LISTING_PATH, () => ({ type: 'text/html', body: page })]]);
  for (const q of Object.values(quarters)) {
    const zip = writeDatasetZip(q.filings, { aff10b5One: true });
    routes.set(q.path, () => ({ type: 'application/zip', body: zip }));
  }
  return { routes, quarters, missing };
}
