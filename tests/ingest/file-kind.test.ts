/**
 * Each CSV file's kind is decided once, in fileKind, from at most one parse: Recap's own
 * header is known from its first line and parsed by Recap's reader alone; any other
 * file is parsed once, and those records are what its reader reads.
 */
import { describe, expect, it } from 'vitest';
import { fileKind } from '../../src/ingest/file-kind.ts';
import { MetricCatalogue } from '../../src/model/metrics.ts';

const catalogue = new MetricCatalogue();

describe('fileKind', () => {
  it("takes a date and a platform column for Recap's own file without parsing it", () => {
    expect(fileKind('a.csv', 'date,platform,impressions\n2025-09-01,x,5\n', catalogue)).toEqual({
      kind: 'recap',
      parsed: null,
    });
  });

  it('takes a known header for that export, and hands over the records it parsed', () => {
    const text = 'Date,Impressions,Likes,Engagements,New follows,Unfollows\n2025-09-01,100,3,7,1,0\n';
    const kind = fileKind('x.csv', text, catalogue);
    expect(kind.kind).toBe('export');
    if (kind.kind !== 'export') return;
    expect(kind.search.found.adapter.format.id).toBe('x-account-overview');
    expect(kind.search.records.map((r) => r.line)).toEqual([1, 2]);
    expect(kind.search.problems).toEqual([]);
  });

  it("finds an export below a title line that, alone, could have been Recap's header", () => {
    const text =
      'Aggregated content metrics\nDate,Impressions (organic),Impressions (sponsored),Impressions (total),Clicks (organic),Clicks (total),Reactions (total),Comments (total),Reposts (total),Engagement rate (total)\n09/01/2025,1,0,1,0,0,0,0,0,0\n';
    const kind = fileKind('li.csv', text, catalogue);
    expect(kind.kind === 'export' && kind.search.found.adapter.format.id).toBe('linkedin-content');
  });

  it("gives a file that is nearly Recap's own (no platform column) to Recap's reader with its records", () => {
    const kind = fileKind('a.csv', 'date,impressions\n2025-09-01,5\n2025-09-02,6\n', catalogue);
    expect(kind.kind).toBe('recap');
    if (kind.kind !== 'recap') return;
    expect(kind.parsed?.records.map((r) => r.fields)).toEqual([
      ['date', 'impressions'],
      ['2025-09-01', '5'],
      ['2025-09-02', '6'],
    ]);
  });

  it('passes on the parse problems of a file it had to parse', () => {
    const kind = fileKind('a.csv', 'platform,impressions\n"x,5\n', catalogue);
    expect(kind.kind).toBe('recap');
    if (kind.kind !== 'recap') return;
    expect(kind.parsed?.problems).toMatchObject([{ file: 'a.csv', line: 2, column: 1 }]);
  });

  it('calls a file with neither header unknown, with where its header seemed to be', () => {
    const kind = fileKind('junk.csv', 'Report,,\nWhen,Impressions,Clicks\n2025-09-01,1,2\n', catalogue);
    expect(kind.kind).toBe('unknown');
    if (kind.kind !== 'unknown') return;
    expect(kind.search.found).toMatchObject({ kind: 'none', index: 1 });
  });
});
