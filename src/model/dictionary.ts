/**
 * Objects keyed by names that come from data: campaigns, metric ids, platforms, file
 * names. A plain object answers `constructor`, `toString` or `valueOf` from its
 * prototype, and `__proto__` replaces the prototype: a custom metric named
 * `constructor` read Object's constructor function as its previous month. These
 * objects have no prototype, so every name is a key like any other.
 */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A dictionary of `entries`, like Object.fromEntries without a prototype. */
export function dictionaryFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = dictionary<T>();
  for (const [key, value] of entries) out[key] = value;
  return out;
}
