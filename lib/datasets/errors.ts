// What can be wrong with a data set, named so a summary can say where: the table (its file) and
// the line, counted as a text editor counts them (the header is line 1).

export type DatasetErrorCode =
  | 'not-a-dataset' // not a zip, or a zip without the SEC's SUBMISSION table
  | 'missing-table' // one of the eight tables is not in the zip
  | 'missing-column' // a table's header lacks a column every row needs
  | 'orphan-row' // a row whose filing is not in SUBMISSION
  | 'malformed-line' // wrong number of fields, an unclosed quote, a date or number that is not one
  | 'invalid-filing'; // the rows make no Form 3/4/5 (no reporting owner, an unknown document type)

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly code: DatasetErrorCode,
    readonly detail: string,
    /** The table's file name as in the zip (`NONDERIV_TRANS.tsv`), when one table is at fault. */
    readonly table?: string,
    /** 1-based line of that table where the faulty row starts. */
    readonly line?: number,
  ) {
    super(table === undefined ? detail : line === undefined ? `${table}: ${detail}` : `${table} line ${line}: ${detail}`);
  }
}
