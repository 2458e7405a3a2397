// The peer as a program of its own, for the as-run comparison (bench/ingest-as-run.ts): reads every
// file under the folders given, in name order, and parses each with sec-edgar-toolkit's
// OwnershipFormParser (`parseAll()`, everything on the form), as `npm run ingest` reads and parses
// them. Plain CommonJS: nothing to compile, so its start costs only Node's. Prints one JSON line:
// the files, and the seconds and CPU seconds its read-and-parse loop took (the parent times the
// whole process).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { OwnershipFormParser } = require('sec-edgar-toolkit');

// The peer logs on every parse; printing would bill it for our terminal.
console.info = console.warn = console.log = () => {};
const files = [];
const walk = (dir) => {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.xml')) files.push(full);
  }
};
for (const dir of process.argv.slice(2)) walk(dir);
const started = process.hrtime.bigint();
const cpu = process.cpuUsage();
for (const file of files) new OwnershipFormParser(fs.readFileSync(file, 'utf8')).parseAll();
const loopSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const { user, system } = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({ files: files.length, loopSeconds, loopCpuSeconds: (user + system) / 1e6 })}\n`);
