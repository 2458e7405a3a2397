// What is done to a document before it is written, wherever it is done (a worker, or the writing
// thread itself): read it, parse it, compress it. Pure work: no database.
import { packDocument } from '../db/document';
import { parseFiling } from '../lib/parser/index';
import { readDocument } from './read-document';
import type { ParsedDocument, WorkerTask } from './worker-protocol';

export function prepareDocument(task: WorkerTask): ParsedDocument {
  let text: string;
  try {
    text = task.text ?? readDocument(task.file!);
  } catch (error) {
    return { readError: error as Error };
  }
  try {
    const parsed = parseFiling(text);
    return { text, parsed, packed: packDocument(text) };
  } catch (error) {
    return { text, parseError: error as Error };
  }
}
