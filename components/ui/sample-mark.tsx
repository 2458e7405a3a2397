// The bundled sample filings are made up (db/samples.ts): wherever one is shown it says so, and the
// home page says how to load real ones. The pages know from holdsSampleFilings (db/queries/samples.ts).

/** "Sample", beside a made-up issuer's, person's or filing's name. */
export function SampleMark() {
  return (
    <span className="ml-2 inline-block rounded border border-amber-400 bg-amber-50 px-1.5 py-px align-middle text-xs font-semibold uppercase tracking-wide text-amber-900 dark:border-amber-600 dark:bg-amber-950/50 dark:text-amber-100">
      Sample
    </span>
  );
}

/** The home page's one line while the samples are stored: what they are and how to load real filings. */
export function SamplesNotice({ edgarLoading }: { edgarLoading: boolean }) {
  return (
    <p
      role="note"
      aria-label="Sample filings"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <strong className="font-semibold">These are made-up sample filings.</strong> Load real ones with{' '}
      <code className="font-mono">npm run ingest -- &lt;files or folders&gt;</code>
      {edgarLoading ? ', or search a ticker and load it from SEC EDGAR' : ''}; the samples leave when the first real filing is stored.
    </p>
  );
}
