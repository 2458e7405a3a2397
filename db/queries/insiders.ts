import 'server-only';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingDeletions, filingOwners, filingRows, filings } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import type { Insider } from '@/db/queries/types';
import { ownerRelationshipColumns } from '@/db/owner-relationship';
import { compareNoCase, descNullsLast } from '@/lib/compare';
import { chunks } from '@/lib/chunks';
import { statesLaterHolding } from '@/lib/domain/holdings';

/**
 * Everyone who reported at the issuer: roles and name from their latest filing there, and the shares
 * held after their latest reported Table I line (a direct holding preferred when a filing has both).
 */
export function listIssuerInsiders(cik: string, db: AppDatabase = getDb()): Insider[] {
  // Until the database changes, the list as it was; after, brought up to date (see refreshInsiders).
  return cached(db, `insiders:${cik}`, () => refreshInsiders(cik, db));
}

type InsiderBase = Omit<Insider, 'sharesHeld' | 'heldDirectOrIndirect' | 'heldSecurity' | 'heldAccession'>;
type Holding = {
  id: number;
  accession: string;
  filedAt: string | null;
  transactionDate: string | null;
  position: number;
  shares: number | string | null;
  di: string | null;
};

/** What an issuer's insiders list was computed from, so that newer filings can be folded in. */
interface InsiderState {
  /** Filings folded in, and the largest filings.rowid among them. */
  filings: number;
  maxRowid: number;
  /** filing_deletions.count when it was started: a deletion means starting over. */
  deletions: number;
  insiders: Map<string, InsiderBase>;
  /** Each owner's latest line with shares owned after it. */
  held: Map<string, Holding>;
  securities: Map<number, string | null>;
  result: Insider[];
}

const MAX_STATES = 64;
const insiderStates = new WeakMap<AppDatabase, Map<string, InsiderState>>();

/**
 * The issuer's insiders, folding only the filings added since the last time into what was kept:
 * during a bulk load a big issuer gains a few filings per batch, and reading all of its (tens of
 * thousands of) lines again for each would make its page slow for as long as the load runs. Any
 * deletion (a replaced filing) starts over from scratch.
 */
function refreshInsiders(cik: string, db: AppDatabase): Insider[] {
  let states = insiderStates.get(db);
  if (!states) insiderStates.set(db, (states = new Map()));
  const mark = db
    .select({
      filings: count(),
      maxRowid: sql<number | null>`max(${filings}.rowid)`,
      deletions: sql<number>`(select ${filingDeletions.count} from ${filingDeletions} where ${filingDeletions.id} = 1)`,
    })
    .from(filings)
    .where(eq(filings.issuerCik, cik))
    .get()!;
  const deletions = mark.deletions ?? 0;
  let state = states.get(cik);
  states.delete(cik);
  const current = state && state.deletions === deletions && (mark.maxRowid ?? 0) >= state.maxRowid;
  if (!state || !current) {
    state = { filings: 0, maxRowid: 0, deletions, insiders: new Map(), held: new Map(), securities: new Map(), result: [] };
    foldFilings(state, cik, db, null);
  } else if (mark.filings !== state.filings || (mark.maxRowid ?? 0) !== state.maxRowid) {
    foldFilings(state, cik, db, state.maxRowid);
  }
  states.set(cik, state);
  while (states.size > MAX_STATES) states.delete(states.keys().next().value!);
  return state.result;
}

