/**
 * Google Analytics 4 report downloads: one web row over the report's dates, or one per
 * day with a Date dimension; only the first of stacked tables is read.
 */
import { describe, expect, it } from 'vitest';
import { expectProblems } from '../helpers.ts';
import { cellOf, readFixture, readText, spans, values } from './read-helpers.ts';

describe('GA4 report export', () => {
  it('sums the channel rows of the first table over the start and end dates', () => {
    const read = readFixture('ga4-traffic-acquisition.csv');
    expect(read.format.id).toBe('ga4-report');
    expect(read.problems).toEqual([]);
    // Four records in the first table (three channels and the Grand total, skipped); the second table is not read.
    expect(read.rowsRead).toBe(4);
    // Sessions 1200 + 650 + 300 = 2150; key events 30 + 12 + 3 = 45; revenue 450.5 + 120.25 + 0 = 570.75;
    // event count 6120 + 2730 + 990 = 9840.
    expect(spans(read.rows)).toEqual(['11 web 2026-05-01..2026-05-31']);
    expect(values(read.rows[0]!)).toEqual({ sessions: 2150, conversions: 45, revenue: 570.75, events: 9840 });
    // Located at the first channel's cell: "Organic Search," is 15 characters.
    expect(cellOf(read.rows[0]!, 'sessions')).toEqual({ metric: 'sessions', value: 2150, line: 11, column: 16 });
    expect(read.exportedThrough).toBe('2026-05-31');
  });

  it('reads day rows from a Date dimension, summing the channels of each day', () => {
    const text =
      '# Start date: 20260501\n# End date: 20260502\n' +
      'Session default channel group,Date,Sessions,Engaged sessions,Conversions\n' +
      'Direct,20260502,10,5,1\nOrganic Search,20260501,20,12,2\nDirect,20260501,7,3,0\n';
    const read = readText(text);
    // May 1: 20 + 7 = 27 sessions, 2 + 0 = 2 conversions; May 2: 10 and 1.
    expect(read.rows.map((row) => [row.from, row.to, values(row)])).toEqual([
      ['2026-05-01', '2026-05-01', { sessions: 27, conversions: 2 }],
      ['2026-05-02', '2026-05-02', { sessions: 10, conversions: 1 }],
    ]);
    // Each day's row holds the records it added up: two for May 1, one for May 2.
    expect(read.rows.map((row) => row.records)).toEqual([2, 1]);
  });

  it('does not count a channel row without values among the records a day holds', () => {
    const text =
      '# Start date: 20260501\n# End date: 20260501\n' +
      'Session default channel group,Date,Sessions,Engaged sessions,Conversions\n' +
      'Direct,20260501,10,5,1\nReferral,20260501,,,\n';
    const read = readText(text);
    expect(read.rowsRead).toBe(2);
    expect(read.rows.map((row) => [values(row), row.records])).toEqual([[{ sessions: 10, conversions: 1 }, 1]]);
  });

  it('reports a bad number and a missing date range', () => {
    const text = 'Session default channel group,Sessions,Engaged sessions\nDirect,1.2k,5\n';
    const read = readText(text);
    expectProblems(read.problems, [
      { file: 'in.csv', line: 1, column: 1, says: ['no "# Start date:"', 'Date column'] },
      // "Direct," is 7 characters: Sessions at 8.
      { file: 'in.csv', line: 2, column: 8, says: ['"1.2k"', 'column "Sessions"', 'expected a number'] },
    ]);
    expect(read.rows).toEqual([]);
  });
});

