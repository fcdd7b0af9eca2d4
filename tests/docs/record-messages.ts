/**
 * A Vitest setup file that records every problem and warning message the loaders return
 * while other tests run, for tests/fixtures/messages.txt: the real messages that
 * docs/errors.md is checked against (tests/docs/errors-page.test.ts). Regenerate the
 * fixture after changing a message, and read its diff:
 *
 *   npm run messages
 *
 * which runs the ingest, pipeline and browser tests with this file as a setup file and
 * RECAP_RECORD_MESSAGES naming a scratch file, then sorts what they recorded into the
 * fixture (tests/docs/write-messages.ts).
 */
import { appendFileSync } from 'node:fs';
import { vi } from 'vitest';

const OUT = process.env.RECAP_RECORD_MESSAGES;
if (!OUT)
  throw new Error('record-messages.ts is a setup file for `npm run messages`; RECAP_RECORD_MESSAGES is not set');

interface Located {
  readonly message: string;
}

const seen = new Set<string>();

function record(items: readonly Located[] | undefined, prefix = ''): void {
  for (const item of items ?? []) {
    const line = prefix + item.message;
    if (seen.has(line)) continue;
    seen.add(line);
    appendFileSync(OUT!, `${JSON.stringify(line)}\n`);
  }
}

/** What a loader returned: a list of problems, or a result holding problems, warnings or one problem. */
function recordResult(result: unknown): void {
  if (Array.isArray(result)) {
    record(result.filter((item): item is Located => typeof item?.message === 'string'));
    return;
  }
  if (typeof result !== 'object' || result === null) return;
  const { problems, warnings, problem } = result as { problems?: Located[]; warnings?: Located[]; problem?: Located };
  if (Array.isArray(problems)) record(problems);
  if (Array.isArray(warnings)) record(warnings, 'warning: ');
  if (problem && typeof problem.message === 'string') record([problem]);
}

function recording<F extends (...args: never[]) => unknown>(original: F): F {
  return ((...args: Parameters<F>) => {
    const result = original(...args);
    recordResult(result);
    return result;
  }) as F;
}

vi.mock('../../src/ingest/load-data-dir.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ingest/load-data-dir.ts')>();
  return { ...original, loadDataDir: recording(original.loadDataDir) };
});

vi.mock('../../src/ingest/client-config.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ingest/client-config.ts')>();
  return { ...original, parseClientConfig: recording(original.parseClientConfig) };
});

vi.mock('../../src/ingest/exports/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ingest/exports/index.ts')>();
  return {
    ...original,
    readExport: recording(original.readExport),
    decodeExport: recording(original.decodeExport),
  };
});

// Export files are stored straight into a client's problem list, which the tests read.
vi.mock('../../src/ingest/export-files.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ingest/export-files.ts')>();
  return {
    ...original,
    storeExports: (...args: Parameters<typeof original.storeExports>) => {
      const result = original.storeExports(...args);
      recordResult(args[0]);
      return result;
    },
  };
});
