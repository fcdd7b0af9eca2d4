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

  it('follows a repeating cycle of texts and still notices when it breaks', () => {
    const interner = new RangeInterner<string>();
    const line = 'a,bb,ccc,a,bb,ccc,a,ccc,bb';
    const at = (from: number, to: number) => interner.get(line, from, to, (text) => text.toUpperCase());
    // The cycle a, bb, ccc twice, then a broken one: a, ccc, bb.
    expect([at(0, 1), at(2, 4), at(5, 8), at(9, 10), at(11, 13), at(14, 17)]).toEqual([
      'A',
      'BB',
      'CCC',
      'A',
      'BB',
      'CCC',
    ]);
    expect([at(18, 19), at(20, 23), at(24, 26)]).toEqual(['A', 'CCC', 'BB']);
    // The same text twice in a row, and a text of the same length as the guess.
    expect([at(24, 26), at(24, 26), at(2, 4), at(11, 13)]).toEqual(['BB', 'BB', 'BB', 'BB']);
    const other = 'bx';
    expect(interner.get(other, 0, 2, (text) => text)).toBe('bx');
  });
});
