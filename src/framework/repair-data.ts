import type { z } from "zod";
import { isOmittable } from "./schema-fields.ts";

type Path = readonly PropertyKey[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parentOf(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path.slice(0, -1)) {
    if (Array.isArray(node) && typeof segment === "number") node = node[segment];
    else if (isRecord(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

/**
 * Copies the data without the parts schema issues point at that can safely go (unknown fields,
 * optional fields, map entries), so cross-reference checks can still run and report everything at
 * once. Returns null when some issue cannot be repaired that way.
 */
export function repairData(data: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy: unknown = structuredClone(data);
  for (const issue of issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const targets = keys.length > 0 ? keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of targets) {
      const last = path.at(-1);
      const parent = parentOf(copy, path);
      const named = path.map((segment) =>
        typeof segment === "number" ? segment : String(segment),
      );
      const removable = issue.code === "unrecognized_keys" || isOmittable(named);
      if (!removable || !isRecord(parent) || last === undefined) return null;
      delete parent[String(last)];
    }
  }
  return copy;
}
