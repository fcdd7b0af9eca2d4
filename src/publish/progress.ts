/**
 * The build's progress on a terminal: one line, rewritten in place, with the files
 * rendered of those to render, what the build cache saved, the time so far and an
 * estimate of the time left. A log (CI) gets none of it: the build's summary line says
 * what happened once it is over.
 */
const REDRAW_MS = 200;

export interface ProgressTarget {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** `done` of `total` files rendered so far; `total` is null while it is not known yet. */
  update(done: number, total: number | null): void;
  /** Clears the line, so the next output starts on a clean one. */
  end(): void;
}

/** `renderingMs` is the time since the first file was rendered: bundling before it says nothing of the pace. */
export function progressLine(
  done: number,
  total: number | null,
  reused: number,
  elapsedMs: number,
  renderingMs: number,
): string {
  const count = (n: number) => n.toLocaleString('en-US');
  const parts = [`Rendering ${count(done)}${total === null ? '' : ` of ${count(total)}`} files`];
  if (reused > 0) parts[0] += ` (${count(reused)} from the build cache)`;
  parts.push(`${(elapsedMs / 1000).toFixed(0)} s`);
  // Rendering runs at a steady pace once started: the rate so far says what is left.
  if (total !== null && done >= 10 && done < total) {
    const leftMs = (renderingMs / done) * (total - done);
    parts.push(`about ${Math.max(1, Math.round(leftMs / 1000))} s left`);
  }
  return parts.join(' · ');
}

export function buildProgress(
  target: ProgressTarget,
  reused: number,
  now: () => number = () => performance.now(),
): Progress {
  if (!target.isTTY) return { update() {}, end() {} };
  const started = now();
  let drawn = -Infinity;
  let firstRendered: number | null = null;
  let shown = false;
  return {
    update(done, total) {
      const at = now();
      firstRendered ??= at;
      if (at - drawn < REDRAW_MS && done !== total) return;
      drawn = at;
      shown = true;
      target.write(`\r\x1b[2K${progressLine(done, total, reused, at - started, at - firstRendered)}`);
    },
    end() {
      if (shown) target.write('\r\x1b[2K');
    },
  };
}
