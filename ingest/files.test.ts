import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessionFromPath, normalizeAccession } from '../db/accession';
import { makeTempDir } from '../test/support/temp-db';
import { packDocument, unpackDocument } from '../db/document';
import { collectFiles, readDocument } from './files';
import { readText } from './read-document';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('section16-files-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectFiles', () => {
  it('walks directories recursively in name order, taking only .xml, .txt and .nc', () => {
    const root = path.join(dir, 'walk');
    for (const sub of ['b', 'a/deep', 'c']) mkdirSync(path.join(root, sub), { recursive: true });
    for (const file of ['b/2.xml', 'b/1.TXT', 'a/deep/9.nc', 'a/0.xml', 'c/readme.md', 'z.xml', 'c/image.png']) {
      writeFileSync(path.join(root, file), 'x');
    }
    symlinkSync(path.join(root, 'z.xml'), path.join(root, 'c', 'link.xml'));
    const { files, missing } = collectFiles([root]);
    expect(files.map((f) => path.relative(root, f))).toEqual(['a/0.xml', 'a/deep/9.nc', 'b/1.TXT', 'b/2.xml', 'c/link.xml', 'z.xml']);
    expect(missing).toEqual([]);
  });

  it('names files as path.join does, however the folder is spelled, and lists each once', () => {
    const root = path.join(dir, 'spelled');
    mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    for (const file of ['a/1.xml', 'a/b/2.xml']) writeFileSync(path.join(root, file), 'x');
    const relative = path.relative(process.cwd(), root);
    for (const spelled of [`${root}/`, `${root}//a/..`, relative, `./${relative}/`]) {
      expect(collectFiles([spelled]).files).toEqual(['a/1.xml', 'a/b/2.xml'].map((file) => path.join(spelled, file)));
    }
    // The same files reached through two spellings are listed once, as first reached.
    expect(collectFiles([`${root}/a/`, path.join(relative, 'a', 'b')]).files).toEqual([path.join(root, 'a', '1.xml'), path.join(root, 'a', 'b', '2.xml')]);
  });

  it('takes a file named directly whatever its extension, lists a file once, and reports missing paths', () => {
    const file = path.join(dir, 'named.dat');
    writeFileSync(file, 'x');
    const { files, missing } = collectFiles([file, file, path.join(dir, 'missing.xml')]);
    expect(files).toEqual([file]);
    expect(missing).toEqual([{ source: path.join(dir, 'missing.xml'), reason: 'no such file or directory' }]);
  });

  it('lists a file named directly and reached again through its folder once, as first reached, whichever comes first', () => {
    const root = path.join(dir, 'both');
    mkdirSync(path.join(root, 'sub'), { recursive: true });
    for (const file of ['1.xml', 'sub/2.xml', 'notes.dat']) writeFileSync(path.join(root, file), 'x');
    const one = path.join(root, 'sub', '2.xml');
    const dat = path.join(root, 'notes.dat');
    expect(collectFiles([one, root]).files).toEqual([one, path.join(root, '1.xml')]);
    expect(collectFiles([root, one]).files).toEqual([path.join(root, '1.xml'), one]);
    expect(collectFiles([root, `${path.join(root, 'sub')}/./2.xml`]).files).toEqual([path.join(root, '1.xml'), one]);
    // A file the walk does not take (not a filing's extension) is taken when named, after its folder too.
    expect(collectFiles([root, dat]).files).toEqual([path.join(root, '1.xml'), one, dat]);
  });

  it('sets data-set zips apart in the same walk when asked, named directly or in folders, in order', () => {
    const root = path.join(dir, 'zips');
    mkdirSync(path.join(root, 'q', 'older'), { recursive: true });
    for (const file of ['a.xml', 'q/2024q3_form345.zip', 'q/older/2006q1_form345.ZIP', 'q/b.txt']) writeFileSync(path.join(root, file), 'x');
    const named = path.join(dir, 'named_form345.zip');
    writeFileSync(named, 'x');
    const asked = collectFiles([root, named], { zips: true });
    expect(asked.files.map((f) => path.relative(root, f))).toEqual(['a.xml', 'q/b.txt']);
    expect(asked.zips).toEqual([path.join(root, 'q', '2024q3_form345.zip'), path.join(root, 'q', 'older', '2006q1_form345.ZIP'), named]);
    // Not asked: a zip in a folder is no filing file, and one named directly is taken like any file.
    const plain = collectFiles([root, named]);
    expect(plain.files.map((f) => path.relative(root, f))).toEqual(['a.xml', 'q/b.txt', path.relative(root, named)]);
    expect(plain.zips).toEqual([]);
  });
});

