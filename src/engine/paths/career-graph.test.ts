import { describe, expect, it } from "vitest";
import { buildFramework } from "../../../test/factories.ts";
import { careerGraph } from "./career-graph.ts";

describe("careerGraph", () => {
  it("lists each role's moves sorted by target and kind, without duplicates or self-loops", () => {
    const framework = buildFramework({
      transitions: [
        { from: "pm", to: "senior-pm", kind: "promotion" },
        { from: "pm", to: "group-pm", kind: "skip" },
        { from: "pm", to: "senior-pm", kind: "promotion" },
        { from: "pm", to: "pm", kind: "lateral" },
        { from: "pm", to: "apm", kind: "lateral" },
      ],
    });
    const moves = careerGraph(framework).outgoing.get("pm") ?? [];
    expect(moves.map((move) => `${move.to}:${move.kind}`)).toEqual([
      "apm:lateral",
      "group-pm:skip",
      "senior-pm:promotion",
    ]);
  });

  it("builds the graph once per framework and reuses it", () => {
    const framework = buildFramework();
    expect(careerGraph(framework)).toBe(careerGraph(framework));
    expect(careerGraph(buildFramework())).not.toBe(careerGraph(framework));
  });
});
