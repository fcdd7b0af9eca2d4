/** Two exports of one account that overlap: the account's own file gives the account's totals. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { cleanUpTempDirs, day, findSeries, oneClient } from './helpers.ts';

afterAll(cleanUpTempDirs);

describe('an account overview and a post export of the same days', () => {
  it('takes the day totals from the overview, the rest from the posts, and says so without a problem', () => {
    const dataDir = oneClient({
      // The overview: 1,200 impressions on Sep 6 (the account's, more than its posts' 500 + 300).
      'overview.csv':
        'Date,Impressions,Engagements,New follows,Unfollows\n"Sat, Sep 6, 2025",1200,85,9,3\n"Fri, Sep 5, 2025",1000,70,4,6\n',
      // Two posts on Sep 6, one on Sep 4, a day the overview does not cover.
      'posts.csv':
        'Post id,Date,Impressions,Engagements,Likes\n' +
        '1,"Sat, Sep 6, 2025",500,40,30\n2,"Sat, Sep 6, 2025",300,20,10\n3,"Thu, Sep 4, 2025",250,15,9\n',
    });
    const { clients, problems, files } = loadDataDir(dataDir, { today: '2026-11-30' });
    expect(problems).toEqual([]);
    const series = clients[0]!.series;
    // Sep 6 impressions: the overview's 1,200, not 1,200 + 800. Sep 4: the post's 250, no overview that day.
    expect(findSeries(series, 'x', 'impressions').dayValues.get(day('2025-09-06'))).toBe(1200);
    expect(findSeries(series, 'x', 'impressions').dayValues.get(day('2025-09-04'))).toBe(250);
    // Likes only the posts give: 30 + 10 on Sep 6.
    expect(findSeries(series, 'x', 'likes').dayValues.get(day('2025-09-06'))).toBe(40);
    const postNotes = files.find((file) => file.file.endsWith('posts.csv'))!.notes;
    // One note for the metrics left out of the same posts for the same file.
    expect(postNotes).toContain(
      "impressions and engagements of 2 posts left out: the account's own file overview.csv gives them for their days",
    );
    // The file's three posts are used, all of them: for the top posts, whatever the days' totals.
    expect(files.find((file) => file.file.endsWith('posts.csv'))!.rowsAccepted).toBe(3);
  });
});
