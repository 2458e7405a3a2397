// The zip reader with Node's zlib gives what fflate gives, and leaves to fflate what it does not read.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipFiles } from './unzip';

const files = { 'SUBMISSION.tsv': 'ACCESSION_NUMBER\n0001-13-000001\n'.repeat(200), 'q/REPORTINGOWNER.tsv': 'é ü\n', 'readme.htm': '<p>x</p>' };
const all = () => true;
/** Each file's bytes as hex: zlib gives Buffers where fflate gives Uint8Arrays. */
const hex = (f: Record<string, Uint8Array>) => Object.fromEntries(Object.entries(f).map(([name, bytes]) => [name, Buffer.from(bytes).toString('hex')]));
const zipped = (level: 0 | 6) => zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, [strToU8(t), { level }]])));

describe('unzipFiles', () => {
  it('gives the files fflate gives, deflated or stored, in a folder or not', () => {
    for (const level of [0, 6] as const) {
      const zip = zipped(level);
      expect(hex(unzipFiles(zip, all))).toEqual(hex(unzipSync(zip)));
    }
  });

  it('inflates only the files asked for', () => {
    expect(Object.keys(unzipFiles(zipped(6), (name) => name.endsWith('.tsv')))).toEqual(['SUBMISSION.tsv', 'q/REPORTINGOWNER.tsv']);
  });

  it('reads a zip inside a larger buffer (a view), as a file read into a pooled Buffer is', () => {
    const zip = zipped(6);
    const padded = new Uint8Array(zip.length + 16);
    padded.set(zip, 8);
    expect(hex(unzipFiles(padded.subarray(8, 8 + zip.length), all))).toEqual(hex(unzipSync(zip)));
  });

  it('throws fflate\'s error for bytes that are no zip, or a zip cut short', () => {
    expect(() => unzipFiles(strToU8('not a zip'), all)).toThrow(/invalid zip data/);
    const zip = zipped(6);
    expect(() => unzipFiles(zip.subarray(0, zip.length - 30), all)).toThrow();
  });
});
