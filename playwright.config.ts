import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

// Pages in Debian's Chromium against a production build over a fresh database of the shared corpus
// and our fixtures (.cache/e2e/<port>.db, made afresh each run). Set E2E_BASE_URL to test a server that is already running instead.
const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus');

/** A port nobody listens on, found once: workers load this file again and must agree on it. */
function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

process.env.E2E_PORT ??= freePort();
// Per run (by port): others may run the tests in this checkout at the same time.
process.env.E2E_DATABASE_PATH ??= path.join(repoRoot, '.cache', 'e2e', `${process.env.E2E_PORT}.db`);
if (!existsSync(path.join(corpus, 'xml')) && !process.env.E2E_CORPUS_WARNED) {
  process.env.E2E_CORPUS_WARNED = '1';
  console.warn(`SKIPPING corpus page tests: the corpus is not at ${corpus} (../shared/corpus); the fixtures alone are served`);
}

const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Two shared cores: two browsers at most.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  globalTeardown: './e2e/support/global-teardown.ts',
  outputDir: `.cache/test-results/${process.env.E2E_PORT}`,
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  webServer: external
    ? undefined
    : {
        command: `npx tsx e2e/support/prepare-server.ts && exec npx next start -H 127.0.0.1 -p ${process.env.E2E_PORT}`,
        url: `${baseURL}/`,
        cwd: repoRoot,
        // The whole suite exports from one address: a public server's CSV allowance would refuse it.
        env: { DATABASE_PATH: process.env.E2E_DATABASE_PATH, NEXT_TELEMETRY_DISABLED: '1', SECTION16_CSV_PER_MINUTE: '1000' },
        // A first production build on two shared cores takes minutes.
        timeout: 15 * 60_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe',
      },
});
