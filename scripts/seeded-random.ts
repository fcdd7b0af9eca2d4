/** Seeded randomness for the demo data and the benchmark: the same seed gives the same files. */
export type Rng = () => number;

/** mulberry32: a small, fast 32-bit PRNG; good enough for made-up numbers, not for secrets. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