describe('GA4 reports without Sessions', () => {
  it('reads a User acquisition report by its # lines, users and new users summed over first user channels', () => {
    const read = readFixture('ga4-user-acquisition.csv');
    expect(read.format.id).toBe('ga4-report');
    expect(read.problems).toEqual([]);
    // A person has one first user channel, so users add up: 900 + 500 + 210 = 1610; new users
    // 850 + 480 + 200 = 1530; event count 5000 + 2260 + 980 = 8240; key events 30 + 12 + 3 = 45.
    expect(spans(read.rows)).toEqual(['11 web 2026-05-01..2026-05-31']);
    expect(values(read.rows[0]!)).toEqual({
      users: 1610,
      new_users: 1530,
      events: 8240,
      conversions: 45,
      revenue: 570.75,
    });
    expect(read.notes).toContain('not read: "Returning users", "Engaged sessions", "Engagement rate"');
  });

  it('sums event count over event names and leaves users out, saying why', () => {
    const read = readFixture('ga4-events.csv');
    expect(read.format.id).toBe('ga4-report');
    expect(read.problems).toEqual([]);
    // 5120 + 2100 + 980 + 40 = 8240 events; a person fires many events, so users are not summed.
    expect(values(read.rows[0]!)).toEqual({ events: 8240, revenue: 570.75 });
    expect(read.notes).toContainEqual(
      expect.stringMatching(/^not read: "Total users", because a person is in more than one "Event name" row/),
    );
  });

  it('sums new users, not users, over a session breakdown', () => {
    const text =
      '# Start date: 20260501\n# End date: 20260531\n' +
      'Session source / medium,Users,New users,Sessions,Engaged sessions\n' +
      'google / organic,100,80,150,90\nt.co / referral,40,30,55,20\n';
    const read = readText(text);
    // 80 + 30 new users; sessions 150 + 55; a person may come from both sources, so users are not summed.
    expect(values(read.rows[0]!)).toEqual({ sessions: 205, new_users: 110 });
    expect(read.notes.some((note) => note.startsWith('not read: "Users", because'))).toBe(true);
  });

  it('reads users per day when Date is the only breakdown', () => {
    const text =
      '# ----------------------------------------\n# Start date: 20260501\n# End date: 20260502\n' +
      'Date,Active users,New users,Event count\n20260501,70,20,400\n20260502,65,15,380\n';
    const read = readText(text);
    expect(read.rows.map((row) => [row.from, values(row)])).toEqual([
      ['2026-05-01', { users: 70, new_users: 20, events: 400 }],
      ['2026-05-02', { users: 65, new_users: 15, events: 380 }],
    ]);
  });

  it('gives a GA4 report with no column Recap reads one GA4 problem, not a foreign header message', () => {
    const text =
      '# ----------------------------------------\n# Pages and screens\n# Start date: 20260501\n# End date: 20260531\n' +
      'Page path and screen class,Views,Average engagement time\n/,500,12\n/menu,200,30\n';
    const read = readText(text);
    expect(read.format.id).toBe('ga4-report');
    expectProblems(read.problems, [
      { file: 'in.csv', line: 5, column: 1, says: ['Google Analytics 4 report with no value', '(2 read)', '"Views"'] },
    ]);
  });
});

describe('GA4 sessions by source and campaign, for the traffic social sends', () => {
  const HEAD = '# Start date: 20261001\n# End date: 20261031\n';

  it('keeps each row of a table by session source / medium, split into source and medium', () => {
    const read = readText(
      `${HEAD}Session source / medium,Sessions,Engaged sessions,Key events,Total revenue\nl.instagram.com / referral,300,180,6,120.5\nGoogle / organic,900,500,20,400\nGrand total,1200,680,26,520.5\n`,
    );
    expect(read.traffic).toEqual([
      {
        from: '2026-10-01',
        to: '2026-10-31',
        source: 'l.instagram.com',
        medium: 'referral',
        campaign: null,
        byCampaign: false,
        sessions: 300,
        engagedSessions: 180,
        conversions: 6,
        revenue: 120.5,
        line: 4,
      },
      expect.objectContaining({ source: 'google', medium: 'organic', sessions: 900, line: 5 }),
    ]);
  });

  it('keeps the campaign of a table by session campaign, and no campaign for (not set)', () => {
    const read = readText(
      `${HEAD}Session source / medium,Session campaign,Sessions,Engaged sessions\nfacebook / cpc,Spring Sale,50,30\nfacebook / cpc,(not set),20,10\n`,
    );
    expect(read.traffic?.map((row) => [row.source, row.campaign, row.byCampaign, row.sessions])).toEqual([
      ['facebook', 'Spring Sale', true, 50],
      ['facebook', null, true, 20],
    ]);
  });

  it('keeps a day per row when Date is a dimension, and nothing for a table by channel group', () => {
    const daily = readText(
      'Date,Session source / medium,Sessions,Engaged sessions\n20261101,t.co / referral,5,2\n20261102,t.co / referral,7,3\n',
    );
    expect(daily.traffic?.map((row) => [row.from, row.to, row.sessions])).toEqual([
      ['2026-11-01', '2026-11-01', 5],
      ['2026-11-02', '2026-11-02', 7],
    ]);
    expect(readFixture('ga4-traffic-acquisition.csv').traffic).toEqual([]);
  });
});
