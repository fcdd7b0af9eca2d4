import { describe, expect, it } from 'vitest';
import { GregorianCalendar } from '../../src/model/calendar.ts';
import { formatChange, formatChangePct, formatMetric, formatMonth } from '../../src/present/format.ts';

const usd = { locale: 'en-US', currency: 'USD' };
const eur = { locale: 'de-DE', currency: 'EUR' };

describe('numbers as a reader sees them', () => {
  it('formats counts, money, rates and multiples in the client locale', () => {
    expect(formatMetric('impressions', 2924358, usd)).toBe('2,924,358');
    expect(formatMetric('impressions', 2924358, eur)).toBe('2.924.358');
    expect(formatMetric('revenue', 12722.4, usd)).toBe('$12,722');
    expect(formatMetric('cpc', 0.2, usd)).toBe('$0.20');
    // de-DE puts the euro sign after the number, with a no-break space
    expect(formatMetric('revenue', 12722.4, eur)).toBe('12.722\u00a0€');
    // Rates under 10% keep two decimals, so 0.94% and 0.9% stay apart
    expect(formatMetric('ctr', 0.94, usd)).toBe('0.94%');
    expect(formatMetric('roi', 177.7777, usd)).toBe('177.8%');
    expect(formatMetric('roas', 4.2, usd)).toBe('4.20x');
  });

  it('says n/a for a missing value, never 0, NaN or Infinity', () => {
    expect(formatMetric('roi', null, usd)).toBe('n/a');
    expect(formatMetric('roi', Number.POSITIVE_INFINITY, usd)).toBe('n/a');
    expect(formatMetric('roi', Number.NaN, usd)).toBe('n/a');
    expect(formatChangePct(null, usd)).toBe('n/a');
  });

  it('shows a rate change in percentage points and other changes in percent, with a sign', () => {
    // CTR 0.9% -> 1.3%: +0.4 points, not +0.4%
    expect(formatChange('ctr', { change: 0.4, pct: 44.444 }, usd)).toBe('+0.4 pts');
    expect(formatChange('roi', { change: -63.25, pct: -75.05 }, usd)).toBe('-63.3 pts');
    expect(formatChange('impressions', { change: 586654, pct: 35.531509 }, usd)).toBe('+35.5%');
    expect(formatChange('impressions', { change: null, pct: null }, usd)).toBe('n/a');
  });

  it('names a month of the client calendar in its locale', () => {
    const calendar = new GregorianCalendar();
    const october = calendar.parseMonth('2026-10')!;
    expect(formatMonth(calendar, october, 'en-US')).toBe('October 2026');
    expect(formatMonth(calendar, october, 'en-US', 'short')).toBe('Oct 2026');
    expect(formatMonth(calendar, october, 'de-DE')).toBe('Oktober 2026');
  });
});

describe('rials and tomans', () => {
  const rials = { locale: 'fa-IR', currency: 'IRR' };
  const tomans = { ...rials, tomans: true };

  it('shows IRR amounts in tomans, a tenth of the rials, with the Persian word', () => {
    // 1,250,000 rials = 125,000 tomans, in Persian digits and separators
    expect(formatMetric('revenue', 1_250_000, tomans)).toBe('۱۲۵٬۰۰۰ تومان');
    // 4,500 rials = 450 tomans
    expect(formatMetric('cpc', 4_500, tomans)).toBe('۴۵۰ تومان');
  });

  it('says toman in English for an English report, and rials stay rials without the option', () => {
    expect(formatMetric('revenue', 1_250_000, { locale: 'en-US', currency: 'IRR', tomans: true })).toBe(
      '125,000 toman',
    );
    expect(formatMetric('revenue', 1_250_000, rials)).toContain('۱٬۲۵۰٬۰۰۰');
  });
});

describe('writing direction', () => {
  it('is right to left for Persian and Arabic, left to right otherwise', async () => {
    const { textDirection, languageOf } = await import('../../src/present/format.ts');
    expect(textDirection('fa-IR')).toBe('rtl');
    expect(textDirection('ar-AE')).toBe('rtl');
    expect(textDirection('en-US')).toBe('ltr');
    expect(textDirection('de-DE')).toBe('ltr');
    expect(languageOf('fa-IR')).toBe('fa');
  });
});

describe('the words numbers come with', () => {
  it("says n/a and points in the locale's language", () => {
    const persian = { locale: 'fa-IR', currency: 'IRR' };
    expect(formatMetric('impressions', null, persian)).toBe('نامشخص');
    // Intl puts a left-to-right mark before the sign in Persian.
    expect(formatChange('ctr', { change: 0.4, pct: 44.4 }, persian)).toBe('\u200e+۰٫۴ واحد درصد');
    expect(formatChange('impressions', { change: null, pct: null }, persian)).toBe('نامشخص');
    // A language without a catalogue gets English words and its own digits.
    expect(formatMetric('impressions', null, { locale: 'de-DE', currency: 'EUR' })).toBe('n/a');
    expect(formatChange('ctr', { change: 0.4, pct: 44.4 }, { locale: 'de-DE', currency: 'EUR' })).toBe('+0,4 pts');
  });
});
