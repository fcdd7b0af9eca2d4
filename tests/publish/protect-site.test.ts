/**
 * protectClient on a protected client's own site, where the client's pages sit at the
 * root beside what every site shares: the shared files stay as they are, readable, and
 * everything of the client is sealed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/publish/protect.ts';
import { protectClient } from '../../src/publish/protect-site.ts';

const root = mkdtempSync(path.join(tmpdir(), 'recap-protect-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files: Record<string, string> = {
  'index.html': '<!doctype html><html><body><h1>Acme Coffee</h1></body></html>',
  '2026-10/index.html': '<!doctype html><html><body><p>ROI 52.9%</p></body></html>',
  '2026-10/data.json': '{"client":"acme-coffee","name":"Acme Coffee"}\n',
  'data.schema.json': '{"title":"Recap monthly report (data.json)"}\n',
  'robots.txt': 'User-agent: *\nDisallow: /\n',
  '_astro/site.css': 'body { margin: 0 }\n',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), text);
}
const read = (name: string) => readFileSync(path.join(root, name), 'utf8');

describe("protectClient on a client's own site", () => {
  it('seals the pages and data.json, and leaves the schema, robots.txt and the CSS readable', async () => {
    const sealed = await protectClient({ root, folder: '', base: '/', password: 'correct horse', locale: 'en-US' });
    expect(sealed).toEqual({ pages: 2, dataFiles: 1 });
    expect(() => parseEnvelope(read('2026-10/data.json'))).not.toThrow();
    expect(read('index.html')).not.toContain('Acme Coffee');
    expect(read('2026-10/index.html')).not.toContain('52.9%');
    for (const shared of ['data.schema.json', 'robots.txt', '_astro/site.css'])
      expect(read(shared)).toBe(files[shared]);
  });
});
