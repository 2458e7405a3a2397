// The original document of each filing is kept so that a parser fix can re-parse everything. It is
// stored brotli-compressed: EDGAR's XML is verbose and compresses to about an eighth, which makes
// the database about a third of the size and ingest faster (fewer bytes to write and checkpoint)
// for what it costs to compress. Quality 0 halves the time of quality 1 (about 50 against 100 µs for
// an average corpus filing here) for a ratio of 8.0 instead of 8.6: ingest is the tighter budget.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/** The stored form of a document: its text, or the text's UTF-8 when already at hand (a file as read: no second encoding). */
export function packDocument(text: string | Uint8Array): Buffer {
  return brotliCompressSync(text, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 0,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
    },
  });
}

/** The document text from its stored form (compressed bytes; plain text in rows stored before compression). */
export function unpackDocument(stored: string | Uint8Array): string {
  if (typeof stored === 'string') return stored;
  return brotliDecompressSync(stored).toString('utf8');
}
