import type Database from 'better-sqlite3';
import { fitBulkLoadCache } from './index';
import { trySetJournalMode } from './journal-mode';
import { startWalCheckpointer } from './wal-checkpointer';

/** What a bulk load's writer calls around its transactions (ingest/batch-loader.ts). */
export interface BulkLoad {
  /** Call between transactions: keeps the WAL bounded and the page cache fit to the file. */
  betweenTransactions(): void;
  /** Call once the load is over (or died): the file is back on WAL with its usual checkpoints. */
  stop(): void;
}

/**
 * Sets `sqlite` (opened with `{ bulkLoad: true }`) up for a load of many transactions.
 *
 * Into a file that holds no filings yet, the batches commit on a rollback journal, not the WAL: each
 * page is written to the file once, not to the WAL and again at a checkpoint, and the pages added at
 * the end of the file need no journal at all. Readers wait while a batch commits, and there is little
 * to read yet; a long build of the deferred indexes goes back to WAL first (db/deferred-indexes.ts). If
 * another connection holds the file, or it holds filings (where readers matter and most pages a batch
 * touches are old ones), the load stays on WAL and a second thread checkpoints (db/wal-checkpointer.ts).
 * Should another connection set WAL between two batches (openDatabase tries), the load goes on in WAL.
 */
export function startBulkLoad(sqlite: Database.Database): BulkLoad {
  if (!holdsFilings(sqlite) && trySetJournalMode(sqlite, 'truncate')) {
    return {
      betweenTransactions: () => fitBulkLoadCache(sqlite),
      // A reader that outlasts the busy timeout keeps it on the rollback journal; the next open sets WAL.
      stop: () => void trySetJournalMode(sqlite, 'wal'),
    };
  }
  const checkpointer = startWalCheckpointer(sqlite);
  return {
    betweenTransactions() {
      checkpointer.betweenTransactions();
      fitBulkLoadCache(sqlite);
    },
    stop: () => checkpointer.stop(),
  };
}

function holdsFilings(sqlite: Database.Database): boolean {
  return sqlite.prepare('SELECT 1 FROM filings LIMIT 1').get() !== undefined;
}
