import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getEdgarLoads } from '@/ingest/app-loads';
import { formatDuration } from '@/lib/edgar/progress';
import { linkClass, mutedClass } from '@/components/ui/styles';

// Where the "Load from SEC EDGAR" form lands without JavaScript: the load's progress, refreshed
// every two seconds, and the issuer's page once its filings are in.

type Props = { params: Promise<{ key: string }> };

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Loading from SEC EDGAR', robots: { index: false } };

export default async function EdgarLoadPage({ params }: Props) {
  const { key } = await params;
  const load = getEdgarLoads()?.get(key);
  if (!load) notFound();
  const p = load.progress;
  if (load.status === 'done' && p.loaded + p.alreadyStored > 0) redirect(load.issuerPath);
  const name = load.name ? `${load.name}${load.ticker ? ` (${load.ticker})` : ''}` : `CIK ${load.cik}`;

  return (
    <div className="space-y-4">
      {load.status === 'running' || load.status === 'queued' ? <meta httpEquiv="refresh" content="2" /> : null}
      <h1 className="text-2xl font-semibold tracking-tight">Loading {name} from SEC EDGAR</h1>
      {load.status === 'queued' ? (
        <p role="status">
          Waiting for {load.waitingBehind === 1 ? 'the load ahead of it' : `the ${load.waitingBehind} loads ahead of it`} to finish. This page
          refreshes itself.
        </p>
      ) : load.status === 'running' ? (
        <p role="status">
          {p.found > 0 ? `${p.found} filings found, ${p.loaded} loaded, ${p.failed} failed` : 'Listing filings'}
          {p.remaining > 0 && p.etaSeconds !== null ? `, about ${formatDuration(p.etaSeconds)} left` : ''}. This page
          refreshes itself.
        </p>
      ) : load.status === 'failed' ? (
        <p role="alert">The load stopped: {load.error}</p>
      ) : (
        <p role="status">SEC EDGAR lists no Forms 3, 4 or 5 for {name}.</p>
      )}
      {p.failures.length > 0 ? (
        <details>
          <summary className={mutedClass}>{p.failures.length} filings could not be loaded</summary>
          <ul className="mt-2 space-y-1 text-sm">
            {p.failures.map((f) => (
              <li key={f.accession}>
                <span className="font-mono">{f.accession}</span>: {f.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="text-sm">
        <Link href="/" className={linkClass}>Back to the home page</Link>
      </p>
    </div>
  );
}
