/**
 * The table of docs/platform-exports.md against the export formats Recap knows: a row
 * per format, named as validate names it, with the columns that recognise it and its
 * platform, and no row for a format Recap does not have.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/ingest/exports/index.ts';

const PAGE = 'docs/platform-exports.md';

interface Row {
  readonly label: string;
  readonly columns: string[];
  readonly platform: string;
}

function exportRows(page: string): Row[] {
  const lines = page.split('\n');
  const start = lines.indexOf('## The exports Recap reads');
  expect(start, `${PAGE} has no "## The exports Recap reads" heading`).toBeGreaterThan(-1);
  const after = lines.slice(start + 1);
  const first = after.findIndex((line) => line.startsWith('|'));
  const end = after.findIndex((line, index) => index > first && !line.startsWith('|'));
  const table = after.slice(first, end);
  return table.slice(2).map((line) => {
    const [label, columns, platform] = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    return {
      label: label!,
      // As formats name them: lower case, inner spaces collapsed.
      columns: columns!.split(',').map((name) => name.trim().toLowerCase().replace(/\s+/g, ' ')),
      platform: platform!,
    };
  });
}

const rows = exportRows(readFileSync(PAGE, 'utf8'));

describe('the exports table in docs/platform-exports.md', () => {
  it('has a row for every export format and no other', () => {
    expect(rows.map((row) => row.label).sort()).toEqual(EXPORT_FORMATS.map((format) => format.label).sort());
  });

  it.each(EXPORT_FORMATS.map((format) => [format.label, format] as const))(
    'gives %s the columns that recognise it and its platform',
    (label, format) => {
      const row = rows.find((r) => r.label === label);
      expect(row, `no row for ${label}`).toBeDefined();
      expect(row!.columns).toEqual(format.required);
      if (format.platform !== null) expect(row!.platform).toBe(`\`${format.platform}\``);
      else expect(row!.platform).toContain('`files:`');
    },
  );
});
