// Screener rows (db/queries/trades-types.ts) in the shape the transactions table packs
// (components/table/table-rows.ts TransactionLine).
import type { TradeRow } from '@/lib/domain/market-rows';
import { lineValues } from '@/lib/domain/line-values';
import type { TransactionLine } from '@/components/table/table-rows';

export function toTransactionLines(rows: readonly TradeRow[]): TransactionLine[] {
  return rows.map((r) => ({
    id: r.id,
    accession: r.accession,
    formType: r.formType,
    filedAt: r.filedAt,
    issuerCik: r.issuer.cik,
    issuerName: r.issuer.name,
    issuerTicker: r.issuer.ticker,
    ownerCik: r.owner?.cik ?? null,
    ownerName: r.owner?.name ?? null,
    ownerCount: r.ownerCount,
    isDirector: r.owner?.roles.includes('director') ?? false,
    isOfficer: r.owner?.roles.includes('officer') ?? false,
    isTenPercentOwner: r.owner?.roles.includes('tenPercentOwner') ?? false,
    isOther: r.owner?.roles.includes('other') ?? false,
    officerTitle: r.owner?.officerTitle ?? null,
    otherText: r.owner?.otherText ?? null,
    table: r.isDerivative ? 'D' : 'N',
    kind: 'transaction',
    ...lineValues(r),
    ownershipChangePct: r.ownershipChangePct,
    pattern: r.pattern,
    patternReason: r.patternReason,
    daysLate: r.daysLate,
    flags: r.flags,
  }));
}
