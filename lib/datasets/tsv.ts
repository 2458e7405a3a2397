// The SEC's tab-separated tables: a header of column names, then one row a line. A field holding a
// double quote is written quoted with the quote doubled (`"a ""group"""`), as CSV does; a quoted
// field may hold a tab or a line break, so a row can span lines.
import { DatasetError } from './errors';

export interface Table {
  /** The file name in the zip, named in errors. */
  file: string;
  text: string;
  /** Column positions by header name. */
  columns: ReadonlyMap<string, number>;
  /** Offset of the first row after the header. */
  bodyStart: number;
}

/** A row's place in its table: where its text starts and the line it starts on. */
export interface RowRef {
  start: number;
  line: number;
}

export function readTable(file: string, text: string): Table {
  const body = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark before the header
  const eol = text.indexOf('\n', body);
  const headerEnd = eol === -1 ? text.length : eol;
  const header = text.slice(body, headerEnd).replace(/\r$/, '');
  if (header.trim() === '') throw new DatasetError('malformed-line', 'no header line', file, 1);
  const columns = new Map<string, number>();
  header.split('\t').forEach((name, i) => columns.set(name.trim().toUpperCase(), i));
  return { file, text, columns, bodyStart: eol === -1 ? text.length : eol + 1 };
}

/** The field count the header declares. */
export function width(table: Table): number {
  return table.columns.size;
}

/**
 * Walks the rows of a table without splitting them: calls `visit` with each row's accession (the
 * first field in the SEC's files; found by name otherwise) and its place. Rows are split when a filing is built, so a quarter's
 * millions of fields are never all held at once.
 */
export function scanRows(table: Table, visit: (key: string, ref: RowRef) => void): void {
  const { text } = table;
  const keyColumn = table.columns.get('ACCESSION_NUMBER') ?? 0;
  let at = table.bodyStart;
  let line = 2;
  // The next double quote: found once and reused while the rows pass it (searching from each row
  // for a quote that is rare would read the rest of the table each time).
  const quotes = { next: -1 };
  while (at < text.length) {
    const start = at;
    const startLine = line;
    const { end, lines } = rowEnd(text, at, quotes);
    at = end;
    line += lines;
    if (isBlank(text, start, end)) continue;
    const ref = { start, line: startLine };
    visit(keyColumn === 0 ? firstField(text, start, end) : keyOf(table, ref, keyColumn), ref);
  }
}

/** The first field, unquoted (the SEC's accession numbers never need quotes). */
function firstField(text: string, start: number, end: number): string {
  const tab = text.indexOf('\t', start);
  const keyEnd = tab === -1 || tab > end ? end : tab;
  return text.slice(start, keyEnd).replace(/[\r\n]+$/, '').trim();
}

/** The key of a row whose key column is not the first: the row split (a malformed row has none). */
function keyOf(table: Table, ref: RowRef, column: number): string {
  try {
    return (splitRow(table, ref)[column] ?? '').trim();
  } catch {
    return '';
  }
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13 && c !== 32) return false;
  }
  return true;
}

/** Where the row starting at `start` ends (after its line break) and how many line breaks it spans. */
function rowEnd(text: string, start: number, quotes: { next: number }): { end: number; lines: number } {
  const nl = text.indexOf('\n', start);
  const lineEnd = nl === -1 ? text.length : nl;
  if (quotes.next !== text.length && quotes.next < start) {
    const q = text.indexOf('"', start);
    quotes.next = q === -1 ? text.length : q;
  }
  const quote = quotes.next === text.length ? -1 : quotes.next;
  // No quote on the line: the common case, one line.
  if (quote === -1 || quote > lineEnd) return { end: nl === -1 ? text.length : nl + 1, lines: 1 };
  let lines = 0;
  let i = start;
  let fieldStart = true;
  let quoted = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else quoted = false;
      } else if (c === 10) lines++;
      continue;
    }
    if (c === 10) return { end: i + 1, lines: lines + 1 };
    if (c === 34 && fieldStart) quoted = true;
    fieldStart = c === 9;
  }
  // An unclosed quote runs to the end: reported when the row is split.
  return { end: i, lines: lines + 1 };
}

/** The fields of the row at `ref`, quotes undone. Throws a `malformed-line` error naming the line. */
export function splitRow(table: Table, ref: RowRef): string[] {
  const { text } = table;
  const fields: string[] = [];
  let i = ref.start;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      let value = '';
      let from = i + 1;
      let j = from;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) throw new DatasetError('malformed-line', `a quoted field of column ${fields.length + 1} is never closed`, table.file, ref.line);
        if (text.charCodeAt(q + 1) === 34) {
          value += text.slice(from, q + 1);
          from = j = q + 2;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      fields.push(value);
      const c = text.charCodeAt(i);
      if (c === 9) { i++; continue; }
      if (c === 13 && text.charCodeAt(i + 1) === 10) break;
      if (Number.isNaN(c) || c === 10) break;
      throw new DatasetError('malformed-line', `text after the closing quote of column ${fields.length}`, table.file, ref.line);
    }
    let end = i;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 9 || c === 10) break;
      end++;
    }
    const c = text.charCodeAt(end);
    let value = text.slice(i, end);
    if (c !== 9 && value.endsWith('\r')) value = value.slice(0, -1);
    fields.push(value);
    if (c !== 9) break;
    i = end + 1;
  }
  if (fields.length !== width(table)) {
    throw new DatasetError('malformed-line', `${fields.length} fields where the header has ${width(table)}`, table.file, ref.line);
  }
  return fields;
}
