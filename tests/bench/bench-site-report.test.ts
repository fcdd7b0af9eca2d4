/** The arithmetic behind the figures `npm run bench:site` prints, checked by hand. */
import { describe, expect, it } from 'vitest';
import { linearFit, median, pairRatios, segmentSlopes, worstRise } from '../../scripts/bench-site-report.ts';

const timed = (seconds: number, cpuSeconds: number | null = null) => ({ seconds, peakMb: null, cpuSeconds });

describe('bench:site figures', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('divides each run by the run it was paired with, by wall or CPU time', () => {
    const cold = [timed(10, 8), timed(20, 12), timed(30, 20)];
    // The third cold run has no partner; the second bare run has no CPU figure.
    const bare = [timed(2, 4), timed(5, null)];
    expect(pairRatios(cold, bare)).toEqual([5, 4]);
    expect(pairRatios(cold, bare, 'cpu')).toEqual([2]);
  });

  it('fits a least-squares line and says how far the farthest point is from it', () => {
    // x = 1, 2, 3; y = 10, 10, 16: mean x 2, mean y 12; sum (x - 2)(y - 12) = 2 + 0 + 4 = 6,
    // sum (x - 2)^2 = 2, so slope 3 and intercept 12 - 3 x 2 = 6: the line is 9, 12, 15.
    // Distances 1/9, 2/12 and 1/15 of the line: the farthest is 2/12.
    const fit = linearFit([
      [1, 10],
      [2, 10],
      [3, 16],
    ]);
    expect(fit.slope).toBeCloseTo(3, 12);
    expect(fit.intercept).toBeCloseTo(6, 12);
    expect(fit.worst).toBeCloseTo(2 / 12, 12);
  });

  it('says what each added client costs from size to size, and how much that cost rises at most', () => {
    // 5 -> 10 clients: (9.6 - 5.9) / 5 = 0.74 s; 10 -> 25: (16.3 - 9.6) / 15 = 0.4467 s;
    // 25 -> 50: (20.3 - 16.3) / 25 = 0.16 s. Each costs less than the one before: no rise.
    const concave = segmentSlopes([
      [5, 5.9],
      [10, 9.6],
      [25, 16.3],
      [50, 20.3],
    ]);
    expect(concave.map((s) => Number(s.toFixed(4)))).toEqual([0.74, 0.4467, 0.16]);
    expect(worstRise(concave)).toBe(0);
    // 1 s per client, then 1.5, then 1.2: the worst rise is (1.5 - 1) / 1 = 50%.
    expect(worstRise([1, 1.5, 1.2])).toBeCloseTo(0.5, 12);
  });
});
