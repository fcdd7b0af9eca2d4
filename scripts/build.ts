// npm run build: validates the data first; only clean data reaches Astro, and a failed check leaves no site behind.
// Options: --outDir <dir> (default dist).
import { build } from 'astro';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataDir } from '../src/ingest/load-data-dir.ts';
import { dataDirFromEnv, validationReport } from '../src/validate.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(values.outDir);

const load = loadDataDir(dataDirFromEnv());
if (load.problems.length > 0) {
  console.error(validationReport(load));
  // A previous build's output would otherwise be published as if it were current.
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild stopped: fix the problems above (npm run validate checks again). No site was written.`);
  process.exit(1);
}
console.log(validationReport(load));
await build({ outDir });
