// A package.json script as a program to spawn, for the tests and the bench that run a command as
// users run it. The scripts use no shell feature but leading NAME=value words, the environment they
// set (the ingest's malloc tunables, which glibc reads only when the process starts), whose values
// may name package.json's config as npm hands it to scripts (`$npm_package_config_<key>`).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface PackageScript {
  env: Record<string, string>;
  program: string;
  args: string[];
}

const ROOT = path.join(import.meta.dirname, '..');

export function readPackageScript(name: string): PackageScript {
  const { scripts, config = {} } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
    config?: Record<string, string>;
  };
  const script = scripts[name];
  if (script === undefined) throw new Error(`package.json has no ${name} script`);
  return parseScript(name, script, config);
}

/** `script` (package.json's `name`) as its environment, program and arguments; `config` is package.json's. */
export function parseScript(name: string, script: string, config: Record<string, string> = {}): PackageScript {
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  let assignment: RegExpExecArray | null;
  while (words.length > 0 && (assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(words[0]!))) {
    env[assignment[1]!] = assignment[2]!.replace(/\$npm_package_config_([A-Za-z0-9_]+)/g, (_, key: string) => {
      const value = config[key];
      if (value === undefined) throw new Error(`package.json's ${name} script names $npm_package_config_${key}, which its config lacks`);
      return value;
    });
    words.shift();
  }
  const [program, ...args] = words;
  if (program === undefined) throw new Error(`package.json's ${name} script runs no program: ${script}`);
  return { env, program, args };
}
