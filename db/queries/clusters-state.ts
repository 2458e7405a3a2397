import 'server-only';
import { and, gt, sql } from 'drizzle-orm';
import type { AppDatabase } from '@/db';
import { filingOwners, filingRows } from '@/db/schema';
import { generationOf } from '@/db/queries/cache';
import { clientOf } from '@/db/queries/cache';
import { IS_PURCHASE, IS_TRANSACTION, tradeConditions, type TradeFilter } from '@/db/queries/trades-sql';
import { clusterRowFilters, type ClusterParams } from '@/lib/trade-params';

// The purchases and cluster windows of one view (its filters), per issuer, kept per connection and
// brought up to date from what was added since: reading every purchase of a million filings and
// cutting them into windows takes seconds, and an ingest changes the database every few seconds.
// New rows (rowid above the last read) are read and only their issuers cut again; a 4/A added
// since takes its original's rows out (as amended). Anything else starts over: a filing deleted
// (filing_deletions moves) or an amendment stored before now pointed at a newly stored original.

export type Purchase = {
  id: number;
  accession: string;
  issuerCik: string;
  transactionDate: string;
  shares: number | string | null;
  value: number | null;
  /** The filing's reporting owners' CIKs (read only for issuers that may have a cluster). */
  ownerCiks: string[] | null;
  /** Days since 1970 of the transaction date (windows compare these). */
  day: number;
};

/** A cluster before its names are read: the issuer and its purchases in date order. */
export type ClusterGroup = { issuerCik: string; purchases: Purchase[] };

/** An issuer's purchases, in date order once cut; `changed`: the view's version when they last changed. */
type IssuerState = { purchases: Purchase[]; changed: number };

/** The clusters of one cut (an insiders count and a window) by issuer, as of the view's `version`. */
type Cut = { version: number; clusters: Map<IssuerState, Purchase[][]> };

type ViewState = {
  generation: string;
  deletions: number;
  /** Highest filing_rows id and filings rowid read. */
  lastRowId: number;
  lastFilingRowId: number;
  /** Moves with every change of the purchases. */
  version: number;
  issuers: Map<string, IssuerState>;
  /** Views differing only in minInsiders or window share the purchases, each cut its own way. */
  cuts: Map<string, Cut>;
};

/** Views kept per connection (a view of every purchase holds a few hundred thousand). */
const MAX_VIEWS = 8;
/** Cuts kept per view (each holds only the clusters). */
const MAX_CUTS = 8;
const states = new WeakMap<object, Map<string, ViewState>>();

function readPurchases(db: AppDatabase, p: ClusterParams, issuerCik: string | undefined, afterId: number, today?: string): Purchase[] {
  const filter: TradeFilter = clusterRowFilters(p);
  // As arrays (no object per row read): a million filings have a few hundred thousand purchases.
  const rows = db
    .select({
      id: filingRows.id,
      accession: filingRows.accession,
      issuerCik: filingRows.issuerCik,
      transactionDate: sql<string>`${filingRows.transactionDate}`,
      shares: sql<number | string | null>`${filingRows.shares}`,
      value: filingRows.value,
    })
    .from(filingRows)
    .where(and(
      IS_TRANSACTION, IS_PURCHASE, sql`${filingRows.transactionDate} is not null`,
      // Rows added since (a range of rowids), or every purchase.
      afterId > 0 ? gt(filingRows.id, afterId) : undefined,
      ...tradeConditions(db, filter, issuerCik, today),
    ))
    .values() as [number, string, string, string, number | string | null, number | null][];
  const out: Purchase[] = [];
  for (const [id, accession, issuerCik, transactionDate, shares, value] of rows) {
    const day = Date.parse(`${transactionDate}T00:00:00Z`) / 86_400_000;
    if (Number.isFinite(day)) out.push({ id, accession, issuerCik, transactionDate, shares, value, day, ownerCiks: null });
  }
  return out;
}

/** Each purchase's filing's reporting owners' CIKs, read for those not read yet (the accessions as one JSON array, the owners as arrays). */
function fillOwnerCiks(db: AppDatabase, purchases: Purchase[]): void {
  const missing = [...new Set(purchases.filter((x) => x.ownerCiks === null).map((x) => x.accession))];
  const byFiling = new Map<string, string[]>();
  if (missing.length) {
    const rows = db
      .select({ accession: filingOwners.accession, cik: filingOwners.ownerCik })
      .from(filingOwners)
      .where(sql`${filingOwners.accession} in (select value from json_each(${JSON.stringify(missing)}))`)
      .values() as [string, string][];
    for (const [accession, cik] of rows) {
      const list = byFiling.get(accession);
      if (list) list.push(cik);
      else byFiling.set(accession, [cik]);
    }
  }
  for (const x of purchases) if (x.ownerCiks === null) x.ownerCiks = byFiling.get(x.accession) ?? [];
}

