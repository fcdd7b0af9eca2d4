/**
 * A client on the Solar Hijri calendar: day rows keep their Gregorian dates and are
 * bucketed into Jalali months; month rows and report periods are Jalali YYYY-MM.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildOne, removeDataDirs } from './fixture.ts';

afterAll(removeDataDirs);

describe('calendar: persian', () => {
  const r = buildOne({
    yaml: 'name: Tehran Cafe\ncurrency: IRR\nlocale: fa-IR\ncalendar: persian\n',
    files: {
      'instagram.csv': [
        'date,platform,impressions',
        // 2024-03-20 is 1 Farvardin 1403, 2024-04-19 is 31 Farvardin 1403 (its last day)
        '2024-03-20,instagram,5',
        '2024-04-19,instagram,15',
        // 2025-03-19 and 2025-03-20 are 29 and 30 Esfand 1403 (a leap year)
        '2025-03-19,instagram,10',
        '2025-03-20,instagram,20',
        // 2025-03-21 is 1 Farvardin 1404 (Nowruz); 2025-04-20 is 31 Farvardin 1404, its last day
        '2025-03-21,instagram,30',
        '2025-04-20,instagram,40',
      ].join('\n'),
      // A month row is a Jalali month.
      'costs.csv': ['date,platform,metric,value', '1404-01,instagram,cost,500'].join('\n'),
    },
  });

  it('buckets days into Jalali months across Nowruz', () => {
    // Esfand 1403: 10 + 20 = 30; Farvardin 1404: 30 + 40 = 70
    expect(r.figures('1403-12', 'instagram', 'impressions').value).toBe(30);
    expect(r.figures('1404-01', 'instagram', 'impressions').value).toBe(70);
    // Farvardin 1403: 5 + 15 = 20
    expect(r.figures('1403-01', 'instagram', 'impressions').value).toBe(20);
  });

  it('counts a Jalali month row in its month', () => {
    expect(r.figures('1404-01', 'instagram', 'cost').value).toBe(500);
  });

  it('compares with the same Jalali month a year earlier', () => {
    // (70 - 20) / 20 * 100 = 250
    expect(r.figures('1404-01', 'all', 'impressions').yoy).toEqual({ previous: 20, change: 50, pct: 250 });
    // The month before Farvardin 1404 is Esfand 1403: (70 - 30) / 30 * 100 = 133.33...
    expect(r.figures('1404-01', 'all', 'impressions').mom.previous).toBe(30);
    expect(r.figures('1404-01', 'all', 'impressions').mom.pct).toBeCloseTo(133.333333, 5);
  });

  it('publishes Jalali period ids and says which calendar they are in', () => {
    const json = r.json('1404-01');
    expect(json.period).toBe('1404-01');
    expect(json.calendar).toBe('persian');
    // Farvardin 1404 runs 2025-03-21 to 2025-04-20, and the data covers all of it.
    expect(json.partial).toBe(false);
    expect(json.coverage).toEqual({ from: '2025-03-21', to: '2025-04-20' });
    // Partial is about where the client's data starts and stops (2024-03-20 to 2025-04-20), not about
    // how many days of a month have rows: Esfand 1403 lies inside, so it is a full month.
    expect(r.json('1403-12').partial).toBe(false);
    expect(r.json('1403-12').coverage).toEqual({ from: '2025-02-19', to: '2025-03-20' });
    expect(r.report.months.map((m) => m.month.id).slice(0, 2)).toEqual(['1403-01', '1403-02']);
  });
});
