import 'server-only';
// The web app's one load registry, over the app's database, kept on globalThis so that every route
// bundle (and Next's dev reloads) sees the same running loads.
import { getDatabase } from '../db/index';
import { createFilingStore } from '../db/store';
import { isEdgarLoadingEnabled } from '../lib/edgar/env';
import { createLoadRegistry, type LoadRegistry } from './edgar-jobs';

const globalForLoads = globalThis as typeof globalThis & { __section16EdgarLoads?: LoadRegistry };

export { isEdgarLoadingEnabled };

/** The registry, or `null` when the server has no SEC_USER_AGENT (loading is not offered then). */
export function getEdgarLoads(): LoadRegistry | null {
  if (!isEdgarLoadingEnabled()) return null;
  globalForLoads.__section16EdgarLoads ??= createLoadRegistry({
    openStore: () => createFilingStore(getDatabase().sqlite),
  });
  return globalForLoads.__section16EdgarLoads;
}