/** Insiders among these purchases: owners of one filing are joined into one (union-find on CIKs). */
export function countInsiders(group: readonly Purchase[]): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const purchase of group) {
    const ciks = purchase.ownerCiks ?? [];
    for (const cik of ciks) if (!parent.has(cik)) parent.set(cik, cik);
    for (const cik of ciks.slice(1)) parent.set(find(cik), find(ciks[0]!));
  }
  let roots = 0;
  for (const [cik] of parent) if (find(cik) === cik) roots++;
  return roots;
}

/**
 * An issuer's purchases (in date order) cut into clusters. Windows are taken greedily from the
 * earliest purchase: a window holds the purchases up to `window` days after its first; when it has
 * enough insiders it is a cluster and the next window starts after it, otherwise the next starts
 * one purchase later. `insiders` counts a window's insiders, or (a first pass, before owners are
 * read) a bound above it.
 */
function windows(purchases: Purchase[], p: ClusterParams, insiders: (group: Purchase[]) => number): Purchase[][] {
  const found: Purchase[][] = [];
  let i = 0;
  while (i < purchases.length) {
    const last = purchases[i]!.day + p.window;
    let j = i;
    while (j + 1 < purchases.length && purchases[j + 1]!.day <= last) j++;
    const group = j > i ? purchases.slice(i, j + 1) : null;
    if (group && insiders(group) >= p.minInsiders) {
      found.push(group);
      i = j + 1;
    } else {
      i++;
    }
  }
  return found;
}

/** Each insider filed at least one of the window's filings: at most as many insiders as filings. */
const filingCount = (group: Purchase[]) => new Set(group.map((g) => g.accession)).size;

const byDay = (a: Purchase, b: Purchase) => a.day - b.day || (a.accession < b.accession ? -1 : a.accession > b.accession ? 1 : 0) || a.id - b.id;

/**
 * The purchases (in date order) inside some window of enough filings to hold enough insiders: any
 * window the cut asks about the insiders of is one of those, so only their owners are read.
 */
function inFilingWindows(purchases: Purchase[], p: ClusterParams): Purchase[] {
  const marked = new Uint8Array(purchases.length);
  // Filings of the window [i, j) and how many of its purchases each has, slid along.
  const filings = new Map<string, number>();
  let j = 0;
  for (let i = 0; i < purchases.length; i++) {
    const last = purchases[i]!.day + p.window;
    for (; j < purchases.length && purchases[j]!.day <= last; j++) filings.set(purchases[j]!.accession, (filings.get(purchases[j]!.accession) ?? 0) + 1);
    if (filings.size >= p.minInsiders) marked.fill(1, i, j);
    const left = filings.get(purchases[i]!.accession)! - 1;
    if (left) filings.set(purchases[i]!.accession, left);
    else filings.delete(purchases[i]!.accession);
  }
  return purchases.filter((_, k) => marked[k]);
}

/** A window's insiders, 0 without reading owners when its filings are too few. */
const insidersIn = (p: ClusterParams) => (group: Purchase[]) => (filingCount(group) < p.minInsiders ? 0 : countInsiders(group));

/** Cuts these issuers' purchases (again) into `into`; owners are read only for purchases in windows of enough filings. */
function cut(db: AppDatabase, p: ClusterParams, issuers: Iterable<IssuerState>, into: Map<IssuerState, Purchase[][]>): void {
  const candidates: IssuerState[] = [];
  const needOwners: Purchase[] = [];
  for (const state of issuers) {
    into.delete(state);
    if (state.purchases.length < p.minInsiders) continue;
    state.purchases.sort(byDay);
    const inWindows = inFilingWindows(state.purchases, p);
    if (!inWindows.length) continue;
    candidates.push(state);
    needOwners.push(...inWindows);
  }
  fillOwnerCiks(db, needOwners);
  for (const state of candidates) {
    const found = windows(state.purchases, p, insidersIn(p));
    if (found.length) into.set(state, found);
  }
}

function addPurchases(state: ViewState, purchases: Purchase[]): void {
  for (const x of purchases) {
    let issuer = state.issuers.get(x.issuerCik);
    if (!issuer) state.issuers.set(x.issuerCik, (issuer = { purchases: [], changed: state.version }));
    issuer.purchases.push(x);
    issuer.changed = state.version;
  }
}

