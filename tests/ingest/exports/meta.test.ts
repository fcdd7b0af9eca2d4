/**
 * Facebook and Instagram: the legacy Insights post export, the Business Suite post
 * exports and the daily per-metric files (UTF-16LE). Columns are counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { decodeExport, readExport } from '../../../src/ingest/exports/index.ts';
import { expectProblems } from '../helpers.ts';
import { cellOf, readFixture, readText, spans, values } from './read-helpers.ts';

/** A Meta daily file as downloaded: UTF-16LE with a byte order mark. */
function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

function readDaily(text: string, platform?: string) {
  const decoded = decodeExport('daily.csv', utf16le(text));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return readText(decoded.text, { file: 'daily.csv', fileName: 'daily.csv', ...(platform ? { platform } : {}) });
}

describe('Facebook Insights post export, legacy', () => {
  // Two header rows; titles repeat and only row 2 ("Total Count" / "Unique Users") tells them apart.
  const header =
    '"Post ID",Posted,"Lifetime Post Total Reach","Lifetime Post Total Impressions","Lifetime Engaged Users","Lifetime Post Consumptions","Lifetime Organic Video Views","Lifetime Organic Video Views","Lifetime Paid Video Views","Lifetime Paid Video Views","Lifetime Post Stories by action type - like","Lifetime Post Stories by action type - comment","Lifetime Post Stories by action type - share"\n' +
    ',,"Lifetime: reach (Unique Users)","Lifetime: impressions (Total Count)","(Unique Users)","(Total Count)","Lifetime: views (Unique Users)","Lifetime: views (Total Count)","Lifetime: paid views (Unique Users)","Lifetime: paid views (Total Count)","(Total Count)",,\n';

  it('skips the descriptive second row and takes repeated titles by their "(Total Count)" description', () => {
    const read = readText(
      header +
        '1605839243031680_111,"01/19/2017 09:03:47 AM",35,60,2,1,3,5,0,2,4,1," "\n' +
        '1605839243031680_222,"01/20/2017 11:00:00 PM",100,150,10,8,0,0,0,0,6,2,1\n',
    );
    expect(read.format.id).toBe('facebook-insights-posts');
    expect(read.problems).toEqual([]);
    // Three records after the header: the description row (skipped on purpose) and two posts.
    expect(read.rowsRead).toBe(3);
    expect(read.rows.map((row) => [row.line, row.postId, row.from])).toEqual([
      [3, '1605839243031680_111', '2017-01-19'],
      [4, '1605839243031680_222', '2017-01-20'],
    ]);
    // Video views: the "(Total Count)" columns, 5 organic + 2 paid = 7 (not the Unique Users 3 + 0).
    // Shares " " is a blank: not reported.
    expect(values(read.rows[0]!)).toEqual({
      reach: 35,
      impressions: 60,
      engagements: 2,
      clicks: 1,
      likes: 4,
      comments: 1,
      video_views: 7,
      posts: 1,
    });
    expect(values(read.rows[1]!)).toMatchObject({ video_views: 0, shares: 1, likes: 6 });
  });

  it('reports a bad count and a date in another shape, located', () => {
    const read = readText(header + '1605839243031680_111,2017-01-19,35,6O,2,1,3,5,0,2,4,1,0\n');
    // Line 3: "1605839243031680_111," is 21 characters, so Posted starts at 22, and
    // "2017-01-19,35," puts Lifetime Post Total Impressions at 22 + 11 + 3 = 36.
    expectProblems(read.problems, [
      { file: 'in.csv', line: 3, column: 22, says: ['"2017-01-19"', 'column "Posted"', '"01/19/2017 09:03:47 AM"'] },
      { file: 'in.csv', line: 3, column: 36, says: ['"6O"', '"Lifetime Post Total Impressions"', 'expected a number'] },
    ]);
    expect(read.rows).toEqual([]);
  });
});

