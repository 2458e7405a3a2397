// What is done to a document before it is written, wherever it is done (a worker, or the writing
// thread itself): read it, parse it, compress it. Pure work: no database.
import { packDocument } from '../db/document';
import { parseFiling } from '../lib/parser/index';
import { type ReadText, readText } from './read-document';
import type { ParsedDocument, WorkerTask } from './worker-protocol';

export function prepareDocument(task: WorkerTask): ParsedDocument {
  let read: ReadText;
  try {
    read = task.text === undefined ? readText(task.file!) : { text: task.text, utf8: null };
  } catch (error) {
    return { readError: error as Error };
  }
  const { text, utf8 } = read;
  try {
    const parsed = parseFiling(text);
    // The bytes as read, compressed before anything else is read into their buffer.
    return { text, parsed, packed: packDocument(utf8 ?? text) };
  } catch (error) {
    return { text, parseError: error as Error };
  }
}
