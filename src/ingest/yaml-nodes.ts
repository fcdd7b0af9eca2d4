/**
 * Finding a setting's node in a parsed YAML document, to report a problem at its line
 * and column, without walking a map's keys for every lookup: the `yaml` package's own
 * getIn and its unique-keys check do, and a client.yaml of 500,000 keys then never
 * finished. Each map's keys are indexed once.
 */
import { isMap, isScalar, isSeq, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/** A map's pairs by key (as text), the first of each key. */
function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items as Pair[]) {
      const key = keyText(pair);
      if (key !== null && !index.has(key)) index.set(key, pair);
    }
    indexes.set(map, index);
  }
  return index;
}

function keyText(pair: Pair): string | null {
  return isScalar(pair.key) ? String(pair.key.value) : null;
}

/** The node at `path` (map keys and list indices), if there is one. */
export function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isMap(node)) node = pairsOf(node).get(String(segment))?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

/** The node of `key` itself (not its value) in the map at `path`. */
export function keyNodeAt(doc: Document, path: readonly PropertyKey[], key: PropertyKey): Node | undefined {
  const parent = nodeAt(doc, path);
  if (!isMap(parent)) return undefined;
  return pairsOf(parent).get(String(key))?.key as Node | undefined;
}

export interface RepeatedKey {
  readonly key: string;
  readonly node: Node;
  readonly first: Node;
}

/** Every key given a second time in the same map, in the order they appear. */
export function repeatedKeys(doc: Document): RepeatedKey[] {
  const repeats: RepeatedKey[] = [];
  visit(doc, {
    Map(_, map) {
      const first = pairsOf(map);
      for (const pair of map.items as Pair[]) {
        const key = keyText(pair);
        if (key === null) continue;
        const earlier = first.get(key)!;
        if (earlier !== pair) repeats.push({ key, node: pair.key as Node, first: earlier.key as Node });
      }
    },
  });
  return repeats;
}

/** How many copies YAML aliases may make; a few anchors reused are fine. */
export const MAX_ALIAS_COUNT = 100;

/**
 * The document as plain values, or the first alias when expanding the aliases would
 * make more than MAX_ALIAS_COUNT copies (a "billion laughs" fills the memory).
 */
export function plainValue(doc: Document): { value: unknown } | { alias: Node | undefined } {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let alias: Node | undefined;
    visit(doc, {
      Alias(_, node) {
        alias = node;
        return visit.BREAK;
      },
    });
    return { alias };
  }
}
