import 'server-only';

const ROWS_PER_CHUNK = 500;

/** One column of an export: its header and its value for a row. */
export type CsvColumn<T> = { header: string; value: (row: T) => string | number | null };

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a spreadsheet
 * would run as a formula (=, +, @, or - not starting a number) gets a leading apostrophe.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+@\t\r]/.test(text) || /^-(?![\d.])/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** "Allied Motion Technologies, Inc." → "allied-motion-technologies-inc". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'section16';
}


/**
 * Any rows as CSV (RFC 4180 fields by csvLine), read while the client downloads, in chunks of 500
 * lines as the transactions export does: memory stays flat however many rows. `open` runs when
 * the download starts; `close` runs at the end or when the client goes away.
 */
export function streamCsv<T>(
  header: readonly string[],
  open: () => { rows: Iterator<T>; close: () => void },
  line: (row: T) => (string | number | null | undefined)[],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let source: ReturnType<typeof open> | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      source = open();
      controller.enqueue(encoder.encode(csvLine([...header])));
    },
    pull(controller) {
      if (!source) return;
      let chunk = '';
      for (let i = 0; i < ROWS_PER_CHUNK; i++) {
        const next = source.rows.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          source.close();
          return;
        }
        chunk += csvLine(line(next.value));
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      source?.close();
    },
  });
}

/** The headers of a CSV download that is read as it streams. */
export function csvHeaders(filename: string): HeadersInit {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
  };
}