describe('readDocument', () => {
  it('reads UTF-8, and Latin-1 when the bytes are not UTF-8 (old filings), never U+FFFD', () => {
    const utf8 = path.join(dir, 'utf8.xml');
    const latin1 = path.join(dir, 'latin1.xml');
    writeFileSync(utf8, Buffer.from('<n>Société Générale</n>', 'utf8'));
    writeFileSync(latin1, Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><n>Société Générale</n>', 'latin1'));
    expect(readDocument(utf8)).toBe('<n>Société Générale</n>');
    expect(readDocument(latin1)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><n>Société Générale</n>');
  });

  it('reads each file whole and only it, whatever was read before (one buffer is reused between files)', () => {
    // A full submission with its exhibits can run to megabytes, past the 1 MiB read at first and
    // past the 16 MiB a thread keeps; an empty file reads as nothing, not as the last file's bytes.
    const sizes = { large: 3 * (1 << 20) + 17, huge: 17 * (1 << 20) + 5, small: 12, empty: 0 };
    const files = Object.entries(sizes).map(([name, size]) => {
      const file = path.join(dir, `${name}.txt`);
      const text = Buffer.alloc(size, `${name} 0123456789 `).toString('latin1');
      writeFileSync(file, text);
      return [file, text] as const;
    });
    for (const [file, text] of [...files, ...files.reverse()]) expect(readDocument(file)).toBe(text);
  });

  it('hands the compressor the bytes as read only when they are the text\'s UTF-8 (a byte-order mark left out)', () => {
    const cases = {
      'bom.xml': [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<n>Société</n>')]), '<n>Société</n>'],
      'plain.xml': [Buffer.from('<n>Société</n>'), '<n>Société</n>'],
      'latin1.xml': [Buffer.from('<n>Société</n>', 'latin1'), '<n>Société</n>'],
    } as const;
    for (const [name, [bytes, text]] of Object.entries(cases)) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const read = readText(file);
      expect(read.text).toBe(text);
      if (name === 'latin1.xml') expect(read.utf8).toBeNull();
      else expect(Buffer.from(read.utf8!).equals(Buffer.from(text))).toBe(true);
      // What is stored unpacks to the text, whichever form was packed.
      expect(unpackDocument(packDocument(read.utf8 ?? read.text))).toBe(text);
    }
  });

  it('fails on a file that is not there, as a read does', () => {
    expect(() => readDocument(path.join(dir, 'absent.xml'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('accessions', () => {
  it('come from corpus names, EDGAR submission names and EDGAR archive folders', () => {
    expect(accessionFromPath('/x/4_Tesla-Inc_0000899243-21-049992.xml')).toBe('0000899243-21-049992');
    expect(accessionFromPath('4-A_LAM-RESEARCH-CORP_0000707549-25-000004.xml')).toBe('0000707549-25-000004');
    expect(accessionFromPath('/s/0001127602-25-004598.nc')).toBe('0001127602-25-004598');
    expect(accessionFromPath('/edgar/data/46129/000124056913000005/form4.xml')).toBe('0001240569-13-000005');
    expect(accessionFromPath('000124056913000005/form4.xml')).toBe('0001240569-13-000005');
    expect(accessionFromPath('D:\\000124056913000005\\form4.xml')).toBe('0001240569-13-000005');
    expect(accessionFromPath('C:\\filings\\0001240569-13-000005.txt')).toBe('0001240569-13-000005');
  });

  it('are not guessed from names that do not hold one', () => {
    expect(accessionFromPath('3_SUNPOWER-CORP_759dec20a6.xml')).toBeNull();
    expect(accessionFromPath('seed-allied-motion-2013-form4.xml')).toBeNull();
    expect(accessionFromPath('/form4.xml')).toBeNull();
    expect(accessionFromPath('/x/1240569130000050/form4.xml')).toBeNull();
    expect(accessionFromPath('10001240569-13-000005.xml')).toBeNull();
    expect(accessionFromPath('/data/12345/form4.xml')).toBeNull();
  });

  it('are normalized from what a user types', () => {
    expect(normalizeAccession(' 0001240569-13-000005 ')).toBe('0001240569-13-000005');
    expect(normalizeAccession('000124056913000005')).toBe('0001240569-13-000005');
    expect(normalizeAccession('X0123456789ABCDEF0123')).toBe('x0123456789abcdef0123');
    expect(normalizeAccession('1240569-13-5')).toBeNull();
    expect(normalizeAccession("'; DROP TABLE filings; --")).toBeNull();
  });
});
