import { stringify } from "yaml";
import type { Framework } from "./schema.ts";

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => compact(item));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value)
    .map(([k, v]) => [k, compact(v)] as const)
    .filter(([k, v]) => {
      if (Array.isArray(v)) return v.length > 0;
      const emptyObject = typeof v === "object" && v !== null && Object.keys(v).length === 0;
      return !(emptyObject && (k === "growth" || k === "when"));
    });
  return Object.fromEntries(entries);
}

/**
 * A framework as YAML or JSON text, leaving out empty lists and other fields the format fills in by
 * default, so the file reads like one written by hand and loads back to the same framework.
 */
export function frameworkText(framework: Framework, format: "yaml" | "json"): string {
  const data = compact(framework);
  if (format === "json") return `${JSON.stringify(data, null, 2)}\n`;
  return stringify(data, { lineWidth: 100 });
}
