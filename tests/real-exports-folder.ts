/**
 * The real platform exports in ../shared/real-exports (beside the clone, never copied
 * into the project). Tests that read them skip when the folder is absent, but never
 * quietly: they warn loudly, and under CI the absence is a failing test.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';

export const REAL_EXPORTS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'real-exports');
export const realExportsMissing = !existsSync(REAL_EXPORTS);

/** Call at the top of a test file that reads the real exports. */
export function reportMissingRealExports(what: string): void {
  if (!realExportsMissing) return;
  if (process.env['CI']) {
    it('finds the real exports folder', () => {
      throw new Error(`the real exports folder is missing: looked in ${REAL_EXPORTS}`);
    });
  } else {
    console.warn(`\n!!! SKIPPING ${what}: no folder ${REAL_EXPORTS}\n!!! (under CI this fails)\n`);
  }
}
