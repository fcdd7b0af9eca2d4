import { describe, expect, it } from 'vitest';
import { buildProgress, progressLine } from '../../src/publish/progress.ts';

describe('the progress line', () => {
  it('counts files, what the cache saved, the time so far and, from the pace of rendering, the time left', () => {
    // 100 of 400 rendered in 5 s of rendering: 300 more at 50 ms each is 15 s.
    expect(progressLine(100, 400, 1_790, 9_000, 5_000)).toBe(
      'Rendering 100 of 400 files (1,790 from the build cache) · 9 s · about 15 s left',
    );
    expect(progressLine(3, null, 0, 2_000, 100)).toBe('Rendering 3 files · 2 s');
    // Too few files to judge the pace, or nothing left: no estimate.
    expect(progressLine(5, 400, 0, 2_000, 100)).toBe('Rendering 5 of 400 files · 2 s');
    expect(progressLine(400, 400, 0, 20_000, 19_000)).toBe('Rendering 400 of 400 files · 20 s');
  });

  it('is drawn on a terminal at most every 200 ms and the last file always, and never in a log', () => {
    const written: string[] = [];
    let clock = 0;
    const terminal = buildProgress({ isTTY: true, write: (text: string) => written.push(text) }, 0, () => clock);
    for (let done = 1; done <= 50; done++) {
      clock += 10;
      terminal.update(done, 50);
    }
    terminal.end();
    // At 10, 210 and 410 ms (files 1, 21, 41), the last file, and the clearing.
    expect(written).toHaveLength(5);
    expect(written[3]).toContain('Rendering 50 of 50 files');
    expect(written.at(-1)).toBe('\r\x1b[2K');

    const log: string[] = [];
    const inLog = buildProgress({ isTTY: false, write: (text: string) => log.push(text) }, 0, () => clock);
    inLog.update(1, 1);
    inLog.end();
    expect(log).toEqual([]);
  });
});
