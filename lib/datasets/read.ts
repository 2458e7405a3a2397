// A quarter's zip in, its filings out: pure (the bytes are passed in), one filing at a time.
import { isUtf8 } from 'node:buffer';
import { unzipSync } from 'fflate';
import type { ParsedFiling } from '../parser/types';
import { REQUIRED_COLUMNS, REQUIRED_TABLES, ROW_TABLES, TABLES, type RowTableName, type TableName } from './columns';
import { DatasetError } from './errors';
import { buildFiling, type FilingRefs, type FilingTables } from './filing';
import { ownershipXmlOf } from './ownership-xml';
import { readTable, scanRows, type RowRef, type Table } from './tsv';

export type DatasetEntry =
  /** `document` is the XML written from the rows, to be stored as the filing's document. */
  | { ok: true; accession: string; parsed: ParsedFiling; document: string }
  | { ok: false; accession: string | null; error: DatasetError };

export interface Dataset {
  /** Filings in SUBMISSION (each comes out of `entries()` once, loaded or failed). */
  count: number;
  /** What is wrong beyond single filings: missing tables, rows whose filing is missing, unreadable lines. */
  problems: DatasetError[];
  /** Each filing in SUBMISSION's order, built when asked for; or those from the `from`th to before the `to`th (a part of the work). */
  entries(from?: number, to?: number): Generator<DatasetEntry>;
}

/**
 * The SEC writes UTF-8; a file that is not is read as Latin-1 rather than with U+FFFD in it. Checked,
 * then decoded, by Buffer: a fatal TextDecoder took several times as long. (A byte-order mark stays:
 * readTable skips it.)
 */
function decode(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.toString(isUtf8(buffer) ? 'utf8' : 'latin1');
}

/** Table files by name: `SUBMISSION.tsv` at the zip's root or in a folder, in any case. */
function tableOf(path: string): TableName | null {
  const m = /(?:^|\/)([A-Z_]+)\.tsv$/i.exec(path);
  const name = m?.[1]?.toUpperCase();
  return name !== undefined && (TABLES as readonly string[]).includes(name) ? (name as TableName) : null;
}

/** Throws `not-a-dataset` for bytes that are not a zip or a zip without SUBMISSION and REPORTINGOWNER. */
export function readDataset(zip: Uint8Array): Dataset {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (file) => tableOf(file.name) !== null });
  } catch (error) {
    throw new DatasetError('not-a-dataset', `not a zip file (${error instanceof Error ? error.message : String(error)})`);
  }
  const texts = new Map<TableName, { file: string; text: string }>();
  for (const [path, bytes] of Object.entries(files)) {
    const name = tableOf(path)!;
    texts.set(name, { file: path.split('/').pop()!, text: decode(bytes) });
  }
  return datasetOfTables(texts);
}

/** The same from tables already read (file name and text per table): what `readDataset` unzips to. */
export function datasetOfTables(texts: ReadonlyMap<TableName, { file: string; text: string }>): Dataset {
  if (!texts.has('SUBMISSION')) {
    throw new DatasetError('not-a-dataset', texts.size === 0
      ? 'not an Insider Transactions Data Set: none of its tables (SUBMISSION.tsv, REPORTINGOWNER.tsv, ...) is in the zip'
      : 'not a whole data set: SUBMISSION.tsv is missing');
  }
  const problems: DatasetError[] = [];
  const tables = new Map<TableName, Table>();
  for (const name of TABLES) {
    const found = texts.get(name);
    if (found === undefined) {
      problems.push(new DatasetError('missing-table', REQUIRED_TABLES.includes(name)
        ? 'missing from the zip: no filing can be loaded without it'
        : 'missing from the zip: its filings are loaded without what it holds', `${name}.tsv`));
      continue;
    }
    try {
      const table = readTable(found.file, found.text);
      const lacking = REQUIRED_COLUMNS[name].filter((c) => !table.columns.has(c));
      if (lacking.length > 0) {
        problems.push(new DatasetError('missing-column', `the header has no ${lacking.join(', ')} column`, found.file, 1));
        continue;
      }
      tables.set(name, table);
    } catch (error) {
      if (error instanceof DatasetError) problems.push(error);
      else throw error;
    }
  }
  const submission = tables.get('SUBMISSION');
  const owners = tables.get('REPORTINGOWNER');
  if (submission === undefined || owners === undefined) return { count: 0, problems, entries: function* () {} };

  // SUBMISSION's rows in order; then every other row, filed under its filing.
  const order: string[] = [];
  const refs = new Map<string, FilingRefs>();
  const duplicates: { accession: string; ref: RowRef }[] = [];
  scanRows(submission, (accession, ref) => {
    if (refs.has(accession)) {
      duplicates.push({ accession, ref });
      return;
    }
    order.push(accession);
    refs.set(accession, { submission: ref, owners: [], rows: {}, footnotes: [], signatures: [] });
  });
  const file = (name: TableName, add: (r: FilingRefs, ref: RowRef) => void) => {
    const table = tables.get(name);
    if (table === undefined) return;
    scanRows(table, (accession, ref) => {
      const filing = refs.get(accession);
      if (filing !== undefined) add(filing, ref);
      else problems.push(new DatasetError('orphan-row', `filing '${accession}' is not in SUBMISSION`, table.file, ref.line));
    });
  };
  file('REPORTINGOWNER', (r, ref) => r.owners.push(ref));
  for (const name of Object.keys(ROW_TABLES) as RowTableName[]) file(name, (r, ref) => (r.rows[name] ??= []).push(ref));
  file('FOOTNOTES', (r, ref) => r.footnotes.push(ref));
  file('OWNER_SIGNATURE', (r, ref) => r.signatures.push(ref));

  const filingTables: FilingTables = {
    submission,
    owners,
    rows: Object.fromEntries((Object.keys(ROW_TABLES) as RowTableName[]).flatMap((n) => {
      const t = tables.get(n);
      return t === undefined ? [] : [[n, t]];
    })),
    footnotes: tables.get('FOOTNOTES'),
    signatures: tables.get('OWNER_SIGNATURE'),
  };

  return {
    count: order.length + duplicates.length,
    problems,
    *entries(from = 0, to = order.length + duplicates.length) {
      for (let i = from; i < Math.min(to, order.length); i++) {
        const accession = order[i]!;
        try {
          const filing = buildFiling(filingTables, refs.get(accession)!);
          const document = ownershipXmlOf(filing);
          // As the parser gives it: the ownershipDocument element alone (the store hashes it).
          const ownershipXml = document.slice(document.indexOf('<ownershipDocument>'), document.lastIndexOf('>') + 1);
          yield { ok: true, accession, parsed: { ...filing, ownershipXml }, document };
        } catch (error) {
          if (!(error instanceof DatasetError)) throw error;
          yield { ok: false, accession, error };
        }
      }
      for (let i = Math.max(from, order.length); i < Math.min(to, order.length + duplicates.length); i++) {
        const { accession, ref } = duplicates[i - order.length]!;
        yield { ok: false, accession, error: new DatasetError('malformed-line', `filing ${accession} is in SUBMISSION twice (first on line ${refs.get(accession)!.submission.line})`, submission.file, ref.line) };
      }
    },
  };
}
