// What the transactions island receives: the fields its cells show and nothing else. What a filing's
// rows share (form, date, owner or issuer, roles) goes once per filing, and each row goes as a short
// array of its values in ROW_FIELDS order, a text the row above has too (the date, the security, the
// code) as 0 or, at the end, left out: the props are written into the page's HTML beside the rendered
// table, so their size is paid on every page view. The rows go as one JSON text: the RSC payload
// serializes and parses an array value by value (a call each, both ways), a string at once.
import type { Roles } from '@/lib/domain/filing-json';
import { lineValues, type LineValues } from '@/lib/domain/line-values';
import type { SuspectFlag } from '@/lib/domain/suspect-values';
import type { TradingPattern } from '@/lib/domain/trading-pattern';

/** A query's transaction row, as far as the table reads it (db/queries/types.ts TransactionRow). */
export type TransactionLine = Roles & LineValues & {
  id: number;
  accession: string;
  formType: string;
  filedAt: string | null;
  issuerCik: string;
  issuerName: string | null;
  issuerTicker: string | null;
  ownerCik: string | null;
  ownerName: string | null;
  /** The owner's name as readers see it, decided from their filings (db/queries/names-evidence), where the page looked it up. */
  ownerReadableName?: string | null;
  ownerCount: number;
  table: string;
  kind: string;
  /** The screener's change in the holding, in percent (db/queries/trades-types.ts). */
  ownershipChangePct?: number | null;
  /** The signals (db/queries/types.ts RowSignals), where the query selected them. */
  pattern?: TradingPattern | null;
  patternReason?: string | null;
  daysLate?: number | null;
  flags?: readonly SuspectFlag[];
};

/** A filing as the table shows it. Absent fields were not filed (null in the query's row). */
export type TableFiling = Partial<Roles> & {
  accession: string;
  formType: string;
  filedAt?: string;
  /** Issuer pages: the reporting owner shown for the filing, by the name as filed when it has no readable one. */
  ownerCik?: string;
  ownerName?: string;
  ownerReadableName?: string;
  /** Reporting owners on the filing, when more than one (a joint filing). */
  ownerCount?: number;
  /** Person pages: the issuer. */
  issuerCik?: string;
  issuerName?: string;
  issuerTicker?: string;
};

/** One line of Table I or II; `filing` indexes the filings sent with the rows. Its line values only where filed. */
export type TableRow = { [K in keyof LineValues]?: NonNullable<LineValues[K]> } & {
  id: number;
  filing: number;
  derivative?: true;
  holding?: true;
  ownChange?: number;
  /** Routine or opportunistic (unclassified trades carry none: nothing to show) and why. */
  pattern?: Exclude<TradingPattern, 'unclassified'>;
  patternReason?: string;
  /** Business days late, only when late. */
  daysLate?: number;
  /** Suspect values, as stored ("price-outlier,value-over-10b"). */
  flags?: string;
};

/** The order of a packed row's values: the texts rows repeat after the amounts, so that a row's end is mostly cut. */
const ROW_FIELDS = [
  'id', 'filing', 'shares', 'pricePerShare', 'value', 'sharesOwnedAfter',
  'transactionDate', 'securityTitle', 'code', 'acquiredDisposed', 'directOrIndirect',
  'derivative', 'holding', 'ownChange', 'pattern', 'patternReason', 'daysLate', 'flags',
] as const satisfies readonly (keyof TableRow)[];

/** Text fields sent as 0 when the row above has the same (rows of one filing mostly do), and left out at the row's end. */
const REPEATED = new Set<keyof TableRow>(['transactionDate', 'securityTitle', 'code', 'acquiredDisposed', 'directOrIndirect']);
const SAME_AS_ABOVE = 0;

/**
 * A row's values in ROW_FIELDS order: null where not filed, 0 for a text as above; cut after its last
 * other value, so a missing repeated text is the row above's and any other missing value not filed.
 */
export type PackedRow = (string | number | true | null)[];

/** `rows`: the JSON text of the PackedRow array. */
export type TableRows = { filings: TableFiling[]; rows: string };

/** A row with its filing put back: what the cells read. */
export type FiledRow = TableRow & { f: TableFiling };

function isPresent(value: unknown): boolean {
  return value !== null && value !== undefined && value !== false;
}