/** Adds the issuer's filings with rowid above `sinceRowid` (all of them for null) to `state`. */
function foldFilings(state: InsiderState, cik: string, db: AppDatabase, sinceRowid: number | null): void {
  // Reporting owners on the filings, newest filing first (filings_issuer_date).
  const lines = db
    .select({
      rowid: sql<number>`${filings}.rowid`,
      accession: filings.accession,
      filedAt: filings.filingDate,
      cik: filingOwners.ownerCik,
      name: filingOwners.name,
      ...ownerRelationshipColumns,
    })
    .from(filings)
    .innerJoin(filingOwners, eq(filingOwners.accession, filings.accession))
    .where(and(eq(filings.issuerCik, cik), sinceRowid === null ? undefined : sql`${filings}.rowid > ${sinceRowid}`))
    .orderBy(sql`${filings.filingDate} desc nulls last`, desc(filings.accession))
    .all();

  const added = new Map<string, { filedAt: string | null; owners: string[] }>();
  for (const l of lines) {
    if (l.rowid > state.maxRowid) state.maxRowid = l.rowid;
    let filing = added.get(l.accession);
    if (!filing) {
      added.set(l.accession, (filing = { filedAt: l.filedAt, owners: [] }));
      state.filings++;
    }
    filing.owners.push(l.cik);
    const known = state.insiders.get(l.cik);
    // An owner's name and roles are those of their latest filing here (filing date, then accession).
    if (known) known.filings++;
    if (!known || descNullsLast(l.filedAt, known.lastFiledAt) < 0 || (l.filedAt === known.lastFiledAt && l.accession > known.lastAccession)) {
      state.insiders.set(l.cik, {
        cik: l.cik, name: l.name, isDirector: !!l.isDirector, isOfficer: !!l.isOfficer, isTenPercentOwner: !!l.isTenPercentOwner,
        isOther: !!l.isOther, officerTitle: l.officerTitle, otherText: l.otherText, lastAccession: l.accession, lastFiledAt: l.filedAt,
        filings: known?.filings ?? 1,
      });
    }
  }

  // Shares held: each owner's latest Table I line with an amount owned after it, ranked here: the
  // filing's date, then the line's, then the newer accession, a direct holding before an indirect
  // one, the later line. All of the issuer's read from filing_rows_issuer_view alone (no table
  // lookups); a few new filings' by accession.
  const candidateColumns = {
    id: filingRows.id,
    accession: filingRows.accession,
    transactionDate: filingRows.transactionDate,
    position: filingRows.position,
    shares: filingRows.sharesOwnedAfter,
    di: filingRows.directOrIndirect,
  };
  const heldLines = and(eq(filingRows.table, 'N'), sql`${filingRows.sharesOwnedAfter} is not null`);
  const accessions = [...added.keys()];
  const candidates =
    sinceRowid === null
      ? db.select(candidateColumns).from(filingRows).where(and(eq(filingRows.issuerCik, cik), heldLines)).all()
      : chunks(accessions, 500).flatMap((some) =>
          db.select(candidateColumns).from(filingRows).where(and(inArray(filingRows.accession, some), heldLines)).all());
  for (const row of candidates) {
    const filing = added.get(row.accession);
    if (!filing) continue;
    const candidate = { ...row, filedAt: filing.filedAt };
    for (const owner of filing.owners) {
      const held = state.held.get(owner);
      if (!held || statesLaterHolding(candidate, held)) state.held.set(owner, candidate);
    }
  }
  // Security titles (not in the index) of the lines held, read once each.
  const heldIds = new Set([...state.held.values()].map((h) => h.id));
  for (const id of state.securities.keys()) if (!heldIds.has(id)) state.securities.delete(id);
  for (const some of chunks([...heldIds].filter((id) => !state.securities.has(id)), 500)) {
    for (const r of db.select({ id: filingRows.id, security: filingRows.securityTitle }).from(filingRows).where(inArray(filingRows.id, some)).all()) {
      state.securities.set(r.id, r.security);
    }
  }

  state.result = [...state.insiders.values()]
    .sort((a, b) => descNullsLast(a.lastFiledAt, b.lastFiledAt) || compareNoCase(a.name, b.name))
    .map((insider) => {
      const held = state.held.get(insider.cik);
      return {
        ...insider,
        sharesHeld: held?.shares ?? null,
        heldDirectOrIndirect: held?.di ?? null,
        heldSecurity: held ? (state.securities.get(held.id) ?? null) : null,
        heldAccession: held?.accession ?? null,
      };
    });
}