const counters = (db: AppDatabase) =>
  clientOf(db)
    .prepare('SELECT (SELECT coalesce(sum(count), 0) FROM filing_deletions) AS deletions, (SELECT coalesce(max(rowid), 0) FROM filings) AS lastFilingRowId, (SELECT coalesce(max(id), 0) FROM filing_rows) AS lastRowId')
    .get() as { deletions: number; lastFilingRowId: number; lastRowId: number };

/** Every purchase of the view. */
function readAll(db: AppDatabase, p: ClusterParams, issuerCik: string | undefined, today?: string): ViewState {
  const now = counters(db);
  const state: ViewState = {
    generation: '', deletions: now.deletions, lastRowId: now.lastRowId, lastFilingRowId: now.lastFilingRowId, version: 1, issuers: new Map(), cuts: new Map(),
  };
  addPurchases(state, readPurchases(db, p, issuerCik, 0, today));
  return state;
}

/**
 * Brings a view's state up to date with what was added since it was read; false when it must be
 * read again (a deletion, or an older amendment now amending a newly stored filing).
 */
function update(db: AppDatabase, state: ViewState, p: ClusterParams, issuerCik: string | undefined, today?: string): boolean {
  const sqlite = clientOf(db);
  const now = counters(db);
  if (now.deletions !== state.deletions) return false;
  state.version++;
  if (now.lastFilingRowId > state.lastFilingRowId && p.amendments === 'amended') {
    const relinked = sqlite
      .prepare('SELECT 1 FROM filings f WHERE f.rowid > ? AND EXISTS (SELECT 1 FROM filings af WHERE af.amends = f.accession AND af.rowid <= ?) LIMIT 1')
      .get(state.lastFilingRowId, state.lastFilingRowId);
    if (relinked) return false;
    // A new 4/A replaces its original's rows.
    const amended = new Set(
      sqlite.prepare('SELECT amends FROM filings WHERE rowid > ? AND amends IS NOT NULL').pluck().all(state.lastFilingRowId) as string[],
    );
    if (amended.size) {
      for (const issuer of state.issuers.values()) {
        const kept = issuer.purchases.filter((x) => !amended.has(x.accession));
        if (kept.length !== issuer.purchases.length) {
          issuer.purchases = kept;
          issuer.changed = state.version;
        }
      }
    }
  }
  if (now.lastRowId > state.lastRowId) addPurchases(state, readPurchases(db, p, issuerCik, state.lastRowId, today));
  // Rows that did not match the filters are not read again either.
  state.lastRowId = now.lastRowId;
  state.lastFilingRowId = now.lastFilingRowId;
  return true;
}

/** The view's clusters cut with p's insiders count and window: the issuers changed since the cut was last brought up to date are cut again. */
function cutOf(db: AppDatabase, state: ViewState, p: ClusterParams): Cut {
  const key = `${p.minInsiders}:${p.window}`;
  let known = state.cuts.get(key);
  if (!known) {
    known = { version: state.version, clusters: new Map() };
    cut(db, p, state.issuers.values(), known.clusters);
  } else if (known.version !== state.version) {
    const since = known.version;
    cut(db, p, [...state.issuers.values()].filter((issuer) => issuer.changed > since), known.clusters);
    known.version = state.version;
  }
  // Most recently used last.
  state.cuts.delete(key);
  state.cuts.set(key, known);
  while (state.cuts.size > MAX_CUTS) state.cuts.delete(state.cuts.keys().next().value!);
  return known;
}

/** The view's clusters (by issuer, each issuer's in date order), up to date. `key`: the view's filters of rows and the day its window ends. */
export function clusterGroups(db: AppDatabase, key: string, p: ClusterParams, issuerCik: string | undefined, today?: string): ClusterGroup[] {
  const sqlite = clientOf(db);
  let views = states.get(sqlite);
  if (!views) states.set(sqlite, (views = new Map()));
  let state = views.get(key);
  // Read before the snapshot below: a commit in between only makes the next request look again.
  const generation = generationOf(db);
  if (!state || state.generation !== generation) {
    const known = state;
    // One read transaction: the counters and the rows read are of the same snapshot.
    state = sqlite.transaction(() => (known && update(db, known, p, issuerCik, today) ? known : readAll(db, p, issuerCik, today)))();
  }
  state.generation = generation;
  // Most recently used last.
  views.delete(key);
  views.set(key, state);
  while (views.size > MAX_VIEWS) views.delete(views.keys().next().value!);
  const groups: ClusterGroup[] = [];
  const cut = sqlite.transaction(() => cutOf(db, state, p))();
  for (const [issuer, clusters] of cut.clusters) for (const purchases of clusters) groups.push({ issuerCik: issuer.purchases[0]!.issuerCik, purchases });
  return groups;
}
