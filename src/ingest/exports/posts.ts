/**
 * Post-level exports carry each post's lifetime totals. Recap places them on the
 * publish day (the only day the export names) and keeps the post's id, so that a newer
 * export of the same post replaces the older one instead of adding to it.
 */
import type { CsvRecord } from '../csv.ts';
import { quote } from '../problems.ts';
import { isMangledId, type MetricSpec, type Reading } from './reading.ts';
import type { ExportCell } from './types.ts';

export const POST_LEVEL_NOTE =
  "post-level values are each post's totals up to the export day, placed on the post's publish day; a newer export of the same post replaces the older one";

export interface PostColumns {
  readonly platform: string;
  /** Header names of the post id column, first found wins. */
  readonly id: readonly string[];
  /** The post's id from the cell, when the cell holds more (TikTok's video link). */
  readonly idOf?: (cell: string) => string;
  readonly published: readonly string[];
  readonly parseDate: (text: string) => string | null;
  readonly dateExample: string;
  readonly specs: readonly MetricSpec[];
  /** For a row without a publish date; the default reports it. */
  readonly undated?: (record: CsvRecord, cells: readonly ExportCell[]) => void;
  /** Rows to pass over on purpose (the second, descriptive header row). */
  readonly skip?: (record: CsvRecord) => boolean;
}

export function readPosts(reading: Reading, columns: PostColumns): void {
  const idColumn = reading.column(...columns.id);
  const dateColumn = reading.column(...columns.published);
  const specs = reading.resolve(columns.specs);
  for (const record of reading.dataRecords) {
    reading.rowsRead++;
    if (reading.isTotalRow(record, idColumn) || columns.skip?.(record)) continue;
    const cells = reading.cells(record, specs);
    const cell = reading.raw(record, idColumn).trim();
    const idOk = checkId(reading, record, idColumn, cell);
    const id = cell === '' || columns.idOf === undefined ? cell : columns.idOf(cell);
    const rawDate = reading.raw(record, dateColumn).trim();
    if (rawDate === '' && columns.undated !== undefined) {
      columns.undated(record, cells);
      continue;
    }
    const day = reading.date(record, dateColumn, columns.parseDate, columns.dateExample);
    if (day === null || !idOk) continue;
    reading.addRow(
      {
        from: day,
        to: day,
        platform: columns.platform,
        campaign: '',
        postId: id,
        cells: [...cells, reading.cell(record, idColumn, 'posts', 1)],
      },
      record,
    );
  }
}

function checkId(reading: Reading, record: CsvRecord, index: number, id: string): boolean {
  const name = quote(reading.headerText(index));
  if (id === '') {
    reading.problem(record, index, `found an empty cell in column ${name}, expected the post's id`);
    return false;
  }
  if (isMangledId(id)) {
    reading.problem(
      record,
      index,
      `found ${quote(id)} in column ${name}, expected the post's full id: a spreadsheet turned it into scientific notation, so posts can no longer be told apart; import the file as downloaded, or format the column as text before saving`,
    );
    return false;
  }
  return true;
}
