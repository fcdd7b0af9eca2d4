import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileDigests } from '../../src/publish/file-digests.ts';
import { fileDigest } from '../../src/site/page-keys.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'recap-digests-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the remembered file digests', () => {
  it('reads a file again only when its size or modification time changed', () => {
    const file = path.join(folder, 'instagram.csv');
    writeFileSync(file, 'date,impressions\n2026-10-01,100\n');
    // A whole second, which a test can set again exactly.
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const first = fileDigest(file);
    const digests = new FileDigests(path.join(folder, 'cache'));
    expect(digests.digestOf(file)).toBe(first);
    digests.save();

    // Same size, same time, other bytes: trusted as unchanged, as git trusts its index.
    writeFileSync(file, 'date,impressions\n2026-10-01,999\n');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(new FileDigests(path.join(folder, 'cache')).digestOf(file)).toBe(first);

    // Any write that moves the time is seen.
    utimesSync(file, 1_700_000_000, 1_700_000_001);
    const again = new FileDigests(path.join(folder, 'cache'));
    expect(again.digestOf(file)).toBe(fileDigest(file));
    expect(again.digestOf(file)).not.toBe(first);
  });

  it('ignores a damaged record', () => {
    const cache = path.join(folder, 'damaged');
    const file = path.join(folder, 'x.csv');
    writeFileSync(file, 'a\n');
    const digests = new FileDigests(cache);
    digests.digestOf(file);
    digests.save();
    writeFileSync(path.join(cache, 'file-digests.json'), '{"version": 1, "files": {"');
    expect(new FileDigests(cache).digestOf(file)).toBe(fileDigest(file));
  });
});
