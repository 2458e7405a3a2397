import { readFileSync } from 'node:fs';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A filing's text. EDGAR filings are UTF-8 or ASCII, but old ones can be Latin-1
 * (`encoding="ISO-8859-1"`): bytes that are not valid UTF-8 are read as Latin-1 rather than
 * turned into U+FFFD. A binary file still reads as text here and the parser rejects it.
 */
export function readDocument(file: string): string {
  const bytes = readFileSync(file);
  try {
    return decoder.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}
