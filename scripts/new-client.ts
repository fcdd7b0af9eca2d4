// npm run new-client -- <slug> [--name "…"] [--locale fa-IR] [--calendar persian]:
// makes data/<slug>/ (under DATA_DIR) with a client.yaml of every setting, notes/ and an example CSV.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveToday } from '../src/ingest/date-window.ts';
import { newClientFiles, parseNewClientArgs } from '../src/new-client.ts';
import { dataDirFromEnv } from '../src/validate.ts';

const client = parseNewClientArgs(process.argv.slice(2));
if ('error' in client) {
  console.error(client.error);
  process.exit(2);
}
const folder = path.join(dataDirFromEnv(), client.slug);
if (existsSync(folder)) {
  console.error(
    `found ${folder} already, expected a new client's name: choose another, or edit that folder's client.yaml`,
  );
  process.exit(1);
}
for (const [file, text] of newClientFiles(client, resolveToday(undefined).today)) {
  const target = path.join(folder, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
}
console.log(
  `Made ${folder}/: client.yaml (every setting, commented at its default), notes/ and example.csv.\nNext: put the client's CSV exports in the folder, then npm run validate.`,
);
