// The original document of each filing is kept so that a parser fix can re-parse everything. It is
// stored brotli-compressed: EDGAR's XML is verbose and compresses to about an eighth, which makes
// the database about a third of the size and ingest faster (fewer bytes to write and checkpoint)
// for the ~35 µs it costs to compress.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

export function packDocument(text: string): Buffer {
  return brotliCompressSync(text, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 1,
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
