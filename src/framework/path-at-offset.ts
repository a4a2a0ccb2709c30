import type { Document } from "yaml";
import { isMap, isNode, isScalar, isSeq } from "yaml";

function contains(node: unknown, offset: number): boolean {
  const range = isNode(node) ? node.range : null;
  return !!range && range[0] <= offset && offset < range[2];
}

/** The document path of the innermost key or item covering a source offset, e.g. for a syntax error. */
export function pathAtOffset(doc: Document, offset: number): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  while (isMap(node) || isSeq(node)) {
    let next: unknown = null;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => contains(item.key, offset) || contains(item.value, offset),
      );
      if (pair && isScalar(pair.key)) {
        path.push(String(pair.key.value));
        next = contains(pair.value, offset) ? pair.value : null;
      }
    } else {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index >= 0) {
        path.push(index);
        next = node.items[index];
      }
    }
    if (next === null) break;
    node = next;
  }
  return path;
}