describe('Facebook post export, Meta Business Suite', () => {
  it('reads lifetime totals per post on the publish day, with thousands separators', () => {
    const read = readFixture('Aug-01-2025_Aug-31-2025_1122334455667788.csv');
    expect(read.format.id).toBe('facebook-posts');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.postId, row.from, row.platform])).toEqual([
      ['1122334455667788_990011223344', '2025-08-12', 'facebook'],
      ['1122334455667788_990011223399', '2025-08-28', 'facebook'],
    ]);
    // Views "15,000" → impressions; "Reactions, Comments and Shares" → engagements; Reactions → likes.
    expect(values(read.rows[0]!)).toEqual({
      impressions: 15000,
      reach: 9800,
      engagements: 412,
      likes: 350,
      comments: 40,
      shares: 22,
      clicks: 1204,
      posts: 1,
    });
    expect(values(read.rows[1]!)).toEqual({
      impressions: 2200,
      reach: 1800,
      engagements: 95,
      likes: 80,
      comments: 10,
      shares: 5,
      clicks: 130,
      posts: 1,
    });
    // From the file name "Aug-01-2025_Aug-31-2025_...".
    expect(read.exportedThrough).toBe('2025-08-31');
  });

  it('refuses a mangled post id, a non-lifetime Date and an unreadable count', () => {
    const text =
      'Post ID,Page ID,Publish time,Date,Views,Reach\n' +
      '1.22158E+17,1122,08/12/2025 09:30,Lifetime,100,90\n' +
      '1122_3,1122,08/13/2025 09:30,08/13/2025,100,90\n' +
      '1122_4,1122,08/14/2025 09:30,Lifetime,n/a,90\n';
    const read = readText(text);
    // Line 3: "1122_3,1122,08/13/2025 09:30," is 29 characters: Date at column 30.
    // Line 4: "1122_4,1122,08/14/2025 09:30,Lifetime," is 38 characters: Views at column 39.
    expectProblems(read.problems, [
      { file: 'in.csv', line: 2, column: 1, says: ['"1.22158E+17"', "expected the post's full id"] },
      { file: 'in.csv', line: 3, column: 30, says: ['"08/13/2025"', 'column "Date"', 'expected "Lifetime"'] },
      { file: 'in.csv', line: 4, column: 39, says: ['"n/a"', 'column "Views"', 'expected a number'] },
    ]);
    expect(read.rows.map((row) => [row.postId, values(row)])).toEqual([['1122_4', { reach: 90, posts: 1 }]]);
  });
});

describe('Instagram post export, Meta Business Suite', () => {
  it('reads views as impressions and leaves follows out', () => {
    const read = readFixture('instagram-posts-Sep-01-2025_Sep-30-2025.csv');
    expect(read.format.id).toBe('instagram-posts');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.postId, row.from, row.platform])).toEqual([
      ['17900000000000001', '2025-09-02', 'instagram'],
      ['17900000000000002', '2025-09-03', 'instagram'],
    ]);
    expect(values(read.rows[0]!)).toEqual({
      impressions: 15000,
      reach: 8100,
      likes: 640,
      shares: 35,
      comments: 48,
      saves: 90,
      posts: 1,
    });
    expect(values(read.rows[1]!)).toEqual({
      impressions: 32500,
      reach: 21000,
      likes: 1900,
      shares: 210,
      comments: 77,
      saves: 300,
      posts: 1,
    });
    expect(read.exportedThrough).toBe('2025-09-30');
  });
});

