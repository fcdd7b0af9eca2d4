/**
 * Remembers what a short piece of text means (a date, a platform, a campaign) without
 * cutting it out of its line first: the piece is hashed where it stands, and only a
 * piece not seen before becomes a string. Rows repeat the same few dates, platforms
 * and campaigns thousands of times, and a fresh string per cell would be hashed anew
 * each time it is looked up.
 */
export class RangeInterner<T> {
  readonly #buckets = new Map<number, Array<{ readonly text: string; readonly value: T }>>();
  #last: { readonly text: string; readonly value: T } | null = null;

  get(source: string, from: number, to: number, meaning: (text: string) => T): T {
    // Sorted exports repeat the last date row after row: comparing is cheaper than hashing.
    const last = this.#last;
    if (last !== null && sameText(last.text, source, from, to)) return last.value;
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
    let bucket = this.#buckets.get(hash);
    if (bucket) {
      for (const entry of bucket) {
        if (sameText(entry.text, source, from, to)) {
          this.#last = entry;
          return entry.value;
        }
      }
    } else {
      bucket = [];
      this.#buckets.set(hash, bucket);
    }
    const text = source.slice(from, to);
    const value = meaning(text);
    const entry = { text, value };
    bucket.push(entry);
    this.#last = entry;
    return value;
  }
}

function sameText(text: string, source: string, from: number, to: number): boolean {
  if (text.length !== to - from) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== source.charCodeAt(from + i)) return false;
  return true;
}
