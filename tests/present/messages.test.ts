/**
 * The message catalogues: every language says everything English says, and a
 * client's locale picks its language.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/present/messages/en.ts';
import {
  exportFormatLabel,
  LANGUAGES,
  messagesFor,
  metricLabel,
  platformLabel,
} from '../../src/present/messages/index.ts';
import { EXPORT_FORMATS } from '../../src/ingest/exports/index.ts';
import { BUILT_IN_METRICS, DERIVED_METRIC_IDS } from '../../src/model/metrics.ts';

/**
 * Every path to a leaf (a string or a function) in a catalogue. The export formats'
 * names are a lookup table that may leave a format in English: they have their own test.
 */
function leaves(value: unknown, at = ''): string[] {
  if (typeof value === 'string' || typeof value === 'function') return [at];
  if (at === 'methodology.exportFormats') return [];
  return Object.entries(value as object).flatMap(([key, inner]) => leaves(inner, at ? `${at}.${key}` : key));
}

describe('message catalogues', () => {
  it('has English and Persian', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'fa']));
  });

  it.each(LANGUAGES)('%s says everything English says, and nothing it is missing is left empty', (language) => {
    const messages = messagesFor(language);
    expect(leaves(messages).sort()).toEqual(leaves(en).sort());
    for (const path of leaves(messages)) {
      const leaf = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
      const text =
        typeof leaf === 'function' ? (leaf as (...args: string[]) => string)('A', 'B', 'C', 'D', 'E', 'F') : leaf;
      expect(typeof text === 'string' && text.trim().length > 0, path).toBe(true);
    }
  });

  it('names every platform export format in Persian, and in English by its own label', () => {
    const fa = messagesFor('fa-IR');
    for (const format of EXPORT_FORMATS) {
      const persian = exportFormatLabel(fa, format.id, format.label);
      expect(persian, format.id).not.toBe(format.label);
      expect(persian, format.id).toMatch(/[\u0600-\u06ff]/);
      expect(exportFormatLabel(en, format.id, format.label)).toBe(format.label);
    }
    expect(Object.keys(fa.methodology.exportFormats).sort()).toEqual(EXPORT_FORMATS.map((f) => f.id).sort());
  });

  it('names every built-in and derived metric', () => {
    for (const id of [...Object.keys(BUILT_IN_METRICS), ...DERIVED_METRIC_IDS]) {
      expect(Object.hasOwn(en.metrics, id), id).toBe(true);
    }
    expect(Object.keys(en.formulas).sort()).toEqual([...DERIVED_METRIC_IDS].sort());
  });

  it('picks the language of the locale, English where there is no catalogue', () => {
    expect(metricLabel(messagesFor('fa-IR'), 'engagement_rate')).toBe('نرخ تعامل');
    expect(metricLabel(messagesFor('en-US'), 'engagement_rate')).toBe('Engagement rate');
    expect(metricLabel(messagesFor('de-DE'), 'engagement_rate')).toBe('Engagement rate');
    expect(platformLabel(messagesFor('fa'), 'aparat')).toBe('آپارات');
  });

  it("names a client's own metric and an unknown platform from their ids", () => {
    expect(metricLabel(en, 'newsletter_signups')).toBe('newsletter signups');
    expect(platformLabel(en, 'mastodon')).toBe('Mastodon');
    // A key inherited from Object.prototype is not a name.
    expect(metricLabel(en, 'constructor')).toBe('constructor');
  });

  it('fills the Persian sentences with the values given, in order', () => {
    const fa = messagesFor('fa-IR');
    expect(fa.report.title('کافه', 'مهر ۱۴۰۵')).toBe('کافه: گزارش شبکه‌های اجتماعی، مهر ۱۴۰۵');
    expect(fa.goals.status.on_track).toBe('در مسیر');
  });
});
