import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = join(dirname(fileURLToPath(import.meta.url)), "../../src");
const importFrom = /^\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gms;

/** Every source file under a folder, tests left out. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .filter((entry) => !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The relative imports of each file, type-only imports included. */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(importFrom)].map((match) =>
      resolve(dirname(file), match[1] as string),
    );
    graph.set(file, targets);
  }
  return graph;
}

/** One import cycle, as a list of files relative to src, or undefined when there is none. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === "done") return undefined;
    if (state.get(file) === "open") return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, "open");
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, "done");
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle.map((path) => relative(src, path));
  }
  return undefined;
}

describe("imports", () => {
  it("form no cycle anywhere in src, type-only imports included", () => {
    expect(findCycle(importGraph(sourceFiles(src)))).toBeUndefined();
  });

  it("finds a cycle when there is one", () => {
    const graph = new Map([
      [join(src, "a.ts"), [join(src, "b.ts")]],
      [join(src, "b.ts"), [join(src, "a.ts")]],
    ]);
    expect(findCycle(graph)).toEqual(["a.ts", "b.ts", "a.ts"]);
  });
});
