// What the main thread and an ingest worker (worker-entry.ts) send each other: chunks of documents
// to read, parse and compress, and plain results back. The compressed documents of a chunk travel
// in one transferred buffer. The text of a document that parsed does not travel at all, nor its
// ownership XML where the text holds it: the writer seldom needs either (a filing stored under the
// accession already, a bare XML to hash), and then takes them from the compressed bytes. Nor do its
// footnotes, remarks and lines' footnote ids, which the store never reads (`StorableFiling`). Errors
// travel as their fields and are built again on the main thread, so that a parse error is still a
// `ParseError` there.
import { unpackDocument } from '../db/document';
import type { StorableFiling } from '../db/store';
import type { ParsedFiling, ParseErrorCode } from '../lib/parser/types';
import { ParseError } from '../lib/parser/types';

/** One document for a worker: a file to read, or a text already in hand (a download). */
export type WorkerTask = { file: string; text?: undefined } | { text: string; file?: undefined };

export interface TaskChunk {
  id: number;
  tasks: WorkerTask[];
}

/** An error as plain data: a `ParseError`'s fields, or a message with the errno code of a read error. */
export type ErrorData =
  | { kind: 'parse'; code: ParseErrorCode; detail: string; line?: number; column?: number }
  | { kind: 'error'; message: string; code?: string };

/** A parsed filing as sent: without its ownership XML when `xmlAt` says where the text holds it. */
type SentFiling = Omit<StorableFiling, 'ownershipXml'> & { ownershipXml?: string };

export interface DocumentResult {
  /** The text read from the file, when it did not parse (a filing that parsed has it compressed). */
  text?: string;
  parsed?: SentFiling;
  /** [start, end] of the ownership XML in the text, when it is not sent in `parsed`. */
  xmlAt?: [number, number];
  /** [offset, length] of the compressed document in the chunk's `packed` buffer. */
  packedAt?: [number, number];
  readError?: ErrorData;
  parseError?: ErrorData;
}

export interface ChunkResult {
  id: number;
  documents: DocumentResult[];
  packed: ArrayBuffer;
}

/** What the main thread takes from a result: the text, and the filing parsed and compressed, or why not. */
export interface PreparedDocument {
  /** The text as read (from a worker's result, unpacked from `packed` when first read). */
  readonly text?: string;
  parsed?: StorableFiling;
  packed?: Buffer;
  readError?: Error;
  parseError?: Error;
}

export function errorData(error: unknown): ErrorData {
  if (error instanceof ParseError) return { kind: 'parse', code: error.code, detail: error.detail, line: error.line, column: error.column };
  const code = error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return { kind: 'error', message: error instanceof Error ? error.message : String(error), code };
}

export function errorFromData(data: ErrorData): Error {
  if (data.kind === 'parse') return new ParseError(data.code, data.detail, data.line, data.column);
  return Object.assign(new Error(data.message), data.code === undefined ? {} : { code: data.code });
}

/** A document prepared where it was read: the filing whole, as parsed. */
export interface ParsedDocument extends PreparedDocument {
  parsed?: ParsedFiling;
}

/** A line as the store reads it: without its footnote ids. */
function storableLine<T extends { footnoteIds: unknown }>({ footnoteIds: _, ...line }: T): Omit<T, 'footnoteIds'> {
  return line;
}

/** Where `xml` (a slice of `text`, as the parser cuts it) is in the text; undefined when not found as a whole. */
function placeOf(xml: string, text: string): [number, number] | undefined {
  const at = text.indexOf(xml.slice(0, 64));
  // Compared as a slice (a memory compare: startsWith walks the characters, 40 times slower).
  return at >= 0 && text.slice(at, at + xml.length) === xml ? [at, at + xml.length] : undefined;
}

/**
 * A worker's results for a chunk (`prepared[i]` for `tasks[i]`), and the buffer to transfer: the
 * compressed documents copied into one buffer of its own (Node's small buffers share a pool, which
 * cannot be transferred).
 */
export function chunkResult(id: number, tasks: readonly WorkerTask[], prepared: readonly ParsedDocument[]): ChunkResult {
  let size = 0;
  for (const p of prepared) if (p.packed && p.parsed) size += p.packed.length;
  const bytes = new Uint8Array(size);
  let offset = 0;
  const documents = prepared.map((p, i): DocumentResult => {
    if (p.readError) return { readError: errorData(p.readError) };
    if (!p.parsed || !p.packed) {
      // The text goes back only when it was read here.
      return { text: tasks[i]!.text === undefined ? p.text : undefined, parseError: p.parseError && errorData(p.parseError) };
    }
    bytes.set(p.packed, offset);
    const packedAt: [number, number] = [offset, p.packed.length];
    offset += p.packed.length;
    const { ownershipXml, footnotes: _footnotes, remarks: _remarks, nonDerivative, derivative, ...filing } = p.parsed;
    const xmlAt = placeOf(ownershipXml, p.text!);
    const lines = { nonDerivative: nonDerivative.map(storableLine), derivative: derivative.map(storableLine) };
    return { parsed: xmlAt ? { ...filing, ...lines } : { ...filing, ...lines, ownershipXml }, xmlAt, packedAt };
  });
  return { id, documents, packed: bytes.buffer };
}

/** A chunk's results as the pipeline takes them (the compressed bytes as views of the one buffer). */
export function preparedFrom(result: ChunkResult): PreparedDocument[] {
  return result.documents.map((d): PreparedDocument => {
    const readError = d.readError ? errorFromData(d.readError) : undefined;
    const parseError = d.parseError ? errorFromData(d.parseError) : undefined;
    if (!d.parsed || !d.packedAt) return { text: d.text, readError, parseError };
    const packed = Buffer.from(result.packed, d.packedAt[0], d.packedAt[1]);
    let text: string | undefined;
    const prepared = {
      get text() {
        return (text ??= unpackDocument(packed));
      },
      parsed: d.parsed as StorableFiling,
      packed,
    };
    if (d.xmlAt) {
      const [start, end] = d.xmlAt;
      let xml: string | undefined;
      Object.defineProperty(d.parsed, 'ownershipXml', { get: () => (xml ??= prepared.text.slice(start, end)), enumerable: true, configurable: true });
    }
    return prepared;
  });
}
