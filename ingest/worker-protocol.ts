// What the main thread and an ingest worker (worker-entry.ts) send each other: chunks of documents
// to read, parse and compress, and plain results back. The compressed documents of a chunk travel
// in one transferred buffer; errors travel as their fields and are built again on the main thread,
// so that a parse error is still a `ParseError` there.
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

export interface DocumentResult {
  /** The text read from the file (absent when the task carried its text). */
  text?: string;
  parsed?: ParsedFiling;
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
  text?: string;
  parsed?: ParsedFiling;
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

/** A chunk's results as the pipeline takes them (the compressed bytes as views of the one buffer). */
export function preparedFrom(result: ChunkResult): PreparedDocument[] {
  return result.documents.map((d) => ({
    text: d.text,
    parsed: d.parsed,
    packed: d.packedAt ? Buffer.from(result.packed, d.packedAt[0], d.packedAt[1]) : undefined,
    readError: d.readError ? errorFromData(d.readError) : undefined,
    parseError: d.parseError ? errorFromData(d.parseError) : undefined,
  }));
}
