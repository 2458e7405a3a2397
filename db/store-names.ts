// Issuer and owner names, and the issuer's industry, as the store keeps them: the newest filing's
// win, whatever the load order, and a filing that brings what is already stored (almost every one)
// writes nothing here.
import type Database from 'better-sqlite3';
import { filingDateOf } from '../lib/domain/filing-date';
import type { Industry } from '../lib/domain/industry';
import type { StorableFiling } from './store';

export interface StoredNames {
  /** Writes the filing's issuer and owner names, and the issuer's industry, where they differ from the stored ones. */
  note(parsed: StorableFiling): void;
  /** Sets the industry EDGAR's listing gives issuer `cik` on day `asOf` (YYYY-MM-DD). False: no such issuer stored. */
  setIndustry(cik: string, industry: Industry, asOf: string): boolean;
  /** Forgets what was read or written: a rollback may undo a write noted here. */
  forget(): void;
  /** At the start of a transaction: forgets what was read if another connection has committed since. */
  begin(): void;
}

/** Issuers and owners whose stored names a store remembers at most (about 40 MiB of memory). */
const MAX_NOTED_NAMES = 250_000;

export function createStoredNames(sqlite: Database.Database): StoredNames {
  const statements = {
    // Names and tickers change only for a filing at least as new as every stored one of the issuer
    // (or owner). Run only when a filing's names differ from the stored ones, so the subquery is rare.
    upsertIssuer: sqlite.prepare(`
      INSERT INTO issuers (cik, name, ticker, named_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (cik) DO UPDATE SET
        name = coalesce(excluded.name, issuers.name),
        ticker = coalesce(excluded.ticker, issuers.ticker),
        named_at = coalesce(excluded.named_at, issuers.named_at)
      WHERE issuers.name IS NULL
        OR (excluded.named_at IS NOT NULL AND excluded.named_at >= coalesce(
          (SELECT max(filing_date) FROM filings WHERE issuer_cik = excluded.cik), ''))`),
    upsertOwner: sqlite.prepare(`
      INSERT INTO owners (cik, name, named_at) VALUES (?, ?, ?)
      ON CONFLICT (cik) DO UPDATE SET
        name = coalesce(excluded.name, owners.name),
        named_at = coalesce(excluded.named_at, owners.named_at)
      WHERE owners.name IS NULL
        OR (excluded.named_at IS NOT NULL AND excluded.named_at >= coalesce(
          (SELECT max(f.filing_date) FROM filing_owners o JOIN filings f ON f.accession = o.accession
           WHERE o.owner_cik = excluded.cik), ''))`),
    // A code as of a date no older than the stored one's; a code given without its title (a feed
    // file's) keeps the title stored for the same code.
    setIndustry: sqlite.prepare<{ sic: string; title: string | null; asOf: string | null; cik: string }>(`
      UPDATE issuers SET sic_title = CASE WHEN sic = @sic THEN coalesce(@title, sic_title) ELSE @title END, sic = @sic, sic_at = @asOf
      WHERE cik = @cik AND (sic IS NULL OR sic_at IS NULL OR @asOf >= sic_at)`),
    issuerNames: sqlite.prepare<[string], { name: string | null; ticker: string | null }>('SELECT name, ticker FROM issuers WHERE cik = ?'),
    issuerIndustry: sqlite.prepare<[string], { sic: string | null; sic_title: string | null }>('SELECT sic, sic_title FROM issuers WHERE cik = ?'),
    ownerName: sqlite.prepare<[string], { name: string | null }>('SELECT name FROM owners WHERE cik = ?'),
    dataVersion: sqlite.prepare<[], number>('PRAGMA data_version').pluck(),
  };

  // The names stored in issuers and owners, as this connection last read or wrote them. (In a
  // million-filing database rewriting the issuer's and each owner's row cost a tenth of the ingest.)
  // Forgotten on any rollback and when another connection commits.
  const stored = new Map<string, readonly (string | null)[]>();
  let version = -1;

  /** Runs `write` unless the filing's names (null: not given) are those stored under `key`. */
  function noteNames(key: string, filed: readonly (string | null)[], read: () => (string | null)[] | undefined, write: () => void): void {
    let known = stored.get(key);
    if (known === undefined) {
      // A full-history load meets hundreds of thousands of owners: start over rather than keep them all.
      if (stored.size >= MAX_NOTED_NAMES) stored.clear();
      known = read();
      if (known) stored.set(key, known);
    }
    if (known && filed.every((value, i) => value === null || value === known[i])) return;
    write();
    stored.set(key, read() ?? []);
  }

  return {
    note(parsed) {
      const namedAt = filingDateOf(parsed);
      const { issuer } = parsed;
      noteNames(`i${issuer.cik}`, [issuer.name, issuer.ticker],
        () => { const row = statements.issuerNames.get(issuer.cik); return row && [row.name, row.ticker]; },
        () => statements.upsertIssuer.run(issuer.cik, issuer.name, issuer.ticker, namedAt));
      const industry = parsed.issuerIndustry;
      if (industry) {
        noteNames(`s${issuer.cik}`, [industry.sic, industry.title],
          () => { const row = statements.issuerIndustry.get(issuer.cik); return row && [row.sic, row.sic_title]; },
          () => statements.setIndustry.run({ sic: industry.sic, title: industry.title, asOf: namedAt, cik: issuer.cik }));
      }
      for (const owner of parsed.reportingOwners) {
        noteNames(`o${owner.cik}`, [owner.name],
          () => { const row = statements.ownerName.get(owner.cik); return row && [row.name]; },
          () => statements.upsertOwner.run(owner.cik, owner.name, namedAt));
      }
    },
    setIndustry(cik, industry, asOf) {
      stored.delete(`s${cik}`);
      statements.setIndustry.run({ sic: industry.sic, title: industry.title, asOf, cik });
      return statements.issuerIndustry.get(cik) !== undefined;
    },
    forget: () => stored.clear(),
    // Another connection's commit can only come between this one's transactions.
    begin() {
      const now = statements.dataVersion.get();
      if (now !== version) {
        stored.clear();
        version = now ?? -1;
      }
    },
  };
}