describe('Meta daily metric files (UTF-16LE, sep=, and a title line)', () => {
  it('reads "Facebook follows" as gross new follows into net_follows, and says so', () => {
    const read = readDaily(
      'sep=,\r\n"Facebook follows"\r\n"Date","Primary"\r\n"2025-08-01T00:00:00","20"\r\n"2025-08-02T00:00:00","0"\r\n"2025-08-03T00:00:00","7"\r\n',
    );
    expect(read.format.id).toBe('meta-daily-metric');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.line, row.platform, row.from, values(row)])).toEqual([
      [4, 'facebook', '2025-08-01', { net_follows: 20 }],
      [5, 'facebook', '2025-08-02', { net_follows: 0 }],
      [6, 'facebook', '2025-08-03', { net_follows: 7 }],
    ]);
    // `"2025-08-01T00:00:00",` is 22 characters: the value starts at column 23.
    expect(cellOf(read.rows[0]!, 'net_follows').column).toBe(23);
    expect(read.notes.join(' ')).toContain('gross new follows');
  });

  it('reads "Instagram views" as impressions', () => {
    const read = readDaily('sep=,\n"Instagram views"\n"Date","Primary"\n"2025-08-01T00:00:00","1,500"\n');
    expect(read.rows.map((row) => [row.platform, row.from, values(row)])).toEqual([
      ['instagram', '2025-08-01', { impressions: 1500 }],
    ]);
  });

  it('names an unknown title and reads nothing from the file', () => {
    const read = readDaily('sep=,\n"Facebook watch time"\n"Date","Primary"\n"2025-08-01T00:00:00","20"\n');
    expectProblems(read.problems, [
      {
        file: 'daily.csv',
        line: 2,
        column: 1,
        says: ['"Facebook watch time"', 'expected one naming a metric', 'follows'],
      },
    ]);
    expect(read.rows).toEqual([]);
    expect(read.rowsRead).toBe(1);
  });

  it('reports a negative count at its cell', () => {
    const read = readDaily('sep=,\n"Facebook reach"\n"Date","Primary"\n"2025-08-01T00:00:00","-4"\n');
    expectProblems(read.problems, [
      { file: 'daily.csv', line: 4, column: 23, says: ['"-4"', 'column "Primary"', 'expected a count of 0 or more'] },
    ]);
  });

  it('reads a UTF-8 copy the same way (readExport works on text)', () => {
    const read = readExport('"Facebook visits"\n"Date","Primary"\n"2025-08-01T00:00:00","3"\n', {
      file: 'a.csv',
      fileName: 'a.csv',
      currency: 'USD',
      timeZone: 'UTC',
    });
    expect(read.format?.id).toBe('meta-daily-metric');
    expect(read.rows.map((row) => values(row))).toEqual([{ profile_visits: 3 }]);
    expect(spans(read.rows)).toEqual(['3 facebook 2025-08-01..2025-08-01']);
  });
});

describe('Meta daily metric files as downloaded: stacked sections, titles without a platform', () => {
  it("reads Facebook's and Instagram's sections of one file each as its own platform", () => {
    // Meta stacks Facebook first; here its title names no platform ("Follows"), Instagram's does.
    // Facebook: 7 + 3 = 10 follows; Instagram: 2 + 5 = 7.
    const read = readDaily(
      'sep=,\r\n"Follows"\r\n"Date","Primary"\r\n"2023-07-08T00:00:00","7"\r\n"2023-07-09T00:00:00","3"\r\n\r\n' +
        '"Instagram follows"\r\n"Date","Primary"\r\n"2023-07-08T00:00:00","2"\r\n"2023-07-09T00:00:00","5"\r\n',
    );
    expect(read.problems).toEqual([]);
    expect(read.rowsRead).toBe(4);
    expect(read.rows.map((row) => [row.line, row.platform, row.from, values(row)])).toEqual([
      [4, 'facebook', '2023-07-08', { net_follows: 7 }],
      [5, 'facebook', '2023-07-09', { net_follows: 3 }],
      [9, 'instagram', '2023-07-08', { net_follows: 2 }],
      [10, 'instagram', '2023-07-09', { net_follows: 5 }],
    ]);
    expect(read.notes[0]).toBe(
      'read as "Follows" -> net_follows, facebook, the platform as Meta stacks it, Facebook before Instagram; "Instagram follows" -> net_follows, instagram',
    );
  });

  it('takes the platform from the file name when the title names none, and says so', () => {
    const decoded = decodeExport(
      'IG VIEWS.csv',
      utf16le('sep=,\n"Views"\n"Date","Primary"\n"2025-08-01T00:00:00","1,500"\n'),
    );
    if (!decoded.ok) throw new Error(decoded.problem.message);
    const read = readText(decoded.text, { file: 'IG VIEWS.csv', fileName: 'IG VIEWS.csv' });
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.platform, values(row)])).toEqual([['instagram', { impressions: 1500 }]]);
    expect(read.notes[0]).toBe('read as "Views" -> impressions, instagram, the platform from the file name');
  });

  it('asks for the platform only when neither the title nor the file name gives it', () => {
    const read = readDaily('sep=,\n"Reach"\n"Date","Primary"\n"2025-08-01T00:00:00","15"\n');
    expectProblems(read.problems, [
      {
        file: 'daily.csv',
        line: 2,
        column: 1,
        says: ['"Reach"', 'names no platform', 'file name', "client's settings"],
      },
    ]);
    expect(readDaily('sep=,\n"Reach"\n"Date","Primary"\n"2025-08-01T00:00:00","15"\n', 'facebook').rows).toHaveLength(
      1,
    );
  });
});
