// Every name and ticker an issuer filed under, kept in issuer_aliases (migration 0014; search reads
// them) as the store writes filings. The trimming and upper-casing are SQL's, as the update trigger
// does them; a name or ticker asked about once in a transaction is not asked again.
import type Database from 'better-sqlite3';
import type { ParsedFiling } from '../lib/parser/types';

export interface StoredAliases {
  /** Adds the filing's issuer name and ticker as aliases of its CIK, unless they are already. */
  note(issuer: ParsedFiling['issuer']): void;
  /** Forgets what was noted: a rollback may undo a row written here. */
  forget(): void;
}

/** Names and tickers remembered at most (a full-history load meets tens of thousands). */
const MAX_NOTED = 100_000;

export function createStoredAliases(sqlite: Database.Database): StoredAliases {
  // The inserts of 0014's trigger, for one filing's values (SQL's trim removes spaces only: a value
  // with another character is not empty). A new name also goes to the name search (issuer_aliases'
  // own trigger).
  const insertName = sqlite.prepare<[string, string]>("INSERT OR IGNORE INTO issuer_aliases(kind, value, cik) VALUES ('name', trim(?), ?)");
  const insertTicker = sqlite.prepare<[string, string]>("INSERT OR IGNORE INTO issuer_aliases(kind, value, cik) VALUES ('ticker', upper(trim(?)), ?)");
  const notBlank = (value: string | null): value is string => value !== null && /[^ ]/.test(value);
  const noted = new Set<string>();
  return {
    note({ cik, name, ticker }) {
      const key = `${cik}\u0000${name ?? '\u0001'}\u0000${ticker ?? '\u0001'}`;
      if (noted.has(key)) return;
      if (noted.size >= MAX_NOTED) noted.clear();
      if (notBlank(name)) insertName.run(name, cik);
      if (notBlank(ticker)) insertTicker.run(ticker, cik);
      noted.add(key);
    },
    forget: () => noted.clear(),
  };
}
