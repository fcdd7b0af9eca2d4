/**
 * The statistics behind a content test's verdict, as pure functions of summed numbers:
 * a two-proportion z-test for rates (engagements out of impressions, clicks out of
 * impressions), Welch's t-test for per-post means. Each gives the difference, its 95%
 * confidence interval and a two-sided p-value; the verdict's rules live with the tests
 * that use them, not here.
 */

/** A difference is called clear when chance alone would give one this large less often than this. */
export const SIGNIFICANCE_LEVEL = 0.05;
/** The confidence of every interval Recap shows. */
export const CONFIDENCE = 1 - SIGNIFICANCE_LEVEL;

export interface Comparison {
  /** b - a: in points of a percentage for rates, in the metric's unit for means. */
  readonly difference: number;
  readonly low: number;
  readonly high: number;
  /** The chance of a difference at least this large if the variants were alike, two-sided. */
  readonly p: number;
  /** The test statistic: z or t. */
  readonly statistic: number;
  /** Welch's degrees of freedom; null for the z-test. */
  readonly degreesOfFreedom: number | null;
}

/**
 * Two rates, each successes out of trials. The test uses the pooled rate (as the null
 * hypothesis of no difference says); the interval uses each rate's own variance. Null
 * when a variant has no trials, or when every trial or none succeeded in both (no
 * variation to test).
 */
export function twoProportionZTest(
  successesA: number,
  trialsA: number,
  successesB: number,
  trialsB: number,
): Comparison | null {
  if (trialsA <= 0 || trialsB <= 0) return null;
  const a = successesA / trialsA;
  const b = successesB / trialsB;
  const pooled = (successesA + successesB) / (trialsA + trialsB);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / trialsA + 1 / trialsB));
  if (!(pooledSe > 0)) return null;
  const z = (b - a) / pooledSe;
  const se = Math.sqrt((a * (1 - a)) / trialsA + (b * (1 - b)) / trialsB);
  const margin = normalQuantile(1 - SIGNIFICANCE_LEVEL / 2) * se;
  return {
    difference: (b - a) * 100,
    low: (b - a - margin) * 100,
    high: (b - a + margin) * 100,
    p: 2 * (1 - normalCdf(Math.abs(z))),
    statistic: z,
    degreesOfFreedom: null,
  };
}

export interface Sample {
  readonly mean: number;
  /** The sample standard deviation (n - 1 in its denominator). */
  readonly sd: number;
  readonly n: number;
}

/** The mean, sample standard deviation and count of some values; null for fewer than two. */
export function sampleOf(values: readonly number[]): Sample | null {
  const n = values.length;
  if (n < 2) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  return { mean, sd: Math.sqrt(variance), n };
}

/** Welch's t-test of b's mean against a's, without assuming equal variances. Null when neither varies. */
export function welchTTest(a: Sample, b: Sample): Comparison | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  if (!(se > 0)) return null;
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const difference = b.mean - a.mean;
  const t = difference / se;
  const margin = studentQuantile(1 - SIGNIFICANCE_LEVEL / 2, df) * se;
  return {
    difference,
    low: difference - margin,
    high: difference + margin,
    p: 2 * (1 - studentCdf(Math.abs(t), df)),
    statistic: t,
    degreesOfFreedom: df,
  };
}

/** The standard normal distribution function, from Numerical Recipes' erfcc (a Chebyshev fit, fractional error under 1.2e-7). */
export function normalCdf(x: number): number {
  return 1 - 0.5 * erfc(x / Math.SQRT2);
}

function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Student's t distribution function with `df` degrees of freedom, from the regularized incomplete beta function. */
export function studentCdf(t: number, df: number): number {
  const x = df / (df + t * t);
  const tail = 0.5 * incompleteBeta(x, df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The quantile of a continuous, increasing distribution function, by bisection: exact enough and never diverges. */
function quantile(cdf: (x: number) => number, probability: number): number {
  let low = -1e3;
  let high = 1e3;
  for (let i = 0; i < 200; i++) {
    const middle = (low + high) / 2;
    if (cdf(middle) < probability) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

export function normalQuantile(probability: number): number {
  return quantile(normalCdf, probability);
}

export function studentQuantile(probability: number, df: number): number {
  return quantile((t) => studentCdf(t, df), probability);
}

/** The regularized incomplete beta function I_x(a, b), by its continued fraction (Numerical Recipes 6.4). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-14) break;
  }
  return h;
}

/** ln Γ(x) for x > 0, by Lanczos' approximation (g = 7, n = 9). */
function logGamma(x: number): number {
  const g = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = g[0]!;
  for (let i = 1; i < 9; i++) sum += g[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
