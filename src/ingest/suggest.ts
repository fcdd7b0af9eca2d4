/** Levenshtein distance, for "did you mean" suggestions on misspelt ids. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > MAX_INPUT) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  const tolerance = Math.max(2, Math.floor(input.length / 3));
  let compared = 0;
  for (const candidate of candidates) {
    // Lengths further apart than the tolerance cannot be close enough: a 100,000-character
    // column name is not compared letter by letter with every metric id.
    if (Math.abs(candidate.length - input.length) > Math.min(tolerance, bestDistance)) continue;
    // Past a few thousand comparisons a suggestion is not worth the wait.
    if (++compared > MAX_COMPARISONS) break;
    const distance = editDistance(input, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= tolerance ? best : undefined;
}

const MAX_COMPARISONS = 2_000;
/** Nobody misspells a name of a thousand characters. */
const MAX_INPUT = 1_000;

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const suggestion = nearest(input, candidates);
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}
