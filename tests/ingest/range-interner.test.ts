import { describe, expect, it } from 'vitest';
import { RangeInterner } from '../../src/ingest/range-interner.ts';

describe('RangeInterner', () => {
  it('gives the same meaning for the same text wherever it stands, and asks only once', () => {
    const interner = new RangeInterner<string>();
    const seen: string[] = [];
    const meaning = (text: string) => {
      seen.push(text);
      return text.toUpperCase();
    };
    const line = 'facebook,instagram,facebook,face';
    expect(interner.get(line, 0, 8, meaning)).toBe('FACEBOOK');
    expect(interner.get(line, 9, 18, meaning)).toBe('INSTAGRAM');
    expect(interner.get(line, 19, 27, meaning)).toBe('FACEBOOK');
    // A prefix of a known text is a different text.
    expect(interner.get(line, 28, 32, meaning)).toBe('FACE');
    expect(seen).toEqual(['facebook', 'instagram', 'face']);
  });

  it('tells apart texts whose hashes collide', () => {
    const interner = new RangeInterner<number>();
    let calls = 0;
    // Many distinct texts: any colliding pair must still get its own meaning.
    for (let i = 0; i < 20_000; i++) {
      const text = `campaign-${i}`;
      expect(interner.get(`x,${text},y`, 2, 2 + text.length, () => (calls++, i))).toBe(i);
    }
    for (let i = 0; i < 20_000; i += 997) {
      const text = `campaign-${i}`;
      expect(interner.get(text, 0, text.length, () => -1)).toBe(i);
    }
    expect(calls).toBe(20_000);
  });
});
