import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";

const defaultFramework = new URL("../frameworks/product-management.yaml", import.meta.url);

/**
 * A framework file of about `bytes` (0.9 MB by default): the default framework with copies of
 * its competencies under new ids and names, the size of a large company's own framework.
 *
 * @example const source = largeFrameworkSource(); // ~0.9 MB of YAML
 */
export function largeFrameworkSource(bytes = 900_000): string {
  const text = readFileSync(defaultFramework, "utf8");
  const doc = parseDocument(text);
  const competencies = doc.toJS().competencies as { id: string; name: string }[];
  const list = doc.get("competencies") as { items: unknown[] };
  let copy = 0;
  let source = text;
  while (source.length < bytes) {
    copy += 1;
    for (const competency of competencies) {
      list.items.push(
        doc.createNode({
          ...competency,
          id: `${competency.id}-copy-${copy}`,
          name: `${competency.name} (copy ${copy})`,
        }),
      );
    }
    source = doc.toString({ lineWidth: 0 });
  }
  return source;
}
