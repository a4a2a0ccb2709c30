import type { Document, LineCounter, Node, Pair } from "yaml";
import { isAlias, isMap, isNode, isScalar, isSeq } from "yaml";

/** A 1-based place in the source text. */
export interface SourcePosition {
  line: number;
  column: number;
}

function keyName(pair: Pair): string | null {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return typeof key === "string" || typeof key === "number" ? String(key) : null;
}

function startOf(node: unknown): number | null {
  return isNode(node) && node.range ? node.range[0] : null;
}

/**
 * Finds where a document path sits in the source: the key itself when `at` is "key", otherwise its
 * value; when the path does not exist (a missing field), the deepest part of it that does.
 *
 * @example locatePath(doc, lineCounter, ["roles", 0, "title"]) // { line: 12, column: 12 }
 */
export function locatePath(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
  at: "key" | "value" = "value",
): SourcePosition | null {
  let node: unknown = doc.contents;
  let offset = startOf(node);
  for (const [index, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.findLast((item) => keyName(item) === String(segment));
      if (!pair) break;
      const keyStart = startOf(pair.key);
      if (isLast && at === "key") {
        offset = keyStart ?? offset;
        break;
      }
      node = pair.value;
      offset = startOf(node) ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof segment === "number") {
      const item: Node | unknown = node.items[segment];
      if (item === undefined) break;
      node = item;
      offset = startOf(node) ?? offset;
    } else {
      break;
    }
  }
  if (offset === null) return null;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
