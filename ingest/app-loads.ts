import 'server-only';
// The web app's one load registry, over the app's database, kept on globalThis so that every route
// bundle (and Next's dev reloads) sees the same running loads.
import { getDatabase } from '../db/index';
import { createFilingStore } from '../db/store';
import { isEdgarLoadingEnabled, readWebLoadSettings } from '../lib/edgar/env';
import { createLoadRegistry, type LoadRegistry } from './edgar-jobs';

const globalForLoads = globalThis as typeof globalThis & { __section16EdgarLoads?: LoadRegistry };

export { isEdgarLoadingEnabled };

/**
 * The registry, or `null` when loading from the web is off: the operator turns it on with
 * SECTION16_WEB_LOADS=1 and a SEC_USER_AGENT (lib/edgar/env.ts).
 */
export function getEdgarLoads(): LoadRegistry | null {
  if (!isEdgarLoadingEnabled()) return null;
  if (!globalForLoads.__section16EdgarLoads) {
    const { maxRunning, maxQueued } = readWebLoadSettings();
    globalForLoads.__section16EdgarLoads = createLoadRegistry({
      openStore: () => createFilingStore(getDatabase().sqlite),
      maxRunning,
      maxQueued,
    });
  }
  return globalForLoads.__section16EdgarLoads;
}

/**
 * A data-set filing's page was opened: its original document is fetched in the background (when
 * loading from the web is on), so the next view shows it. True when this view queued it.
 */
export function requestOriginal(filing: { accession: string; formType: string; filedAt: string | null; issuer: { cik: string } }): boolean {
  const loads = getEdgarLoads();
  if (!loads) return false;
  const { accession, formType, filedAt, issuer } = filing;
  return loads.fetchOriginal({ accession, formType, filedAt, issuerCik: issuer.cik });
}
