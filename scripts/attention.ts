// npm run attention -- [--format text|github|json]: each client's "Needs attention" list for its
// latest month. With --format github it writes annotations, and a job summary when GitHub gives one.
import { appendFileSync } from 'node:fs';
import { attentionOutput, parseAttentionArgs } from '../src/attention-report.ts';
import { loadDataDir } from '../src/ingest/load-data-dir.ts';
import { dataDirFromEnv } from '../src/validate.ts';

const options = parseAttentionArgs(process.argv.slice(2));
if ('error' in options) {
  console.error(options.error);
  process.exit(2);
}
const output = attentionOutput(loadDataDir(dataDirFromEnv()), options.format);
if (output.stdout !== '') console.log(output.stdout);
if (output.stderr !== '') console.error(output.stderr);
const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
if (output.summary !== null && summaryFile) appendFileSync(summaryFile, output.summary);
process.exitCode = output.exitCode;
