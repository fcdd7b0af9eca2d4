/** How cells become numbers, and the "did you mean" suggestions. */
import { describe, expect, it } from 'vitest';
import { parseDecimal, toAsciiDigits } from '../../src/ingest/numbers.ts';
import { didYouMean, editDistance, nearest } from '../../src/ingest/suggest.ts';
import { CLIENT_CONFIG_KEYS } from '../../src/ingest/client-config.ts';
import { BUILT_IN_METRICS } from '../../src/model/metrics.ts';

describe('parseDecimal', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['1234.5', 1234.5],
    ['0.25', 0.25],
    ['-5', -5],
    ['1,234', 1234],
    ['12,345', 12345],
    ['1,234,567', 1234567],
    ['1,234.56', 1234.56],
    ['۱۲۳', 123],
    ['١٢٣', 123],
    ['۱,۲۳۴', 1234],
    ['١٬٢٣٤', 1234],
    ['۱۲٫۵', 12.5],
    ['007', 7],
  ])('reads %s as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each([
    ['12x'],
    ['12,5'], // a decimal comma, not a thousands separator
    ['1,23'],
    ['1,2345'],
    ['1.234,5'],
    ['1 234'],
    ['5%'],
    ['$3'],
    ['1e3'],
    ['0x10'],
    ['Infinity'],
    ['NaN'],
    ['-'],
    ['1.2.3'],
    ['--5'],
    [','],
  ])('refuses %s', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('toAsciiDigits', () => {
  it('maps Persian and Arabic-Indic digits and separators and leaves the rest', () => {
    expect(toAsciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toAsciiDigits('١٬٢٣٤٫٥')).toBe('1,234.5');
    expect(toAsciiDigits('۱۴۰۳-۰۱')).toBe('1403-01');
    expect(toAsciiDigits('abc 12')).toBe('abc 12');
  });
});

describe('suggestions', () => {
  it('computes edit distances', () => {
    expect(editDistance('impresions', 'impressions')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the nearest metric id for a typo', () => {
    const ids = Object.keys(BUILT_IN_METRICS);
    expect(nearest('impresions', ids)).toBe('impressions');
    expect(nearest('folowers', ids)).toBe('followers');
    expect(nearest('video_view', ids)).toBe('video_views');
    expect(didYouMean('impresions', ids)).toBe(' (did you mean "impressions"?)');
  });

  it('suggests nothing for a name that is not close to any id', () => {
    expect(nearest('temperature', Object.keys(BUILT_IN_METRICS))).toBeUndefined();
    expect(didYouMean('temperature', Object.keys(BUILT_IN_METRICS))).toBe('');
  });

  it('suggests lead_value for lead_vaule', () => {
    expect(nearest('lead_vaule', CLIENT_CONFIG_KEYS)).toBe('lead_value');
  });
});
