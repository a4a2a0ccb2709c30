import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { layoutCareerMap, nodeSize } from "./map-layout.ts";

describe("layoutCareerMap", () => {
  const framework = loadDefaultFramework();
  const layout = layoutCareerMap(framework.roles, framework.transitions);
  const node = (id: string) => layout.nodes.find((placed) => placed.role.id === id);

  it("places every role once, in the lane of its track", () => {
    expect(layout.nodes).toHaveLength(framework.roles.length);
    for (const placed of layout.nodes) {
      const lane = layout.lanes.find((candidate) => candidate.track === placed.role.track);
      expect(placed.x).toBe(lane?.x);
    }
  });

  it("puts a senior management role above a junior one", () => {
    expect(node("vp-product")?.y).toBeLessThan(node("pm")?.y ?? 0);
  });

  it("lines an IC role up with the management role it compares to", () => {
    expect(node("principal-pm")?.y).toBe(node("group-pm")?.y);
  });

  it("never lets two roles of one lane overlap", () => {
    for (const lane of layout.lanes) {
      const ys = layout.nodes.filter((placed) => placed.x === lane.x).map((placed) => placed.y);
      const sorted = [...ys].sort((a, b) => a - b);
      for (let index = 1; index < sorted.length; index += 1) {
        expect((sorted[index] ?? 0) - (sorted[index - 1] ?? 0)).toBeGreaterThanOrEqual(
          nodeSize.height,
        );
      }
    }
  });

  it("draws an arrow for every transition between known roles, inside the drawing", () => {
    expect(layout.edges).toHaveLength(framework.transitions.length);
    for (const placed of layout.nodes) {
      expect(placed.y + nodeSize.height / 2).toBeLessThanOrEqual(layout.height);
      expect(placed.x + nodeSize.width / 2).toBeLessThanOrEqual(layout.width);
    }
  });

  it("skips transitions that name a role the map does not have", () => {
    const edges = layoutCareerMap(framework.roles, [
      { from: "pm", to: "nowhere", kind: "promotion" },
    ]).edges;
    expect(edges).toEqual([]);
  });
});
