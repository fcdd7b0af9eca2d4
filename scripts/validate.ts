// npm run validate: checks every file under DATA_DIR (default data/) and prints every problem.
// Options: --format text (default) | github (GitHub Actions annotations) | json.
import { loadDataDir } from '../src/ingest/load-data-dir.ts';
import { dataDirFromEnv, validateOutput } from '../src/validate.ts';
import { parseValidateArgs } from '../src/validate-formats.ts';

const options = parseValidateArgs(process.argv.slice(2));
if ('error' in options) {
  console.error(options.error);
  process.exit(2);
}
const output = validateOutput(loadDataDir(dataDirFromEnv()), options.format);
if (output.stdout !== '') console.log(output.stdout);
if (output.stderr !== '') console.error(output.stderr);
process.exitCode = output.exitCode;
