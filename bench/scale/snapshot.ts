// The built app, frozen for the length of a benchmark. Everyone shares the checkout's `.next`, and a
// `next build` elsewhere (an e2e run, say) swaps its files under a running `next start`, which then
// answers 500 ("client reference manifest ... does not exist"). So the scale benchmark serves from
// a directory of its own: a copy of `.next` beside links to everything else in the repository.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** Copies `<repo>/.next` (without its build cache) into `<dir>/.next` and links the rest; returns `dir`. */
export function snapshotApp(repoRoot: string, dir: string): string {
  const buildIdFile = path.join(repoRoot, '.next', 'BUILD_ID');
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!existsSync(buildIdFile)) throw new Error('no production build in .next: run `npx next build`');
    const before = readFileSync(buildIdFile, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const entry of readdirSync(repoRoot)) {
      if (entry === '.next' || entry === '.git') continue;
      symlinkSync(path.join(repoRoot, entry), path.join(dir, entry));
    }
    try {
      cpSync(path.join(repoRoot, '.next'), path.join(dir, '.next'), {
        recursive: true,
        filter: (source) => !source.startsWith(path.join(repoRoot, '.next', 'cache')),
      });
    } catch {
      continue; // a build was rewriting it: try again
    }
    // A build that finished while we copied would leave a mix of two builds.
    if (existsSync(buildIdFile) && readFileSync(buildIdFile, 'utf8') === before) return dir;
  }
  throw new Error('.next kept changing while it was copied (someone is building): try again later');
}
