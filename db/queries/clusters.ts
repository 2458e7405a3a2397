import 'server-only';
import { and, asc, inArray, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingOwners, filingRows, issuers } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import type { Cluster, ClusterInsider, ClusterPage, OwnerBox, TradeIssuer } from '@/lib/domain/market-rows';
import { IS_PURCHASE, IS_TRANSACTION, resolveIssuerCik, tradeConditions, type TradeFilter } from '@/db/queries/trades-sql';
import type { ClusterParams } from '@/lib/trade-params';

export type { Cluster, ClusterPage };

// Cluster buys: an issuer where at least `minInsiders` distinct insiders bought on the open market
// (code P) within `window` days. Windows are taken greedily from each issuer's earliest purchase:
// a window holds the purchases up to `window` days after its first; when it has enough insiders it
// is a cluster and the next window starts after it, otherwise the next starts one purchase later.
// Insiders are distinct reporting owners, except that the owners of one filing (a joint filing: a
// fund, its general partner and its manager reporting one block) are one insider, and its lines
// count once.

type Purchase = {
  accession: string;
  issuerCik: string;
  transactionDate: string;
  shares: number | string | null;
  value: number | null;
  /** The filing's reporting owners' CIKs (read only for purchases that may be in a cluster). */
  ownerCiks: string[];
  /** Days since 1970 of the transaction date (windows compare these). */
  day: number;
};

type Owner = { accession: string; cik: string; name: string | null; roles: OwnerBox[]; officerTitle: string | null; otherText: string | null };

function readPurchases(db: AppDatabase, p: ClusterParams, issuerCik: string | undefined, today?: string) {
  // The value bounds apply to a cluster's total, and an owner asks for the clusters they are in:
  // neither narrows the purchases read.
  const filter: TradeFilter = { ...p, minValue: null, maxValue: null, owner: null };
  return db
    .select({
      accession: filingRows.accession,
      issuerCik: filingRows.issuerCik,
      transactionDate: sql<string>`${filingRows.transactionDate}`,
      shares: sql<number | string | null>`${filingRows.shares}`,
      value: filingRows.value,
    })
    .from(filingRows)
    .where(and(IS_TRANSACTION, IS_PURCHASE, sql`${filingRows.transactionDate} is not null`, ...tradeConditions(db, filter, issuerCik, today)))
    .all();
}

/** The reporting owners' CIKs of each filing, in chunks (SQLite allows 32,766 bound parameters). */
function readOwnerCiks(db: AppDatabase, accessions: string[]): Map<string, string[]> {
  const byFiling = new Map<string, string[]>();
  for (let i = 0; i < accessions.length; i += 10_000) {
    const rows = db
      .select({ accession: filingOwners.accession, cik: filingOwners.ownerCik })
      .from(filingOwners)
      .where(inArray(filingOwners.accession, accessions.slice(i, i + 10_000)))
      .all();
    for (const r of rows) {
      const list = byFiling.get(r.accession);
      if (list) list.push(r.cik);
      else byFiling.set(r.accession, [r.cik]);
    }
  }
  return byFiling;
}

function readOwners(db: AppDatabase, accessions: string[]): Map<string, Owner[]> {
  const byFiling = new Map<string, Owner[]>();
  // In chunks: SQLite allows 32,766 bound parameters.
  for (let i = 0; i < accessions.length; i += 10_000) {
    const rows = db
      .select()
      .from(filingOwners)
      .where(inArray(filingOwners.accession, accessions.slice(i, i + 10_000)))
      .orderBy(asc(filingOwners.accession), asc(filingOwners.position))
      .all();
    for (const o of rows) {
      const roles: OwnerBox[] = [];
      if (o.isDirector) roles.push('director');
      if (o.isOfficer) roles.push('officer');
      if (o.isTenPercentOwner) roles.push('tenPercentOwner');
      if (o.isOther) roles.push('other');
      const list = byFiling.get(o.accession) ?? [];
      list.push({ accession: o.accession, cik: o.ownerCik, name: o.name, roles, officerTitle: o.officerTitle, otherText: o.otherText });
      byFiling.set(o.accession, list);
    }
  }
  return byFiling;
}

/** Insiders among these purchases: owners of one filing are joined into one (union-find on CIKs). */
function countInsiders(group: readonly Purchase[]): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const purchase of group) {
    const ciks = purchase.ownerCiks;
    for (const cik of ciks) if (!parent.has(cik)) parent.set(cik, cik);
    for (const cik of ciks.slice(1)) parent.set(find(cik), find(ciks[0]!));
  }
  let roots = 0;
  for (const [cik] of parent) if (find(cik) === cik) roots++;
  return roots;
}

