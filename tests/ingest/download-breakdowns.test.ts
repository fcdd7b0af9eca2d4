/**
 * What a whole download holds besides metric series: skipped with a note, never an
 * error. And a file that gives nothing never passes as clean.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { readText } from './exports/read-helpers.ts';
import { cleanUpTempDirs, day, expectProblems, findSeries, oneClient, shown } from './helpers.ts';
import path from 'node:path';

afterAll(cleanUpTempDirs);

describe('a TikTok Studio download dropped in whole', () => {
  it('reads the overview and skips the audience and activity files, each with a note', () => {
    const dataDir = oneClient(
      {
        // 1441 + 980 video views over two days.
        'Overview.csv':
          '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n"August 30","1441","52","31","2","11"\n"August 31","980","40","12","-1","3"\n',
        'FollowerGender.csv': '"Gender","Distribution"\n"Female","0.61"\n"Male","0.39"\n',
        'FollowerActivity.csv': '"Date","Hour","Active followers"\n"August 30","0","12"\n"August 30","1","9"\n',
        'Viewers.csv': '"Viewer type","Share"\n"New viewers","0.7"\n',
        'FollowerTopTerritories.csv': '"Top territories","Distribution"\n"US","0.4"\n',
      },
      'name: Acme\nfiles:\n  Overview.csv:\n    year: 2025\n',
    );
    const { clients, problems, files } = loadDataDir(dataDir, { today: '2026-11-30' });
    expect(problems).toEqual([]);
    const views = findSeries(clients[0]!.series, 'tiktok', 'video_views');
    expect(views.sumDays(day('2025-08-01'), day('2025-08-31')).sum).toBe(2421);
    const noteOf = (name: string) => files.find((file) => file.file.endsWith(name))!;
    expect(noteOf('FollowerGender.csv')).toMatchObject({
      format: 'skipped',
      rowsRead: 2,
      rowsAccepted: 0,
      notes: ['holds the followers by gender, not a time series of account metrics: skipped'],
    });
    expect(noteOf('FollowerActivity.csv').notes).toEqual([
      'holds follower activity by hour of the day, not a time series of account metrics: skipped',
    ]);
    expect(noteOf('Viewers.csv').notes![0]).toContain('the viewers of the account');
    expect(noteOf('FollowerTopTerritories.csv').notes![0]).toContain('by country');
  });

  it('still refuses a file that is neither an export nor a breakdown', () => {
    const dataDir = oneClient({ 'mystery.csv': 'Foo,Bar\n1,2\n' });
    const { problems } = loadDataDir(dataDir, { today: '2026-11-30' });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(shown(path.join(dataDir, 'acme', 'mystery.csv')));
  });
});

describe('a file that gives nothing', () => {
  it('is never clean: a YouTube chart of a metric Recap does not read is one located problem', () => {
    const read = readText('Date,Content,Video title,Average percentage viewed (%)\n2025-06-01,abc,Intro,41.5\n');
    expect(read.format.id).toBe('youtube-chart-data');
    expectProblems(read.problems, [
      {
        file: 'in.csv',
        line: 1,
        column: 1,
        says: ['with no value Recap reads in any of its rows (1 read)'],
      },
    ]);
  });

  it('reads YouTube engaged views and watch hours as metrics of their own', () => {
    // Two videos on 1 June: 120 + 30 engaged views, 4.5 + 1.5 watch hours.
    const chart = readText(
      'Date,Content,Video title,Engaged views,Watch time (hours)\n2025-06-01,a,One,120,4.5\n2025-06-01,b,Two,30,1.5\n',
    );
    expect(chart.problems).toEqual([]);
    expect(chart.rows.map((row) => Object.fromEntries(row.cells.map((c) => [c.metric, c.value])))).toEqual([
      { engaged_views: 150, watch_hours: 6 },
    ]);
    const totals = readText('Date,Engaged views\n2025-06-01,150\n2025-06-02,90\n');
    expect(totals.format.id).toBe('youtube-totals-engaged');
    expect(totals.rows.map((row) => row.cells[0]!.value)).toEqual([150, 90]);
  });
});
