/**
 * Post-level exports carry each post's lifetime totals. Recap places them on the
 * publish day (the only day the export names) and keeps the post's id, so that a newer
 * export of the same post replaces the older one instead of adding to it.
 */
import type { CsvRecord } from '../csv.ts';
import { quote } from '../problems.ts';
import { PublishClock } from './publish-clock.ts';
import { isMangledId, type MetricSpec, type Reading } from './reading.ts';
import type { ExportCell, PostIdentity } from './types.ts';

export const POST_LEVEL_NOTE =
  "post-level values are each post's totals up to the export day, placed on the post's publish day; a newer export of the same post replaces the older one";

export interface PostColumns {
  /** The platform of every row, or of each row (null for a row whose platform was reported as a problem). */
  readonly platform: string | ((record: CsvRecord) => string | null);
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
  /** Where the export says what each post is: its link (or how to make one from its id), caption and type. */
  readonly identity?: {
    readonly link?: readonly string[];
    readonly linkOf?: (id: string) => string;
    readonly caption?: readonly string[];
    readonly type?: readonly string[];
    /** The post's one campaign. */
    readonly campaign?: readonly string[];
    /** Labels separated by commas, each a campaign (Meta's custom labels). */
    readonly labels?: readonly string[];
    /** Every post of the export is of this type (YouTube's and TikTok's are videos). */
    readonly allOfType?: string;
  };
}

/** How long a caption's first line may be on a post card before it is shortened. */
export const CAPTION_LENGTH = 100;

/** The platforms' words for a post's type, as Recap names it. */
const POST_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(reels?)\b/i, 'reel'],
  [/\b(carousel|album)\b/i, 'carousel'],
  [/\b(photo|image|picture)\b/i, 'image'],
  [/\b(video|short)s?\b/i, 'video'],
  [/\b(link|shared link)\b/i, 'link'],
  [/\b(status|text)\b/i, 'text'],
];

/** "IG reel" -> reel, "Photo" -> image; a word Recap does not know is kept, in lower case. */
export function postType(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  return POST_TYPES.find(([pattern]) => pattern.test(text))?.[1] ?? text.toLowerCase();
}

/** The first line of a caption, at most CAPTION_LENGTH characters (cut at a word, with an ellipsis). */
export function captionStart(raw: string): string | null {
  const line =
    raw
      .split(/\r?\n/)
      .find((part) => part.trim() !== '')
      ?.trim() ?? '';
  if (line === '') return null;
  const characters = [...line];
  if (characters.length <= CAPTION_LENGTH) return line;
  const cut = characters.slice(0, CAPTION_LENGTH).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > CAPTION_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function identityOf(
  reading: Reading,
  columns: PostColumns,
  record: CsvRecord,
  id: string,
  minute: number | null,
): PostIdentity {
  const { identity } = columns;
  const cell = (names: readonly string[] | undefined) => {
    if (names === undefined) return '';
    const index = reading.column(...names);
    return index === -1 ? '' : reading.raw(record, index).trim();
  };
  const link = cell(identity?.link) || (identity?.linkOf ? identity.linkOf(id) : '');
  const campaigns = [cell(identity?.campaign), ...cell(identity?.labels).split(',')]
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return {
    link: /^https?:\/\//i.test(link) ? link : null,
    caption: captionStart(cell(identity?.caption)),
    type: identity?.allOfType ?? postType(cell(identity?.type)),
    minute,
    campaigns: [...new Set(campaigns)],
  };
}

export function readPosts(reading: Reading, columns: PostColumns): void {
  const idColumn = reading.column(...columns.id);
  const dateColumn = reading.column(...columns.published);
  const specs = reading.resolve(columns.specs);
  const clock = new PublishClock(
    reading,
    reading.dataRecords.map((record) => {
      const text = reading.raw(record, dateColumn);
      return { iso: columns.parseDate(text), text };
    }),
  );
  for (const record of reading.dataRecords) {
    reading.rowsRead++;
    if (reading.isTotalRow(record, idColumn) || columns.skip?.(record)) continue;
    const platform = typeof columns.platform === 'string' ? columns.platform : columns.platform(record);
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
    if (day === null || !idOk || platform === null) continue;
    const placed = clock.place(day, rawDate);
    reading.addRow(
      {
        from: placed.day,
        to: placed.day,
        platform,
        campaign: '',
        postId: id,
        cells: [...cells, reading.cell(record, idColumn, 'posts', 1)],
        post: identityOf(reading, columns, record, id, placed.minute),
      },
      record,
    );
  }
  clock.finish();
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
