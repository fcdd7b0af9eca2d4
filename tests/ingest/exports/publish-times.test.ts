/**
 * Publish times on the client's clock: a time that states its offset is converted, one
 * that does not is read in the file's zone (files: timezone:) or the client's, and the
 * post counts on the client's day. Meta's fault of writing the month for the minutes is
 * recognised, and only the hour kept.
 */
import { describe, expect, it } from 'vitest';
import { timeAfterDate } from '../../../src/ingest/exports/dates.ts';
import { utcOffset } from '../../../src/ingest/exports/publish-clock.ts';
import { readText } from './read-helpers.ts';

const RECAP_POSTS = 'post_id,platform,published,impressions,campaign\n';

describe('publish times', () => {
  it('reads a time after a date, with its am/pm and its stated offset', () => {
    expect(timeAfterDate('01/19/2017 09:03:47 AM')).toEqual({ minute: 9 * 60 + 3, offset: null });
    expect(timeAfterDate('01/19/2017 12:10 AM')).toEqual({ minute: 10, offset: null });
    expect(timeAfterDate('01/19/2017 12:10 PM')).toEqual({ minute: 12 * 60 + 10, offset: null });
    expect(timeAfterDate('2017-04-04 00:00 +0000')).toEqual({ minute: 0, offset: 0 });
    expect(timeAfterDate('2026-05-04T18:30:00+03:30')).toEqual({ minute: 18 * 60 + 30, offset: 210 });
    expect(timeAfterDate('2026-05-04T18:30:00.123Z')).toEqual({ minute: 18 * 60 + 30, offset: 0 });
    expect(timeAfterDate('2026-05-04 07:05 -0500')).toEqual({ minute: 7 * 60 + 5, offset: -300 });
    expect(timeAfterDate('2026-05-04')).toBeNull();
    expect(timeAfterDate('2026-05-04 24:00')).toBeNull();
    expect(timeAfterDate('2026-05-04 13:00 PM')).toBeNull();
    expect([0, 210, -300].map(utcOffset)).toEqual(['UTC', 'UTC+03:30', 'UTC-05:00']);
  });

  it('converts a stated offset to the client’s clock, moving the post to the client’s day', () => {
    const read = readText(
      `${RECAP_POSTS}a,instagram,2026-05-31T22:00:00Z,100,\nb,instagram,2026-05-31 10:00 +0000,100,\nc,instagram,2026-05-31,100,\n`,
      { timeZone: 'Asia/Tehran' },
    );
    // 22:00 UTC is 01:30 on 1 June in Tehran; 10:00 UTC is 13:30 on the same day; a day alone stays.
    expect(read.rows.map((row) => [row.postId, row.from, row.post?.minute])).toEqual([
      ['a', '2026-06-01', 90],
      ['b', '2026-05-31', 13 * 60 + 30],
      ['c', '2026-05-31', null],
    ]);
    expect(read.notes).toContain(
      'publish times are written in UTC and shown on the Asia/Tehran clock (timezone: in client.yaml)',
    );
    expect(read.notes).toContain(
      'posts on another day on the Asia/Tehran clock than in the export: 1, each counted on its Asia/Tehran day',
    );
    expect(read.settingsUsed.has('timezone')).toBe(false);
  });

  it('reads times without an offset in the file’s zone when files: gives one, else the client’s', () => {
    const text = `${RECAP_POSTS}a,facebook,2026-05-04 18:30,100,\n`;
    const own = readText(text, { timeZone: 'Asia/Tehran' });
    expect(own.rows[0]!.post?.minute).toBe(18 * 60 + 30);
    expect(own.settingsUsed.has('timezone')).toBe(true);
    const other = readText(text, { timeZone: 'Asia/Tehran', fileTimeZone: 'America/Los_Angeles' });
    // 18:30 in Los Angeles (UTC-7 in May) is 05:00 the next day in Tehran.
    expect([other.rows[0]!.from, other.rows[0]!.post?.minute]).toEqual(['2026-05-05', 5 * 60]);
    expect(other.notes).toContain(
      'publish times name no time zone: they are read as America/Los_Angeles time (files: in client.yaml) and shown on the Asia/Tehran clock',
    );
  });

  it('keeps the campaign of a Recap post and the custom labels of a Meta post', () => {
    const recap = readText(`${RECAP_POSTS}a,instagram,2026-05-04,100,Spring Sale\n`);
    expect(recap.rows[0]!.post?.campaigns).toEqual(['Spring Sale']);
    const meta = readText(
      'Post ID,Page ID,Page name,Title,Description,Publish time,Permalink,Post type,Custom labels,Date,Views,Reach\n' +
        '1,9,Acme,,Hello,05/04/2026 18:30,https://facebook.com/1,Photo,"Spring Sale, Always on",Lifetime,100,80\n',
    );
    expect(meta.rows[0]!.post?.campaigns).toEqual(['Spring Sale', 'Always on']);
  });

  it('keeps only the hour when every minute equals its month, as in a real Meta download', () => {
    const meta = readText(
      'Post ID,Page ID,Page name,Title,Description,Publish time,Permalink,Post type,Date,Views,Reach\n' +
        '1,9,Acme,,a,12/12/2023 01:12,,Photo,Lifetime,100,80\n' +
        '2,9,Acme,,b,03/04/2024 08:03,,Photo,Lifetime,100,80\n' +
        '3,9,Acme,,c,02/28/2024 06:02,,Photo,Lifetime,100,80\n',
      { timeZone: 'Asia/Tehran' },
    );
    expect(meta.rows.map((row) => row.post?.minute)).toEqual([60, 8 * 60, 6 * 60]);
    expect(meta.notes.some((note) => note.includes('only the hour is used'))).toBe(true);
    // Two rows are not enough to call it a fault: 08:03 in March may be a real time.
    const two = readText(
      'Post ID,Page ID,Page name,Title,Description,Publish time,Permalink,Post type,Date,Views,Reach\n' +
        '1,9,Acme,,a,12/12/2023 01:12,,Photo,Lifetime,100,80\n' +
        '2,9,Acme,,b,03/04/2024 08:03,,Photo,Lifetime,100,80\n',
    );
    expect(two.rows.map((row) => row.post?.minute)).toEqual([72, 8 * 60 + 3]);
  });
});
