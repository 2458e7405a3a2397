// Raw EDGAR responses kept on disk, mirrored by host and path
// (data/edgar-cache/www.sec.gov/Archives/edgar/data/46129/.../form4.xml), so a run that is killed or
// repeated never downloads the same thing twice. Writes go to a temporary file and are renamed into
// place: a kill in the middle of a write leaves no half document behind.
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class DiskCache {
  constructor(readonly dir: string) {}

  /** Where a URL's body is kept. Refuses paths that would escape the cache directory. */
  fileFor(url: string): string {
    const u = new URL(url);
    const host = u.host.replace(/[^A-Za-z0-9.-]/g, '_');
    const parts = decodeURIComponent(u.pathname)
      .split('/')
      .filter((p) => p !== '' && p !== '.' && p !== '..')
      .map((p) => p.replace(/[^A-Za-z0-9._-]/g, '_'));
    const name = parts.length === 0 ? 'index' : parts.join(path.sep);
    return path.join(this.dir, host, name + (u.search ? `_${u.search.slice(1).replace(/[^A-Za-z0-9]/g, '_')}` : ''));
  }

  /** The cached body, or `null` when absent or older than `maxAgeMs`. */
  async get(url: string, maxAgeMs: number): Promise<string | null> {
    const bytes = await this.getBytes(url, maxAgeMs);
    return bytes === null ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }

  /** The cached body as bytes (a zip), or `null` when absent or older than `maxAgeMs`. */
  async getBytes(url: string, maxAgeMs: number): Promise<Uint8Array | null> {
    if (maxAgeMs <= 0) return null;
    const file = this.fileFor(url);
    try {
      if (Number.isFinite(maxAgeMs)) {
        const info = await stat(file);
        if (Date.now() - info.mtimeMs > maxAgeMs) return null;
      }
      return await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async put(url: string, body: string | Uint8Array): Promise<void> {
    const file = this.fileFor(url);
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(tmp, body, 'utf8');
      await rename(tmp, file);
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      throw error;
    }
  }
}