/** `target` with the entries of `source` that are set (RSC writes out nulls and falses, not missing keys). */
function present<T extends object>(target: T, source: Record<string, unknown>): T {
  for (const [key, value] of Object.entries(source)) {
    if (isPresent(value)) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

function packRow(row: TableRow, above: TableRow | undefined): PackedRow {
  const values: PackedRow = ROW_FIELDS.map((field) => {
    const value = row[field];
    // Both without it is the same too: a repeated text sent as null says the row above had one.
    if (REPEATED.has(field) && above?.[field] === value) return SAME_AS_ABOVE;
    return isPresent(value) ? value! : null;
  });
  // What a cut end reads back as (unpackRow): not filed, or for a repeated text the row above's.
  const cut = (i: number) => values[i] === (REPEATED.has(ROW_FIELDS[i]!) ? SAME_AS_ABOVE : null);
  while (values.length > 0 && cut(values.length - 1)) values.pop();
  return values;
}

/** A packed row back as a TableRow, given the row above it unpacked (on the client, before TanStack Table gets them). */
export function unpackRow(values: PackedRow, above?: TableRow): TableRow {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < ROW_FIELDS.length; i++) {
    const field = ROW_FIELDS[i]!;
    const value = i < values.length ? values[i] : REPEATED.has(field) ? SAME_AS_ABOVE : null;
    const shown = REPEATED.has(field) && value === SAME_AS_ABOVE ? above?.[field] : value;
    if (isPresent(shown)) row[field] = shown;
  }
  return row as TableRow;
}

/** The rows as sent (TableRows), back as rows with their filings, in order. */
export function unpackRows({ filings, rows }: TableRows): FiledRow[] {
  const out: FiledRow[] = [];
  let above: TableRow | undefined;
  for (const values of JSON.parse(rows) as PackedRow[]) {
    const row = unpackRow(values, above) as FiledRow;
    row.f = filings[row.filing]!;
    out.push(row);
    above = row;
  }
  return out;
}

/** The table shows values in whole dollars (lib/format formatDollars): sent so, rounded half away from zero as it rounds. */
function wholeDollars(value: number | null): number | null {
  return value === null ? null : Math.sign(value) * Math.round(Math.abs(value));
}

type Variant = 'issuer' | 'person' | 'market';

// Packed once per rows array: a page keeps its query's rows until the database changes
// (db/queries/cache.ts), and the same array comes back for every request until then.
const packedOf = new WeakMap<readonly TransactionLine[], Partial<Record<Variant, TableRows>>>();

/**
 * The query's rows as the island takes them: issuer pages name each row's owner, person pages its
 * issuer, the market screener both. The rows are read, never changed: the same array gets the same packing.
 */
export function toTableRows(rows: readonly TransactionLine[], variant: Variant): TableRows {
  let byVariant = packedOf.get(rows);
  if (!byVariant) packedOf.set(rows, (byVariant = {}));
  return (byVariant[variant] ??= packRows(rows, variant));
}

function packRows(rows: readonly TransactionLine[], variant: Variant): TableRows {
  const filings: TableFiling[] = [];
  const indexOf = new Map<string, number>();
  let above: TableRow | undefined;
  const packed = rows.map((r) => {
    // Rows of one filing usually show the same owner; when they do not (an insider filtered on), they
    // get a filing each. What the filing entry holds follows from its accession and its owner.
    const key = `${r.accession}\n${r.ownerCik ?? ''}\n${r.ownerName ?? ''}\n${r.ownerReadableName ?? ''}`;
    let index = indexOf.get(key);
    if (index === undefined) {
      index = filings.push(present<TableFiling>({ accession: r.accession, formType: r.formType }, {
        filedAt: r.filedAt,
        ...(variant !== 'person'
          // The name as filed only where no readable one was looked up: the cell shows one of them.
          ? { ownerCik: r.ownerCik, ownerName: r.ownerReadableName ? null : r.ownerName, ownerReadableName: r.ownerReadableName, ownerCount: r.ownerCount > 1 ? r.ownerCount : null }
          : {}),
        ...(variant !== 'issuer' ? { issuerCik: r.issuerCik, issuerName: r.issuerName, issuerTicker: r.issuerTicker } : {}),
        isDirector: r.isDirector,
        isOfficer: r.isOfficer,
        isTenPercentOwner: r.isTenPercentOwner,
        isOther: r.isOther,
        officerTitle: r.officerTitle,
        otherText: r.otherText,
      })) - 1;
      indexOf.set(key, index);
    }
    const row = present<TableRow>({ id: r.id, filing: index }, {
      derivative: r.table === 'D',
      holding: r.kind === 'holding',
      ...lineValues(r),
      value: wholeDollars(r.value),
      ownChange: r.ownershipChangePct,
      ...(r.pattern && r.pattern !== 'unclassified' ? { pattern: r.pattern, patternReason: r.patternReason } : {}),
      daysLate: r.daysLate && r.daysLate > 0 ? r.daysLate : null,
      flags: r.flags?.length ? r.flags.join(',') : null,
    });
    const values = packRow(row, above);
    above = row;
    return values;
  });
  return { filings, rows: JSON.stringify(packed) };
}
