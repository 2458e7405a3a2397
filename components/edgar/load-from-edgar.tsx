'use client';
// "Load from SEC EDGAR": starts a background load of an issuer that is not stored yet, shows its
// progress, and refreshes the page when the filings are in. Without JavaScript it is a plain form
// that lands on the progress page (/edgar/loads/[key]), which refreshes itself.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useState } from 'react';
import type { LoadView } from '@/ingest/edgar-jobs';
import { formatDuration } from '@/lib/edgar/progress';
import { describeTarget, type EdgarTarget } from '@/lib/edgar/targets';
import { buttonClass, linkClass, mutedClass } from '@/components/ui/styles';

const POLL_MS = 1_000;

/**
 * `whenDone`: `refresh` re-renders the page it sits on (a search that will now find the issuer);
 * `open` goes to the issuer's page (from a 404, whose boundary a refresh would not lift).
 */
export function LoadFromEdgar({ target, whenDone = 'refresh' }: { target: EdgarTarget; whenDone?: 'refresh' | 'open' }) {
  const router = useRouter();
  const [load, setLoad] = useState<LoadView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const label = describeTarget(target);

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStarting(true);
    setError(null);
    try {
      const response = await fetch('/api/edgar/loads', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(target),
      });
      const body = (await response.json()) as { load?: LoadView; error?: string };
      if (!response.ok || !body.load) setError(body.error ?? `The server answered ${response.status}.`);
      else setLoad(body.load);
    } catch {
      setError('The server could not be reached.');
    } finally {
      setStarting(false);
    }
  }

  // Poll while the load runs or waits its turn.
  useEffect(() => {
    if (load?.status !== 'running' && load?.status !== 'queued') return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/edgar/loads/${load.key}`, { cache: 'no-store' });
        const body = (await response.json()) as { load?: LoadView; error?: string };
        if (cancelled) return;
        if (body.load) setLoad(body.load);
        else setError(body.error ?? 'The load was lost (the server restarted?).');
      } catch {
        if (!cancelled) setLoad({ ...load }); // try again at the next tick
      }
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [load, router]);

  // Once filings are stored, the page this sits on (a 404, a search) can show them.
  const loadedAny = load?.status === 'done' && load.progress.loaded + load.progress.alreadyStored > 0;
  const issuerPath = load?.issuerPath;
  useEffect(() => {
    if (!loadedAny || !issuerPath) return;
    if (whenDone === 'open') window.location.assign(issuerPath);
    else router.refresh();
  }, [loadedAny, issuerPath, whenDone, router]);

  const name = load?.name ? `${load.name}${load.ticker ? ` (${load.ticker})` : ''}` : label;

  return (
    <section aria-label="Load from SEC EDGAR" className="space-y-2 rounded-md border border-zinc-200 p-4 dark:border-zinc-800">
      {load === null ? (
        <form method="post" action="/api/edgar/loads" onSubmit={start} className="flex flex-wrap items-center gap-3">
          {'cik' in target ? <input type="hidden" name="cik" value={target.cik} /> : <input type="hidden" name="ticker" value={target.ticker} />}
          <button type="submit" className={buttonClass} disabled={starting}>
            {starting ? 'Starting…' : 'Load from SEC EDGAR'}
          </button>
          <span className={`text-sm ${mutedClass}`}>
            {label} is not stored here yet. Fetch its Forms 3, 4 and 5 from SEC EDGAR.
          </span>
        </form>
      ) : (
        <LoadProgress load={load} name={name} />
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function LoadProgress({ load, name }: { load: LoadView; name: string }) {
  const p = load.progress;
  const total = p.found - p.alreadyStored;
  const done = total - p.remaining;
  if (load.status === 'queued') {
    return (
      <p role="status" aria-live="polite" className="text-sm">
        {name} will load from SEC EDGAR when {load.waitingBehind === 1 ? 'the load ahead of it finishes' : `the ${load.waitingBehind} loads ahead of it finish`}…
      </p>
    );
  }
  if (load.status === 'running') {
    return (
      <div className="space-y-2">
        <p role="status" aria-live="polite" className="text-sm">
          Loading {name} from SEC EDGAR: {p.found > 0 ? `${p.found} filings found, ${p.loaded} loaded, ${p.failed} failed` : 'listing filings'}
          {p.remaining > 0 && p.etaSeconds !== null ? `, about ${formatDuration(p.etaSeconds)} left` : ''}…
        </p>
        <progress aria-label="Filings loaded" max={Math.max(total, 1)} value={done} className="h-2 w-full max-w-md" />
      </div>
    );
  }
  if (load.status === 'failed') {
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        Loading {name} stopped: {load.error}
      </p>
    );
  }
  if (p.found === 0) {
    return <p role="status" className="text-sm">SEC EDGAR lists no Forms 3, 4 or 5 for {name}.</p>;
  }
  return (
    <p role="status" className="text-sm">
      Loaded {p.loaded} filings of {name}
      {p.failed > 0 ? ` (${p.failed} could not be loaded)` : ''}.{' '}
      <Link href={load.issuerPath} className={`${linkClass} font-medium`}>
        Open {name}
      </Link>
    </p>
  );
}
