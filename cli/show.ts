// npm run show -- <accession...> [--db PATH]: each stored filing as one line of JSON, the same
// object /api/filings/[accession] serves. An unknown accession is named on stderr, exit status 1.
import { openDatabase, resolveDatabasePath } from '../db/index';
import { getFilingJson } from '../db/queries/filing-json';
import { parseCommandLine, runCli, UsageError } from './args';

const USAGE = 'usage: npm run show -- <accession...> [--db PATH]';

function main(): number {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    db: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('name at least one accession number');
  const { sqlite, db } = openDatabase(resolveDatabasePath(values.db));
  try {
    let status = 0;
    for (const accession of positionals) {
      const filing = getFilingJson(accession, db);
      if (filing) {
        process.stdout.write(`${JSON.stringify(filing)}\n`);
      } else {
        process.stderr.write(`no filing with accession ${accession}\n`);
        status = 1;
      }
    }
    return status;
  } finally {
    sqlite.close();
  }
}

void runCli(USAGE, main);
