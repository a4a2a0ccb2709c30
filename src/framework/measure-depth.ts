import type { Document } from "yaml";
import { isAlias, isCollection, isPair } from "yaml";

/** How deeply lists and maps nest in a parsed document, walked without recursion. */
export function measureDepth(doc: Document, stopAbove: number): number {
  let deepest = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, depth } = entry;
    if (isAlias(node) || !isCollection(node)) continue;
    const inner = depth + 1;
    deepest = Math.max(deepest, inner);
    if (deepest > stopAbove) return deepest;
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: inner }, { node: item.value, depth: inner });
      } else {
        stack.push({ node: item, depth: inner });
      }
    }
  }
  return deepest;
}
