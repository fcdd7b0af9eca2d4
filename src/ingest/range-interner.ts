/**
 * Remembers what a short piece of text means (a date, a platform, a campaign) without
 * cutting it out of its line first: the piece is hashed where it stands, and only a
 * piece not seen before becomes a string. Rows repeat the same few dates, platforms
 * and campaigns thousands of times, and a fresh string per cell would be hashed anew
 * each time it is looked up.
 */
interface Entry<T> {
  readonly text: string;
  readonly value: T;
  /** The entry asked for right after this one, the last time. */
  next: Entry<T> | null;
}

export class RangeInterner<T> {
  readonly #buckets = new Map<number, Array<Entry<T>>>();
  #last: Entry<T> | null = null;

  get(source: string, from: number, to: number, meaning: (text: string) => T): T {
    // Exports repeat themselves: the same date row after row, or the same cycle of
    // platforms and campaigns day after day. Guessing the last text, or the one that
    // followed it last time, and comparing is cheaper than hashing.
    const last = this.#last;
    if (last !== null) {
      if (sameText(last.text, source, from, to)) return last.value;
      const next = last.next;
      if (next !== null && sameText(next.text, source, from, to)) {
        this.#last = next;
        return next.value;
      }
    }
    const entry = this.#lookUp(source, from, to, meaning);
    if (last !== null) last.next = entry;
    this.#last = entry;
    return entry.value;
  }

  #lookUp(source: string, from: number, to: number, meaning: (text: string) => T): Entry<T> {
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
    let bucket = this.#buckets.get(hash);
    if (bucket) {
      for (const entry of bucket) if (sameText(entry.text, source, from, to)) return entry;
    } else {
      bucket = [];
      this.#buckets.set(hash, bucket);
    }
    const text = source.slice(from, to);
    const entry: Entry<T> = { text, value: meaning(text), next: null };
    bucket.push(entry);
    return entry;
  }
}

function sameText(text: string, source: string, from: number, to: number): boolean {
  if (text.length !== to - from) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== source.charCodeAt(from + i)) return false;
  return true;
}
