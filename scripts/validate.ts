// npm run validate: checks every file under DATA_DIR (default data/) and prints every problem.
// Options: --format text (default) | github (GitHub Actions annotations) | json;
// --watch validates again on each change and prints the problems that are new or fixed.
import { watch } from 'node:fs';
import { loadDataDir } from '../src/ingest/load-data-dir.ts';
import { dataDirFromEnv, validateOutput } from '../src/validate.ts';
import { parseValidateArgs } from '../src/validate-formats.ts';
import { changesSince, problemLines } from '../src/validate-watch.ts';

const options = parseValidateArgs(process.argv.slice(2));
if ('error' in options) {
  console.error(options.error);
  process.exit(2);
}
const dataDir = dataDirFromEnv();
const first = loadDataDir(dataDir);
const output = validateOutput(first, options.format);
if (output.stdout !== '') console.log(output.stdout);
if (output.stderr !== '') console.error(output.stderr);
process.exitCode = output.exitCode;

if (options.watch) {
  let problems = problemLines(first);
  let timer: NodeJS.Timeout | null = null;
  console.log(`\nWatching ${dataDir}/ for changes (Ctrl+C to stop).`);
  // A save often writes a file in several steps: validate once they have settled.
  watch(dataDir, { recursive: true }, () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      const load = loadDataDir(dataDir);
      const changes = changesSince(problems, load);
      problems = changes.problems;
      console.log(`\n${changes.lines.join('\n')}`);
      process.exitCode = load.problems.length > 0 ? 1 : 0;
    }, 200);
  });
}
