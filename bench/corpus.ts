// Reads the shared corpus once into memory so that every benchmark times work, not disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const corpusDir = resolve(process.cwd(), '../shared/corpus');

export interface CorpusFile {
  name: string;
  path: string;
  text: string;
}

function readDir(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((f) => /\.(xml|txt|nc)$/i.test(f))
    .sort()
    .map((name) => ({ name, path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

export function loadCorpus(): { xml: CorpusFile[]; submissions: CorpusFile[] } | null {
  if (!existsSync(join(corpusDir, 'xml'))) return null;
  return { xml: readDir(join(corpusDir, 'xml')), submissions: readDir(join(corpusDir, 'submissions')) };
}
