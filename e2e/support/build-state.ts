// Whether the production build in .next is older than the sources that go into it. The e2e server
// and the scale benchmark both rebuild only then: a build takes minutes on two shared cores.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const WATCHED = ['app', 'components', 'lib', 'db', 'ingest', 'public', 'next.config.js', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

/** The newest source file that goes into the build (tests left out). */
function newestSource(repoRoot: string, entry: string): number {
  const full = path.join(repoRoot, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  return readdirSync(full).reduce((newest, name) => Math.max(newest, newestSource(repoRoot, path.join(entry, name))), 0);
}

export function isBuildStale(repoRoot: string): boolean {
  const buildId = path.join(repoRoot, '.next', 'BUILD_ID');
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  return builtAt <= Math.max(...WATCHED.map((entry) => newestSource(repoRoot, entry)));
}
