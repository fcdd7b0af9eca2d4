// npm run new-note -- <client> <period>: writes data/<client>/notes/<period>.md (under DATA_DIR),
// its wins, losses and opportunities drafted from the month's numbers.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataDir } from '../src/ingest/load-data-dir.ts';
import { draftNote, NEW_NOTE_USAGE } from '../src/new-note.ts';
import { dataDirFromEnv } from '../src/validate.ts';

const [slug, month, ...rest] = process.argv.slice(2);
if (slug === undefined || month === undefined || rest.length > 0) {
  console.error(NEW_NOTE_USAGE);
  process.exit(2);
}
const dataDir = dataDirFromEnv();
const notes = path.join(dataDir, slug, 'notes');
const existing = ['md', 'mdx'].map((ext) => path.join(notes, `${month}.${ext}`)).find((file) => existsSync(file));
if (existing !== undefined) {
  console.error(`found ${existing} already, expected a report without a note: edit that one`);
  process.exit(1);
}
const load = loadDataDir(dataDir, { clients: [slug] });
const client = load.clients.find((c) => c.slug === slug);
if (client === undefined) {
  const why = load.problems.length > 0 ? `; npm run validate says what is wrong` : '';
  console.error(`found no client "${slug}" that can be read in ${dataDir}/, expected one of its client folders${why}`);
  process.exit(1);
}
const note = draftNote(client, month);
if ('error' in note) {
  console.error(note.error);
  process.exit(1);
}
mkdirSync(notes, { recursive: true });
const file = path.join(notes, `${month}.md`);
writeFileSync(file, note.text, { flag: 'wx' });
console.log(`Wrote ${file}: edit its wins, losses and opportunities, and write the month's commentary below them.`);
