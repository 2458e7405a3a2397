// node cli/launch.mjs <command> [arguments...], as `npm run ingest`, `npm run show` and
// scripts/start.sh (prepare) run it. Runs the command's prebuilt bundle (cli/bundle.mjs), building it
// first when any of its sources changed since, so that no stale code runs. When it cannot be built
// (esbuild missing, a source that does not compile) the TypeScript runs through tsx, as it did before
// the bundle, which then reports any error.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, COMMANDS, currentBundle, ROOT } from './bundle.mjs';

const name = process.argv[2];
if (!Object.hasOwn(COMMANDS, name)) {
  process.stderr.write(`usage: node cli/launch.mjs ${Object.keys(COMMANDS).join('|')} [arguments...]\n`);
  process.exit(2);
}

let target = currentBundle(name);
if (target === null) {
  try {
    target = await build(name);
  } catch (error) {
    process.stderr.write(`warning: could not build ${COMMANDS[name]} (${firstLine(error)}); running it through tsx, which starts slower\n`);
    await import('tsx');
    target = path.join(ROOT, COMMANDS[name]);
  }
}
// The command reads process.argv.slice(2), as when node runs it directly.
process.argv.splice(1, 2, target);
await import(pathToFileURL(target).href);

/** esbuild's first error with its place, or the error's first line. */
function firstLine(error) {
  const first = error?.errors?.[0];
  if (first) return first.location ? `${first.location.file}:${first.location.line}: ${first.text}` : first.text;
  return String(error?.message ?? error).split('\n')[0];
}
