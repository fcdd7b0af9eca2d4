/** The first day of a client's week, for the weekday groups of "what works". */
import { describe, expect, it } from 'vitest';
import { firstWeekday, formatWeekday } from '../../src/present/format.ts';

describe('the week of the client', () => {
  it('starts on Saturday in Iran, Sunday in the US and Monday in Germany', () => {
    expect([firstWeekday('fa-IR'), firstWeekday('en-US'), firstWeekday('de-DE')]).toEqual([5, 6, 0]);
    expect(formatWeekday(0, 'en-US')).toBe('Monday');
    expect(formatWeekday(5, 'en-US')).toBe('Saturday');
  });
});
