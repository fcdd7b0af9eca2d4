/**
 * The tables `npm run bench:site` prints: the builds of the main set, the scaling curve,
 * and issue 14's targets with "met" or "not met" beside the figures.
 */
import { AGENCY_REPORTS } from './agency-data.ts';
import type { SiteFiles, Timed } from './bench-site-run.ts';

export interface SetResult {
  readonly clients: number;
  readonly rows: number;
  readonly dataBytes: number;
  readonly expected: { readonly pages: number; readonly dataJson: number };
  /** One entry per run, in run order: cold[i] and bare[i] ran back to back. */
  readonly cold: Timed[];
  readonly bare: Timed[];
  readonly noChange: Timed[];
  readonly changed: Timed[];
  readonly client: Timed[];
  recapFiles: SiteFiles | null;
  bareFiles: SiteFiles | null;
  /** Files of the first no-change rebuild that differ from the cold build's, by client folder. */
  noChangeDiffers: Record<string, number> | null;
  /** Files of the first one-client-changed rebuild that differ from the no-change build's. */
  changedDiffers: Record<string, number> | null;
}

export interface Report {
  readonly node: string;
  readonly platform: string;
  readonly cpus: number;
  readonly loadBefore: string;
  loadAfter: string;
  readonly seed: number;
  readonly runs: number;
  readonly gnuTime: boolean;
  readonly changedClient: string;
  main: SetResult | null;
  /** Ascending by clients; the main set is the last point. */
  curve: SetResult[];
}

export const TARGETS = {
  /** Cold build at most this many times a bare Astro build of the same pages. */
  coldVsBare: 3,
  peakMb: 1500,
  /** A rebuild with nothing changed at least this many times faster than cold. */
  noChange: 10,
  /** A rebuild after one client gains a day at least this many times faster than cold. */
  changed: 5,
  /**
   * Growth no faster than linear: from one size to the next, an added client costs at most
   * this share more than it did from the size before. A fixed start-up cost makes a
   * linear build look concave, so a fit through the points says little on its own.
   */
  linear: 0.1,
} as const;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each run's a / b, by wall time or CPU time: both builds of a pair ran back to back. */
export function pairRatios(a: readonly Timed[], b: readonly Timed[], by: 'wall' | 'cpu' = 'wall'): number[] {
  const of = (t: Timed): number | null => (by === 'wall' ? t.seconds : t.cpuSeconds);
  return a
    .slice(0, b.length)
    .map((t, i) => [of(t), of(b[i]!)] as const)
    .filter((pair): pair is readonly [number, number] => pair[0] !== null && pair[1] !== null)
    .map(([x, y]) => x / y);
}

/** Least squares: seconds = intercept + slope x clients, and the largest distance of a point from the line, as a share. */
export function linearFit(points: readonly (readonly [number, number])[]): {
  intercept: number;
  slope: number;
  worst: number;
} {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
  const intercept = my - slope * mx;
  const worst = Math.max(...points.map(([x, y]) => Math.abs(y - (intercept + slope * x)) / (intercept + slope * x)));
  return { intercept, slope, worst };
}

/** Seconds per added client between each size of the curve and the next. */
export function segmentSlopes(points: readonly (readonly [number, number])[]): number[] {
  return points.slice(1).map(([x, y], i) => (y - points[i]![1]) / (x - points[i]![0]));
}

