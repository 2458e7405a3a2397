import 'server-only';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingOwners, filingRows, filings, issuers, type FilingRowRecord } from '@/db/schema';
import type { LatestFiling } from '@/db/queries/types';
import { ownerRelationshipColumns } from '@/db/owner-relationship';
import { lineAmountColumns } from '@/db/line-amounts';
import type { LineAmounts } from '@/lib/domain/line-values';
import { listReadableNames } from '@/db/queries/names-evidence';

type Line = Pick<FilingRowRecord, 'accession' | 'table' | 'kind'> & LineAmounts;

type Summary = Pick<LatestFiling, 'kind' | 'code' | 'acquiredDisposed' | 'shares' | 'pricePerShare' | 'value' | 'lines' | 'otherLines' | 'also'>;

const sameGroup = (a: Line, b: Line) =>
  a.table === b.table && a.kind === b.kind && a.code === b.code && a.acquiredDisposed === b.acquiredDisposed;

/** Lines of one table, kind, code and direction, in the order first filed. */
function groupLines(lines: Line[]): Line[][] {
  const groups: Line[][] = [];
  for (const line of lines) {
    const group = groups.find((g) => sameGroup(g[0]!, line));
    if (group) group.push(line);
    else groups.push([line]);
  }
  return groups;
}

/** Shares, value and average price of a group: sums when every line is a number, else the first line's. */
function total(group: Line[]): Pick<Summary, 'shares' | 'pricePerShare' | 'value'> & { summed: boolean } {
  const first = group[0]!;
  // A holding (Form 3, or a line of holdings) has no amount of its own: show what is held.
  if (first.kind === 'holding' || group.length === 1) {
    const shares = first.kind === 'holding' ? first.sharesOwnedAfter : first.shares;
    return { shares, pricePerShare: first.pricePerShare, value: first.value, summed: group.length === 1 };
  }
  if (!group.every((l) => typeof l.shares === 'number')) {
    return { shares: first.shares, pricePerShare: first.pricePerShare, value: first.value, summed: false };
  }
  const shares = group.reduce((sum, l) => sum + (l.shares as number), 0);
  const priced = group.every((l) => l.value !== null);
  const value = priced ? group.reduce((sum, l) => sum + (l.value as number), 0) : null;
  return { shares, pricePerShare: priced && shares > 0 ? (value as number) / shares : null, value, summed: true };
}

// An exercise or conversion is filed twice: the derivative given up (Table II) and the shares got
// (Table I). Counted once.
const BOTH_TABLES = new Set(['M', 'X', 'C', 'O']);

/** The lines besides the lead, counted by kind and code; open-market ones first, then as filed. */
function countByCode(lines: Line[], lead: Line, leadCount: number): Summary['also'] {
  const counts = new Map<string, { code: string | null; kind: Line['kind']; perTable: { N: number; D: number } }>();
  for (const l of lines) {
    const key = `${l.kind}:${l.code ?? ''}`;
    const entry = counts.get(key) ?? { code: l.code, kind: l.kind, perTable: { N: 0, D: 0 } };
    entry.perTable[l.table]++;
    counts.set(key, entry);
  }
  const also: Summary['also'] = [];
  for (const { code, kind, perTable } of counts.values()) {
    const total = code && BOTH_TABLES.has(code.toUpperCase()) ? Math.max(perTable.N, perTable.D) : perTable.N + perTable.D;
    const lines = total - (code === lead.code && kind === lead.kind ? leadCount : 0);
    if (lines > 0) also.push({ code, kind, lines });
  }
  return also.sort((a, b) => Number(b.code === 'P' || b.code === 'S') - Number(a.code === 'P' || a.code === 'S'));
}

const isOpenMarket = (g: Line[]) => g[0]!.table === 'N' && g[0]!.kind === 'transaction' && (g[0]!.code === 'P' || g[0]!.code === 'S');
const rank = (g: Line[]) => (g[0]!.kind === 'holding' ? 2 : g[0]!.table === 'N' ? 0 : 1);

