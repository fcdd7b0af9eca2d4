import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../src/ingest/load-data-dir.ts';

describe('sample data', () => {
  it('validates without problems', () => {
    const load = loadDataDir('data');
    expect(load.problems).toEqual([]);
    expect(load.clients.length).toBeGreaterThanOrEqual(2);
  });
});
