// A bulk load's stand-in in its own process (db/deferred-indexes-owner.test.ts): opens the database given,
// drops the deferrable indexes through the store, says "deferred" and waits; when its stdin ends it
// builds them, as a load does at its end, and exits. Killed, it is a load that died.
import { openDatabase } from '../../db/index';
import { createFilingStore } from '../../db/store';

const file = process.argv[2];
if (!file) throw new Error('usage: hold-deferred-indexes.ts DATABASE');
const { sqlite } = openDatabase(file);
const store = createFilingStore(sqlite);
store.deferIndexes();
process.stdout.write('deferred\n');
process.stdin.resume();
process.stdin.on('end', () => {
  store.buildDeferredIndexes();
  sqlite.close();
  process.stdout.write('built\n');
  process.exit(0);
});
