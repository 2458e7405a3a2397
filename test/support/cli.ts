// Runs a command-line entry point as users do (package.json's script), as a child process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readPackageScript } from '@/cli/package-script';
import { repoRoot } from './corpus';

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A command that package.json runs with node, or (prepare) that `npm start` runs first (scripts/start.sh). */
export type CliCommand = 'ingest' | 'show' | 'prepare';

/** package.json's script for `command` (`[NAME=value ...] node <flags> cli/launch.mjs <command>`), run from the repo root: its node arguments and environment. */
function script(command: CliCommand): { args: string[]; env: Record<string, string> } {
  if (command === 'prepare') return { args: ['cli/launch.mjs', 'prepare'], env: {} };
  const { program, args, env } = readPackageScript(command);
  if (program !== 'node') throw new Error(`package.json's ${command} script does not run node but ${program}`);
  return { args, env };
}

/** Runs `command` as users run it and throws, with its output, unless it exits with status 0. */
export function runCliOrThrow(command: CliCommand, args: readonly string[], env: Record<string, string | undefined> = {}): CliResult {
  const result = runCliSync(command, args, env);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}:\n${result.stderr}${result.stdout}`);
  return result;
}

/**
 * How to spawn `command` with `args` (`spawn(process.execPath, argv, { env })`): node's arguments,
 * and the environment (its script's, and no DATABASE_PATH leaking in from the caller unless asked),
 * from one reading of package.json.
 */
export function spawnOf(command: CliCommand, args: readonly string[], env: Record<string, string | undefined> = {}): { argv: string[]; env: NodeJS.ProcessEnv } {
  const { args: scriptArgs, env: scriptEnv } = script(command);
  const base: NodeJS.ProcessEnv = { ...process.env, ...scriptEnv };
  delete base.DATABASE_PATH;
  return { argv: [...scriptArgs, ...args], env: { ...base, ...env } };
}

export function runCliSync(command: CliCommand, args: readonly string[], env: Record<string, string | undefined> = {}): CliResult {
  const child = spawnOf(command, args, env);
  const result = spawnSync(process.execPath, child.argv, {
    cwd: repoRoot,
    env: child.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

export function startCli(command: CliCommand, args: readonly string[], env: Record<string, string | undefined> = {}): ChildProcess {
  const child = spawnOf(command, args, env);
  return spawn(process.execPath, child.argv, { cwd: repoRoot, env: child.env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A started command's exit status and output, once it has closed (for a command that talks to a server in this process). */
export function finished(child: ChildProcess): Promise<{ status: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}
