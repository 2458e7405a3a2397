// After a run: remove this run's database (the server was started on it and is stopped next).
import { rmSync } from 'node:fs';

export default function globalTeardown(): void {
  const database = process.env.E2E_DATABASE_PATH;
  if (!database || process.env.E2E_BASE_URL || process.env.E2E_KEEP_DATABASE === '1') return;
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${database}${suffix}`, { force: true });
}
