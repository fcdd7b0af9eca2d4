import { describe, expect, it } from 'vitest';
import { looksLikeMetric } from '../../../src/ingest/exports/metric-columns.ts';

describe('which header names hold a metric', () => {
  it('knows counts, in the singular or the plural, by any of their words', () => {
    for (const name of [
      'share',
      'media views',
      'promoted impressions',
      'watch time (hours)',
      'engagement rate',
      'lifetime post paid reach',
    ])
      expect(looksLikeMetric(name), name).toBe(true);
  });

  it('leaves out what describes a post rather than how it did', () => {
    for (const name of [
      'post id',
      'date',
      'video title',
      'is share',
      'data comment',
      'permalink',
      'duration (sec)',
      'account name',
    ])
      expect(looksLikeMetric(name), name).toBe(false);
  });
});
