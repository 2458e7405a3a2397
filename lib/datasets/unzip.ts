// The files of a zip, inflated by Node's zlib: fflate's inflate, in JavaScript, was about a tenth of a
// data set's load (some 30 µs a filing), and the unzip is done before any filing can be stored. Only
// what the SEC's zips hold is read here (stored or deflated files, no zip64, no encryption); for
// anything else, or bytes that are no zip, fflate reads them (and words what is wrong).
import { unzipSync } from 'fflate';
import { inflateRawSync } from 'node:zlib';

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The end-of-central-directory record's offset: the last one, within a comment's reach of the end. */
function endRecord(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END) return at;
  }
  return -1;
}

/** The files `want` names, or null when the zip is not one this reads (fflate does). */
function unzipNative(zip: Uint8Array, want: (name: string) => boolean): Record<string, Uint8Array> | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = endRecord(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const packedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(zip.buffer, zip.byteOffset + at + 46, nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (!want(name)) continue;
    // Encrypted, zip64 (sizes or offsets in an extra field) or another method: not the SEC's.
    if (flags & 1 || packedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff || (method !== 0 && method !== 8)) return null;
    if (local + 30 > zip.length || view.getUint32(local, true) !== LOCAL) return null;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + packedSize > zip.length) return null;
    const packed = zip.subarray(start, start + packedSize);
    const bytes = method === 0 ? packed : inflateRawSync(packed);
    if (bytes.length !== size) return null;
    files[name] = bytes;
  }
  return files;
}

/** The files of `zip` whose names `want` accepts, by name. Throws (fflate's error) for bytes that are no zip. */
export function unzipFiles(zip: Uint8Array, want: (name: string) => boolean): Record<string, Uint8Array> {
  let files: Record<string, Uint8Array> | null = null;
  try {
    files = unzipNative(zip, want);
  } catch {
    files = null; // a corrupt deflate stream: fflate says what is wrong
  }
  return files ?? unzipSync(zip, { filter: (file) => want(file.name) });
}
