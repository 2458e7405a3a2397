// What the main thread and an ingest worker (worker-entry.ts) send each other: chunks of documents
// to read, parse and compress, and plain results back. The compressed documents of a chunk travel
// in one transferred buffer, each parsed filing as a flat array (filing-wire.ts). The text of a
// document that parsed does not travel at all, nor its ownership XML where the text holds it: the
// writer seldom needs either (a filing stored under the accession already, a bare XML to hash), and
// then takes them from the compressed bytes. Nor do its footnotes, remarks and lines' footnote ids,
// which the store never reads (`StorableFiling`). Errors travel as their fields and are built again
// on the main thread, so that a parse error is still a `ParseError` there (and a data set's a `DatasetError`).
import type { StorableFiling } from '../db/store';
import { DatasetError, type DatasetErrorCode } from '../lib/datasets/errors';
import type { ParsedFiling, ParseErrorCode } from '../lib/parser/types';
import { ParseError } from '../lib/parser/types';
import { encodeFiling, type FilingWire } from './filing-wire';
import { packedDocument } from './packed-document';

/** One document for a worker: a file to read, or a text already in hand (a download). */
export type WorkerTask = { file: string; text?: undefined } | { text: string; file?: undefined };

export interface TaskChunk {
  id: number;
  tasks: WorkerTask[];
}

/** An error as plain data: a `ParseError`'s fields, or a message with the errno code of a read error. */
export type ErrorData =
  | { kind: 'parse'; code: ParseErrorCode; detail: string; line?: number; column?: number }
  | { kind: 'dataset'; code: DatasetErrorCode; detail: string; table?: string; line?: number }
  | { kind: 'error'; message: string; code?: string };

export interface DocumentResult {
  /** The text read from the file, when it did not parse (a filing that parsed has it compressed). */
  text?: string;
  /** The filing as parsed, flattened (filing-wire.ts), without its ownership XML. */
  filing?: FilingWire;
  /** [start, end] of the ownership XML in the text; or the XML itself, where the text does not hold it as a whole. */
  xmlAt?: [number, number];
  ownershipXml?: string;
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
  if (error instanceof DatasetError) return { kind: 'dataset', code: error.code, detail: error.detail, table: error.table, line: error.line };
  const code = error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return { kind: 'error', message: error instanceof Error ? error.message : String(error), code };
}

export function errorFromData(data: ErrorData): Error {
  if (data.kind === 'parse') return new ParseError(data.code, data.detail, data.line, data.column);
  if (data.kind === 'dataset') return new DatasetError(data.code, data.detail, data.table, data.line);
  return Object.assign(new Error(data.message), data.code === undefined ? {} : { code: data.code });
}

/** A document prepared where it was read: the filing whole, as parsed. */
export interface ParsedDocument extends PreparedDocument {
  parsed?: ParsedFiling;
}

/** Where `xml` (a slice of `text`, as the parser cuts it) is in the text; undefined when not found as a whole. */
function placeOf(xml: string, text: string): [number, number] | undefined {
  const at = text.indexOf(xml.slice(0, 64));
  // Compared as a slice (a memory compare: startsWith walks the characters, 40 times slower).
  return at >= 0 && text.slice(at, at + xml.length) === xml ? [at, at + xml.length] : undefined;
}

/**
 * A worker's results for a chunk, each task prepared by `prepare` in turn, and the buffer to
 * transfer: the compressed documents copied into one buffer of its own (Node's small buffers share a
 * pool, which cannot be transferred). Each document's text is let go before the next is read: a
 * chunk's texts held till its end lived through the worker's minor GCs, copied each time.
 */
export function chunkResult(id: number, tasks: readonly WorkerTask[], prepare: (task: WorkerTask) => ParsedDocument): ChunkResult {
  const packs: Buffer[] = [];
  let size = 0;
  const documents = tasks.map((task): DocumentResult => {
    const p = prepare(task);
    if (p.readError) return { readError: errorData(p.readError) };
    if (!p.parsed || !p.packed) {
      // The text goes back only when it was read here.
      return { text: task.text === undefined ? p.text : undefined, parseError: p.parseError && errorData(p.parseError) };
    }
    const packedAt: [number, number] = [size, p.packed.length];
    packs.push(p.packed);
    size += p.packed.length;
    const { ownershipXml } = p.parsed;
    const xmlAt = placeOf(ownershipXml, p.text!);
    return { filing: encodeFiling(p.parsed), xmlAt, ownershipXml: xmlAt ? undefined : ownershipXml, packedAt };
  });
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const pack of packs) {
    bytes.set(pack, offset);
    offset += pack.length;
  }
  return { id, documents, packed: bytes.buffer };
}

/** A chunk's results as the pipeline takes them (the compressed bytes as views of the one buffer). */
export function preparedFrom(result: ChunkResult): PreparedDocument[] {
  return result.documents.map((d): PreparedDocument => {
    const readError = d.readError ? errorFromData(d.readError) : undefined;
    const parseError = d.parseError ? errorFromData(d.parseError) : undefined;
    if (!d.filing || !d.packedAt) return { text: d.text, readError, parseError };
    return packedDocument(result.packed, d.packedAt, d.filing, d.xmlAt ?? d.ownershipXml!);
  });
}