/**
 * An issuer's purchases (in date order) cut into clusters: see the rule at the top. `insiders`
 * counts a window's insiders, or (a first pass, before owners are read) a bound above it.
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

function numberOr0(v: number | string | null): number {
  return typeof v === 'number' ? v : 0;
}

function toCluster(group: Purchase[], owners: Map<string, Owner[]>, issuer: TradeIssuer): Cluster {
  const accessions = [...new Set(group.map((g) => g.accession))];
  const insiders = new Map<string, ClusterInsider>();
  for (const g of group) {
    for (const o of owners.get(g.accession) ?? []) {
      const known = insiders.get(o.cik);
      if (known) {
        if (!known.accessions.includes(g.accession)) known.accessions.push(g.accession);
      } else {
        insiders.set(o.cik, { cik: o.cik, name: o.name, roles: o.roles, officerTitle: o.officerTitle, otherText: o.otherText, accessions: [g.accession] });
      }
    }
  }
  const sum = (values: number[]) => Number(values.reduce((a, b) => a + b, 0).toPrecision(15));
  const byDate = [...group].sort((a, b) => (a.transactionDate < b.transactionDate ? 1 : a.transactionDate > b.transactionDate ? -1 : 0));
  return {
    issuer,
    insiders: [...insiders.values()],
    insiderCount: countInsiders(group),
    from: group[0]!.transactionDate,
    to: group[group.length - 1]!.transactionDate,
    trades: group.length,
    shares: sum(group.map((g) => numberOr0(g.shares))),
    value: sum(group.map((g) => g.value ?? 0)),
    accessions: [...new Set(byDate.map((g) => g.accession))],
  };
}

function computeClusters(db: AppDatabase, p: ClusterParams, today?: string): Cluster[] {
  const issuerCik = resolveIssuerCik(p, db);
  if (issuerCik === null) return [];
  const byIssuer = new Map<string, Purchase[]>();
  for (const row of readPurchases(db, p, issuerCik, today)) {
    const day = Date.parse(`${row.transactionDate}T00:00:00Z`) / 86_400_000;
    if (!Number.isFinite(day)) continue;
    const purchase: Purchase = { ...row, day, ownerCiks: [] };
    const list = byIssuer.get(row.issuerCik);
    if (list) list.push(purchase);
    else byIssuer.set(row.issuerCik, [purchase]);
  }
  // First by filings alone; owners are read only for the issuers that may have a cluster.
  const candidates: [string, Purchase[]][] = [];
  for (const [cik, list] of byIssuer) {
    if (list.length < p.minInsiders) continue;
    list.sort((a, b) => a.day - b.day || (a.accession < b.accession ? -1 : a.accession > b.accession ? 1 : 0));
    if (windows(list, p, filingCount).length) candidates.push([cik, list]);
  }
  const ownerCiks = readOwnerCiks(db, [...new Set(candidates.flatMap(([, list]) => list.map((x) => x.accession)))]);
  const groups: [string, Purchase[]][] = [];
  for (const [cik, list] of candidates) {
    for (const purchase of list) purchase.ownerCiks = ownerCiks.get(purchase.accession) ?? [];
    for (const group of windows(list, p, countInsiders)) groups.push([cik, group]);
  }
  // Names and roles only for the filings in a cluster.
  const owners = readOwners(db, [...new Set(groups.flatMap(([, group]) => group.map((g) => g.accession)))]);
  const ciks = [...new Set(groups.map(([cik]) => cik))];
  const issuerRows = ciks.length
    ? db.select({ cik: issuers.cik, name: issuers.name, ticker: issuers.ticker }).from(issuers).where(inArray(issuers.cik, ciks)).all()
    : [];
  const issuerOf = new Map(issuerRows.map((i) => [i.cik, i]));
  const clusters = groups.map(([cik, group]) => {
    const issuer = issuerOf.get(cik);
    return toCluster(group, owners, { cik, ticker: issuer?.ticker ?? null, name: issuer?.name ?? null });
  });
  return clusters.filter((c) => (p.minValue === null || c.value >= p.minValue) && (p.maxValue === null || c.value <= p.maxValue)
    && (p.owner === null || c.insiders.some((i) => i.cik === p.owner)));
}

const ORDER: Record<ClusterParams['sort'], (a: Cluster, b: Cluster) => number> = {
  date: (a, b) => cmp(a.to, b.to) || cmp(a.from, b.from),
  value: (a, b) => a.value - b.value,
  insiders: (a, b) => a.insiderCount - b.insiderCount || a.value - b.value,
};

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every cluster of the view, in its order (the CSV's rows; a page is a slice of them). */
export function listAllClusters(params: ClusterParams, options: { db?: AppDatabase; today?: string } = {}): Cluster[] {
  const db = options.db ?? getDb();
  const { sort: _s, dir: _d, page: _p, size: _z, format: _f, ...filters } = params;
  const key = JSON.stringify([filters, params.days === null ? null : (options.today ?? new Date().toISOString().slice(0, 10))]);
  const all = cached(db, `clusters:${key}`, () => computeClusters(db, params, options.today));
  const sign = params.dir === 'asc' ? 1 : -1;
  // Ties: the issuer's CIK, so pages never overlap.
  return [...all].sort((a, b) => sign * ORDER[params.sort](a, b) || cmp(a.issuer.cik, b.issuer.cik));
}

/** One page of cluster buys, newest first (by the last purchase) unless sorted otherwise, with the total. */
export function listClusters(params: ClusterParams, options: { db?: AppDatabase; today?: string } = {}): ClusterPage {
  const all = listAllClusters(params, options);
  const pageCount = Math.max(1, Math.ceil(all.length / params.size));
  const page = Math.min(Math.max(1, params.page), pageCount);
  return {
    clusters: all.slice((page - 1) * params.size, page * params.size),
    total: all.length,
    page,
    size: params.size,
    pageCount,
    sort: { key: params.sort, dir: params.dir },
  };
}