/** The largest rise of the cost of an added client from one segment to the next, as a share; 0 when it never rises. */
export function worstRise(slopes: readonly number[]): number {
  return Math.max(0, ...slopes.slice(1).map((slope, i) => (slope - slopes[i]!) / Math.abs(slopes[i]!)));
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const sec = (n: number): string => n.toFixed(1);
const times = (ratio: number): string => `${ratio.toFixed(2)}x`;
const peakOf = (runs: readonly Timed[]): number | null =>
  runs.some((t) => t.peakMb === null) || runs.length === 0 ? null : Math.max(...runs.map((t) => t.peakMb!));
const mb = (value: number | null): string => (value === null ? 'n/a' : int(value));

function table(head: readonly string[], rows: readonly (readonly string[])[], left = 1): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i < left || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

function describeDiffers(differs: Record<string, number> | null): string {
  if (!differs) return 'n/a';
  const total = Object.values(differs).reduce((s, n) => s + n, 0);
  if (total === 0) return 'none: byte-identical';
  const parts = Object.entries(differs)
    .sort((a, b) => b[1] - a[1])
    .map(([where, n]) => `${where} ${n}`);
  const folders = parts.length > 6 ? [...parts.slice(0, 6), `and ${parts.length - 6} more folders`] : parts;
  return `${int(total)} files (${folders.join(', ')})`;
}

export function printReport(report: Report): void {
  const main = report.main!;
  const { pages, dataJson } = main.expected;
  console.log('\nRecap site benchmark');
  console.log(
    `  node ${report.node} (${report.platform}), ${report.cpus} CPUs, load average ${report.loadBefore} before, ${report.loadAfter} after`,
  );
  console.log(
    `  data: ${main.clients} clients x 36 months x 5 platforms, seed ${report.seed}: ${int(main.rows)} rows, ${(main.dataBytes / 1e6).toFixed(1)} MB`,
  );
  console.log(`  site: ${int(pages)} pages and ${int(dataJson)} data.json files (checked after every build)`);
  if (main.recapFiles && main.bareFiles) {
    const r = main.recapFiles.htmlBytes / main.recapFiles.pages;
    const b = main.bareFiles.htmlBytes / main.bareFiles.pages;
    console.log(`  HTML per page: Recap ${int(r / 1000)} kB, bare Astro ${int(b / 1000)} kB (${times(b / r)})`);
  }
  console.log(
    `  times: wall seconds of the whole process, start-up included; peak: ${report.gnuTime ? "largest single process's maximum RSS (GNU time), MB" : 'not measured (no /usr/bin/time)'}`,
  );

  const rows: string[][] = [];
  const add = (what: string, runs: readonly Timed[], versus: string): void => {
    if (runs.length === 0) return;
    const s = runs.map((t) => t.seconds);
    const cpu = runs.every((t) => t.cpuSeconds !== null) ? sec(median(runs.map((t) => t.cpuSeconds!))) : 'n/a';
    rows.push([what, sec(median(s)), sec(Math.min(...s)), cpu, mb(peakOf(runs)), versus, s.map(sec).join(', ')]);
  };
  const speedup = (runs: readonly Timed[]): string => {
    const ratios = pairRatios(main.cold, runs);
    return ratios.length ? `${times(median(ratios))} faster (${ratios.map((r) => r.toFixed(2)).join(', ')})` : '';
  };
  const coldVsBare = pairRatios(main.cold, main.bare);
  add(
    'Recap cold',
    main.cold,
    coldVsBare.length ? `${times(median(coldVsBare))} bare (${coldVsBare.map((r) => r.toFixed(2)).join(', ')})` : '',
  );
  add('bare Astro 7 + MDX, cold', main.bare, '');
  add('Recap, no-change rebuild', main.noChange, speedup(main.noChange));
  add(`Recap, ${report.changedClient} gains a day`, main.changed, speedup(main.changed));
  add(`Recap --client ${report.changedClient}`, main.client, `its own site: ${AGENCY_REPORTS + 1} pages, cold`);
  console.log(
    `\n${main.clients} clients, ${report.runs} runs (pairs run back to back; ratios are per pair, then the median)`,
  );
  table(['build', 'median s', 'min s', 'CPU s', 'peak MB', 'vs cold / bare', 'runs (s)'], rows);
  const byCpu = (runs: readonly Timed[]): string => {
    const ratios = pairRatios(main.cold, runs, 'cpu');
    return ratios.length ? `${times(median(ratios))} (${ratios.map((r) => r.toFixed(2)).join(', ')})` : 'n/a';
  };
  console.log(
    `  by CPU time (user + system; less swayed by other work on the machine): Recap cold / bare ${byCpu(main.bare)}, cold / no-change ${byCpu(main.noChange)}, cold / one-client-changed ${byCpu(main.changed)}`,
  );
  console.log(
    `  files the no-change rebuild wrote differently from the cold build: ${describeDiffers(main.noChangeDiffers)}`,
  );
  console.log(
    `  files the one-client-changed rebuild wrote differently from the no-change one: ${describeDiffers(main.changedDiffers)}`,
  );

  const curve = report.curve.filter((set) => set.cold.length > 0);
  let fit: ReturnType<typeof linearFit> | null = null;
  let slopes: number[] = [];
  if (curve.length > 1) {
    console.log(`\nscaling curve (cold builds, medians of ${report.runs} runs)`);
    table(
      [
        'clients',
        'pages + data.json',
        'Recap s',
        'Recap peak MB',
        'bare s',
        'bare peak MB',
        'Recap / bare (pairs)',
        'by CPU',
        'ms per report page, all in',
      ],
      curve.map((set) => {
        const ratios = pairRatios(set.cold, set.bare);
        const cpuRatios = pairRatios(set.cold, set.bare, 'cpu');
        const coldMedian = median(set.cold.map((t) => t.seconds));
        return [
          String(set.clients),
          `${int(set.expected.pages)} + ${int(set.expected.dataJson)}`,
          sec(coldMedian),
          mb(peakOf(set.cold)),
          set.bare.length ? sec(median(set.bare.map((t) => t.seconds))) : 'n/a',
          mb(peakOf(set.bare)),
          ratios.length ? `${times(median(ratios))} (${ratios.map((r) => r.toFixed(1)).join(', ')})` : 'n/a',
          cpuRatios.length ? times(median(cpuRatios)) : 'n/a',
          int((coldMedian * 1000) / set.expected.dataJson),
        ];
      }),
      2,
    );
    const points = curve.map((set) => [set.clients, median(set.cold.map((t) => t.seconds))] as const);
    fit = linearFit(points);
    slopes = segmentSlopes(points);
    console.log(
      `  straight line: ${sec(fit.intercept)} s + ${sec(fit.slope)} s per client (${int((fit.slope * 1000) / 36)} ms per report page); the farthest point is ${(fit.worst * 100).toFixed(1)}% off it`,
    );
    console.log(
      `  each added client, size to size: ${slopes.map((slope, i) => `${points[i]![0]}->${points[i + 1]![0]} ${slope.toFixed(2)} s`).join(', ')}`,
    );
  }

  console.log('\ntargets (issue 14)');
  const verdict = (ok: boolean | null): string => (ok === null ? 'n/a' : ok ? 'met' : 'not met');
  const coldRatio = coldVsBare.length ? median(coldVsBare) : null;
  const peak = peakOf(main.cold);
  const noChange = main.noChange.length ? median(pairRatios(main.cold, main.noChange)) : null;
  const changed = main.changed.length ? median(pairRatios(main.cold, main.changed)) : null;
  const linear = curve.length >= 3 ? worstRise(slopes) : null;
  table(
    ['target', 'measured', ''],
    [
      [
        `cold build <= ${TARGETS.coldVsBare}x bare Astro`,
        coldRatio === null ? 'n/a' : times(coldRatio),
        verdict(coldRatio === null ? null : coldRatio <= TARGETS.coldVsBare),
      ],
      [
        `peak memory < ${(TARGETS.peakMb / 1000).toFixed(1)} GB`,
        peak === null ? 'n/a' : `${(peak / 1000).toFixed(2)} GB`,
        verdict(peak === null ? null : peak < TARGETS.peakMb),
      ],
      [
        `no-change rebuild >= ${TARGETS.noChange}x faster than cold`,
        noChange === null ? 'n/a' : times(noChange),
        verdict(noChange === null ? null : noChange >= TARGETS.noChange),
      ],
      [
        `one-client-changed rebuild >= ${TARGETS.changed}x faster`,
        changed === null ? 'n/a' : times(changed),
        verdict(changed === null ? null : changed >= TARGETS.changed),
      ],
      [
        `grows no faster than linearly (an added client costs at most ${TARGETS.linear * 100}% more at each size)`,
        linear === null
          ? 'n/a (needs 3 or more sizes)'
          : linear === 0
            ? 'never more'
            : `${(linear * 100).toFixed(1)}% more`,
        verdict(linear === null ? null : linear <= TARGETS.linear),
      ],
      [
        '--client builds one client in seconds',
        main.client.length ? `${sec(median(main.client.map((t) => t.seconds)))} s` : 'n/a',
        'no number to meet',
      ],
    ],
  );
  console.log(
    curve.length < 3
      ? '  medians of the pairs; the growth check needs 3 or more sizes: --curve with --clients 25 or 50'
      : '  medians of the pairs',
  );
}
