/**
 * `npm run validate -- --watch`: after the first report, each change to the data folder
 * prints only the problems that are new and those that are fixed, then the summary.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUpTempDirs, makeDataDir } from './helpers.ts';

afterAll(cleanUpTempDirs);

const ROOT = path.resolve(import.meta.dirname, '../..');
const CSV = (impressions: string) => `date,platform,impressions\n2026-10-01,instagram,${impressions}\n`;

describe('npm run validate -- --watch', () => {
  it('prints the problems each save brings and fixes', async () => {
    const dir = makeDataDir({ 'acme/client.yaml': 'name: Acme\n', 'acme/a.csv': CSV('100') });
    const child = spawn(process.execPath, ['scripts/validate.ts', '--watch'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dir, RECAP_TODAY: '2026-11-30' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const until = async (text: string) => {
      for (let waited = 0; !output.includes(text); waited += 50) {
        if (waited > 20_000) throw new Error(`never printed ${JSON.stringify(text)}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    try {
      await until('Watching');
      expect(output).toContain('0 problems.');
      writeFileSync(path.join(dir, 'acme', 'a.csv'), CSV('1O0'));
      await until('new: ');
      await until('1 problem.');
      expect(output).toMatch(/new: \S*a\.csv:2:22: impressions: found "1O0", expected a number/);
      output = '';
      writeFileSync(path.join(dir, 'acme', 'a.csv'), CSV('100'));
      await until('0 problems.');
      expect(output).toMatch(/fixed: \S*a\.csv:2:22: impressions: found "1O0"/);
      expect(output).not.toContain('new: ');
    } finally {
      child.kill();
    }
  }, 60_000);
});