/**
 * A filing in one line: its open-market purchases or sales (P, S) first, summed ("sold 41,200
 * shares in 23 lots for $41.2M"), else its first Table I transactions, then Table II, then
 * holdings; then what else it holds, counted by code ("also 1 option exercise").
 */
export function summarizeLines(lines: Line[]): Summary {
  const groups = groupLines(lines);
  const openMarket = groups.filter(isOpenMarket).sort((a, b) => (total(b).value ?? 0) - (total(a).value ?? 0));
  const lead = openMarket[0] ?? [...groups].sort((a, b) => rank(a) - rank(b))[0];
  if (!lead) {
    return { kind: null, code: null, acquiredDisposed: null, shares: null, pricePerShare: null, value: null, lines: 0, otherLines: 0, also: [] };
  }
  const { summed, ...amounts } = total(lead);
  const counted = summed ? lead.length : 1;
  const rest = lines.filter((l) => !(sameGroup(l, lead[0]!) && (summed || l === lead[0])));
  const also = countByCode(lines, lead[0]!, counted);
  const main = lead[0]!;
  return { kind: main.kind, code: main.code, acquiredDisposed: main.acquiredDisposed, ...amounts, lines: counted, otherLines: rest.length, also };
}

/** The newest filings (by filing date, or period of report where the filing date is unknown). */
export function listLatestFilings(limit = 25, db: AppDatabase = getDb()): LatestFiling[] {
  const heads = db
    .select({
      accession: filings.accession,
      formType: filings.formType,
      filedAt: filings.filingDate,
      issuerCik: filings.issuerCik,
      issuerName: sql<string | null>`coalesce(${issuers.name}, ${filings.issuerName})`,
      issuerTicker: sql<string | null>`coalesce(${issuers.ticker}, ${filings.issuerTicker})`,
    })
    .from(filings)
    .leftJoin(issuers, eq(issuers.cik, filings.issuerCik))
    .orderBy(sql`${filings.filingDate} desc nulls last`, sql`${filings.accession} desc`)
    .limit(Math.max(1, Math.min(limit, 200)))
    .all();
  if (heads.length === 0) return [];
  const accessions = heads.map((h) => h.accession);

  const ownerRows = db
    .select({
      accession: filingOwners.accession,
      ownerCik: filingOwners.ownerCik,
      name: filingOwners.name,
      ...ownerRelationshipColumns,
    })
    .from(filingOwners)
    .where(inArray(filingOwners.accession, accessions))
    .orderBy(asc(filingOwners.accession), asc(filingOwners.position))
    .all();
  const lines = db
    .select({
      accession: filingRows.accession,
      table: filingRows.table,
      kind: filingRows.kind,
      ...lineAmountColumns,
    })
    .from(filingRows)
    .where(inArray(filingRows.accession, accessions))
    .orderBy(asc(filingRows.accession), sql`${filingRows.table} desc`, asc(filingRows.position))
    .all();

  const ownersOf = (accession: string) => ownerRows.filter((o) => o.accession === accession);
  // The row names each filing's first owner.
  const names = listReadableNames(heads.flatMap((h) => ownersOf(h.accession).slice(0, 1).map((o) => ({ cik: o.ownerCik, name: o.name }))), db);
  return heads.map((head) => {
    const owners = ownersOf(head.accession);
    const first = owners[0];
    return {
      ...head,
      ownerCik: first?.ownerCik ?? null,
      ownerName: first?.name ?? null,
      ownerReadableName: first ? names.get(first.ownerCik, first.name) || null : null,
      ownerCount: owners.length,
      isDirector: !!first?.isDirector,
      isOfficer: !!first?.isOfficer,
      isTenPercentOwner: !!first?.isTenPercentOwner,
      isOther: !!first?.isOther,
      officerTitle: first?.officerTitle ?? null,
      otherText: first?.otherText ?? null,
      ...summarizeLines(lines.filter((l) => l.accession === head.accession)),
    };
  });
}
