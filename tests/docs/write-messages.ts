/**
 * npm run messages: regenerates tests/fixtures/messages.txt, every distinct problem and
 * warning message the loaders return while the ingest, pipeline and present tests run
 * (recorded by tests/docs/record-messages.ts). docs/errors.md is checked against it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normaliseMessage } from './messages.ts';

const FIXTURE = path.resolve('tests/fixtures/messages.txt');
const TESTS = ['tests/ingest', 'tests/e2e', 'tests/aggregate', 'tests/present', 'tests/publish', 'tests/smoke.test.ts'];
// Random inputs would make the fixture differ at every run.
const EXCLUDE = 'tests/ingest/fuzz.test.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'recap-messages-'));
const out = path.join(scratch, 'messages.jsonl');
try {
  const run = spawnSync('npx', ['vitest', 'run', ...TESTS, '--exclude', EXCLUDE], {
    env: { ...process.env, RECAP_RECORD_MESSAGES: out },
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error('The tests failed, so their messages were not written: fix the tests first.');
    process.exit(1);
  }
  const messages = new Set(
    readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => normaliseMessage(JSON.parse(line) as string)),
  );
  const header = [
    '# Every distinct problem and warning message the loaders returned while these tests ran:',
    `# ${TESTS.join(' ')} (but ${EXCLUDE})`,
    '# (warnings start with "warning: "; temporary data folders are shown as data/).',
    '# Written by `npm run messages` (tests/docs/write-messages.ts); docs/errors.md is checked',
    '# against it by tests/docs/errors-page.test.ts. One JSON string a line.',
  ];
  const sorted = [...messages].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(FIXTURE, `${[...header, ...sorted.map((m) => JSON.stringify(m))].join('\n')}\n`);
  console.log(`${sorted.length} messages written to ${path.relative(process.cwd(), FIXTURE)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
