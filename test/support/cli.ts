// Runs a command-line entry point as users do (node + tsx), as a child process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './corpus';

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

// The same node flags as package.json's scripts.
const nodeArgs = (script: string, args: readonly string[]) => [
  '--max-semi-space-size=32',
  '--import',
  'tsx',
  path.join(repoRoot, 'cli', script),
  ...args,
];

/** Environment for a child CLI: no DATABASE_PATH leaking in from the caller unless asked. */
function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base.DATABASE_PATH;
  return { ...base, ...env };
}

export function runCliSync(script: string, args: readonly string[], env: Record<string, string | undefined> = {}): CliResult {
  const result = spawnSync(process.execPath, nodeArgs(script, args), {
    cwd: repoRoot,
    env: childEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

export function startCli(script: string, args: readonly string[], env: Record<string, string | undefined> = {}): ChildProcess {
  return spawn(process.execPath, nodeArgs(script, args), { cwd: repoRoot, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
}
