// Lines of Tables I and II: each `<…Transaction>` or `<…Holding>` element becomes a typed row, every
// value as filed with the footnotes on it.
import type { XmlElement } from './xml';
import { textOf } from './xml-text';
import { filedBoolean, filedDate, filedNumber, filedText } from './values';
import type { DerivativeRow, NonDerivativeRow, RowField } from './types';
import { text } from './elements';

type ValueKind = 'text' | 'number' | 'date';

/** Elements that hold one value (in `<value>`, or as their own text) plus footnote references. */
const VALUE_FIELDS: Readonly<Record<string, readonly [RowField, ValueKind]>> = {
  securityTitle: ['securityTitle', 'text'],
  transactionDate: ['transactionDate', 'date'],
  deemedExecutionDate: ['deemedExecutionDate', 'date'],
  transactionTimeliness: ['timeliness', 'text'],
  transactionShares: ['shares', 'number'],
  transactionTotalValue: ['totalValue', 'number'],
  transactionPricePerShare: ['pricePerShare', 'number'],
  transactionAcquiredDisposedCode: ['acquiredDisposed', 'text'],
  sharesOwnedFollowingTransaction: ['sharesOwnedAfter', 'number'],
  valueOwnedFollowingTransaction: ['valueOwnedAfter', 'number'],
  directOrIndirectOwnership: ['directOrIndirect', 'text'],
  natureOfOwnership: ['natureOfOwnership', 'text'],
  conversionOrExercisePrice: ['conversionOrExercisePrice', 'number'],
  exerciseDate: ['exerciseDate', 'date'],
  expirationDate: ['expirationDate', 'date'],
  underlyingSecurityTitle: ['underlyingTitle', 'text'],
  underlyingSecurityShares: ['underlyingShares', 'number'],
  underlyingSecurityValue: ['underlyingValue', 'number'],
};

/**
 * Where a footnote goes when it is placed on a container instead of on one of its fields. Each
 * container maps to the field that stands for the whole column group on the printed form:
 * - `transactionAmounts` → `shares` (column "Amount"; `totalValue` when the row files a value
 *   instead of shares), since the amount is what such notes explain (how it was computed, ranges);
 * - `postTransactionAmounts` → `sharesOwnedAfter` (`valueOwnedAfter` likewise);
 * - `ownershipNature` → `natureOfOwnership`, the column that explains ownership in words;
 * - `underlyingSecurity` → `underlyingTitle`, the first cell of the "Title and Amount" column;
 * - `transactionCoding` → `code`;
 * - a footnote directly in the row → `securityTitle`, the cell that names the row.
 */
function containerField(container: string, row: NonDerivativeRow | DerivativeRow): RowField {
  switch (container) {
    case 'transactionAmounts':
      return row.shares === null && row.totalValue !== null ? 'totalValue' : 'shares';
    case 'postTransactionAmounts':
      return row.sharesOwnedAfter === null && row.valueOwnedAfter !== null ? 'valueOwnedAfter' : 'sharesOwnedAfter';
    case 'ownershipNature':
      return 'natureOfOwnership';
    case 'underlyingSecurity':
      return 'underlyingTitle';
    case 'transactionCoding':
      return 'code';
    default:
      return 'securityTitle';
  }
}

function addFootnote(row: NonDerivativeRow, field: RowField, id: string | null): void {
  if (id === null) return;
  const ids = row.footnoteIds[field];
  if (ids === undefined) row.footnoteIds[field] = [id];
  else ids.push(id);
}

// Rows are built as complete literals so that every row of a kind shares one object shape. The
// Table I fields are written twice on purpose: a derivative row spread from a Table I row is many
// times slower to build, and the row types make the compiler check both lists.
function newRow(kind: 'transaction' | 'holding', derivative: boolean): NonDerivativeRow | DerivativeRow {
  if (derivative) {
    const d: DerivativeRow = {
      kind,
      securityTitle: null,
      transactionDate: null,
      deemedExecutionDate: null,
      formType: null,
      code: null,
      equitySwapInvolved: null,
      timeliness: null,
      shares: null,
      totalValue: null,
      pricePerShare: null,
      acquiredDisposed: null,
      sharesOwnedAfter: null,
      valueOwnedAfter: null,
      directOrIndirect: null,
      natureOfOwnership: null,
      footnoteIds: {},
      conversionOrExercisePrice: null,
      exerciseDate: null,
      expirationDate: null,
      underlyingTitle: null,
      underlyingShares: null,
      underlyingValue: null,
    };
    return d;
  }
  const row: NonDerivativeRow = {
    kind,
    securityTitle: null,
    transactionDate: null,
    deemedExecutionDate: null,
    formType: null,
    code: null,
    equitySwapInvolved: null,
    timeliness: null,
    shares: null,
    totalValue: null,
    pricePerShare: null,
    acquiredDisposed: null,
    sharesOwnedAfter: null,
    valueOwnedAfter: null,
    directOrIndirect: null,
    natureOfOwnership: null,
    footnoteIds: {},
  };
  return row;
}

/** Fills `row` from the children of `el`, descending into containers. */
function fillRow(s: string, el: XmlElement, row: NonDerivativeRow): void {
  const children = el.children;
  if (children === null) return;
  // Container footnotes are resolved after the container's fields, so that the choice between
  // shares and total value can see which one was filed.
  let pending: string[] | null = null;
  for (const child of children) {
    const name = child.name;
    const spec = VALUE_FIELDS[name];
    if (spec !== undefined) {
      const [field, kind] = spec;
      let raw: string | null = null;
      const grand = child.children;
      if (grand === null) raw = textOf(s, child);
      else {
        for (const g of grand) {
          if (g.name === 'value') raw = textOf(s, g);
          else if (g.name === 'footnoteId') addFootnote(row, field, g.id);
        }
      }
      (row as unknown as Record<string, unknown>)[field] =
        kind === 'number' ? filedNumber(raw) : kind === 'date' ? filedDate(raw) : filedText(raw);
      continue;
    }
    switch (name) {
      case 'transactionCoding': {
        const coding = child.children;
        if (coding === null) break;
        for (const g of coding) {
          if (g.name === 'transactionFormType') row.formType = text(s, g);
          else if (g.name === 'transactionCode') row.code = text(s, g);
          else if (g.name === 'equitySwapInvolved') row.equitySwapInvolved = filedBoolean(text(s, g));
          else if (g.name === 'footnoteId') addFootnote(row, 'code', g.id);
        }
        break;
      }
      case 'transactionAmounts':
      case 'postTransactionAmounts':
      case 'ownershipNature':
      case 'underlyingSecurity':
        fillRow(s, child, row);
        break;
      case 'footnoteId':
        if (child.id !== null) (pending ??= []).push(child.id);
        break;
    }
  }
  if (pending !== null) {
    const field = containerField(el.name, row);
    for (const id of pending) addFootnote(row, field, id);
  }
}

export function parseTable(s: string, table: XmlElement, derivative: boolean, out: NonDerivativeRow[]): void {
  for (const el of table.children ?? []) {
    const name = el.name;
    let kind: 'transaction' | 'holding';
    if (name === 'nonDerivativeTransaction' || name === 'derivativeTransaction') kind = 'transaction';
    else if (name === 'nonDerivativeHolding' || name === 'derivativeHolding') kind = 'holding';
    else continue;
    const row = newRow(kind, derivative);
    fillRow(s, el, row);
    out.push(row);
  }
}
