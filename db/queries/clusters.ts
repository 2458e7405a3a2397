import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingOwners, issuers } from '@/db/schema';
import type { Cluster, ClusterInsider, ClusterPage, OwnerBox, TradeIssuer } from '@/lib/domain/market-rows';
import { resolveIssuerCik } from '@/db/queries/trades-sql';
import { clusterGroups, countInsiders, type ClusterGroup, type Purchase } from '@/db/queries/clusters-state';
import { clusterRowFilters, type ClusterParams } from '@/lib/trade-params';

export type { Cluster, ClusterPage };

// Cluster buys: an issuer where at least `minInsiders` distinct insiders bought on the open market
// (code P) within `window` days. Windows are taken greedily from each issuer's earliest purchase:
// a window holds the purchases up to `window` days after its first; when it has enough insiders it
// is a cluster and the next window starts after it, otherwise the next starts one purchase later.
// Insiders are distinct reporting owners, except that the owners of one filing (a joint filing: a
// fund, its general partner and its manager reporting one block) are one insider, and its lines
// count once.

type Owner = { accession: string; cik: string; name: string | null; roles: OwnerBox[]; officerTitle: string | null; otherText: string | null };

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

/** A cluster's figures (what the view filters and sorts on), its names and roles read later. */
type ClusterCore = {
  group: ClusterGroup;
  insiderCount: number;
  from: string;
  to: string;
  value: number;
};

const sum = (values: number[]) => Number(values.reduce((a, b) => a + b, 0).toPrecision(15));

/** Figures of each window kept (the state keeps a window's array until its issuer is cut again). */
const coresOf = new WeakMap<Purchase[], Omit<ClusterCore, 'group'>>();

function coreOf(group: ClusterGroup): ClusterCore {
  const known = coresOf.get(group.purchases);
  if (known) return { group, ...known };
  const core = figuresOf(group.purchases);
  coresOf.set(group.purchases, core);
  return { group, ...core };
}

function figuresOf(purchases: Purchase[]): Omit<ClusterCore, 'group'> {
  return {
    insiderCount: countInsiders(purchases),
    from: purchases[0]!.transactionDate,
    to: purchases[purchases.length - 1]!.transactionDate,
    value: sum(purchases.map((g) => g.value ?? 0)),
  };
}

/** Every cluster of the view (names not read), filtered on its total and insiders. */
function clusterCores(db: AppDatabase, p: ClusterParams, today?: string): ClusterCore[] {
  const issuerCik = resolveIssuerCik(p, db);
  if (issuerCik === null) return [];
  // Views differing only in what picks or cuts clusters share their purchases.
  const key = JSON.stringify([clusterRowFilters(p), p.days === null ? null : (today ?? new Date().toISOString().slice(0, 10))]);
  return clusterGroups(db, key, p, issuerCik, today)
    .map(coreOf)
    .filter((c) => (p.minValue === null || c.value >= p.minValue) && (p.maxValue === null || c.value <= p.maxValue)
      && (p.owner === null || c.group.purchases.some((x) => x.ownerCiks?.includes(p.owner!))));
}

/** Clusters with their insiders' names and roles and the issuer's name (read for these only). */
function toClusters(db: AppDatabase, cores: ClusterCore[]): Cluster[] {
  const owners = readOwners(db, [...new Set(cores.flatMap((c) => c.group.purchases.map((g) => g.accession)))]);
  const ciks = [...new Set(cores.map((c) => c.group.issuerCik))];
  const issuerRows = ciks.length
    ? db.select({ cik: issuers.cik, name: issuers.name, ticker: issuers.ticker }).from(issuers).where(inArray(issuers.cik, ciks)).all()
    : [];
  const issuerOf = new Map(issuerRows.map((i) => [i.cik, i]));
  return cores.map(({ group }) => {
    const issuer = issuerOf.get(group.issuerCik);
    return toCluster(group.purchases, owners, { cik: group.issuerCik, ticker: issuer?.ticker ?? null, name: issuer?.name ?? null });
  });
}

const ORDER: Record<ClusterParams['sort'], (a: ClusterCore, b: ClusterCore) => number> = {
  date: (a, b) => cmp(a.to, b.to) || cmp(a.from, b.from),
  value: (a, b) => a.value - b.value,
  insiders: (a, b) => a.insiderCount - b.insiderCount || a.value - b.value,
};

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedCores(params: ClusterParams, options: { db?: AppDatabase; today?: string }): [AppDatabase, ClusterCore[]] {
  const db = options.db ?? getDb();
  const cores = clusterCores(db, params, options.today);
  const sign = params.dir === 'asc' ? 1 : -1;
  // Ties: the issuer's CIK, then the first purchase, so pages never overlap.
  cores.sort((a, b) => sign * ORDER[params.sort](a, b) || cmp(a.group.issuerCik, b.group.issuerCik) || cmp(a.from, b.from));
  return [db, cores];
}

/** Every cluster of the view, in its order (the CSV's rows; a page is a slice of them). */
export function listAllClusters(params: ClusterParams, options: { db?: AppDatabase; today?: string } = {}): Cluster[] {
  const [db, cores] = sortedCores(params, options);
  return toClusters(db, cores);
}

/** One page of cluster buys, newest first (by the last purchase) unless sorted otherwise, with the total. */
export function listClusters(params: ClusterParams, options: { db?: AppDatabase; today?: string } = {}): ClusterPage {
  const [db, cores] = sortedCores(params, options);
  const pageCount = Math.max(1, Math.ceil(cores.length / params.size));
  const page = Math.min(Math.max(1, params.page), pageCount);
  return {
    clusters: toClusters(db, cores.slice((page - 1) * params.size, page * params.size)),
    total: cores.length,
    page,
    size: params.size,
    pageCount,
    sort: { key: params.sort, dir: params.dir },
  };
}
