import { describe, expect, it } from "vitest";
import type { Framework } from "../api/types.ts";
import { describePath } from "./describe-path.ts";

const framework = {
  roles: [{ title: "Product Manager" }],
  entryRoutes: [{ name: "Career changer" }],
  scale: [{ level: 1 }, { level: 2 }],
  tracks: [{ name: "IC track" }],
} as unknown as Framework;

describe("describePath", () => {
  it("names an entry route and the field of its background conditions", () => {
    expect(describePath(framework, "entryRoutes.0.when.all.1.atLeast")).toBe(
      'Entry route "Career changer", backgrounds it fits',
    );
  });

  it("names a level of the scale and a track", () => {
    expect(describePath(framework, "scale.1.label")).toBe("Level 2 of the scale, label");
    expect(describePath(framework, "tracks.0.name")).toBe('Track "IC track", name');
  });

  it("names a role's place on the map", () => {
    expect(describePath(framework, "roles.0.rank")).toBe('Role "Product Manager", rank');
  });

  it("names the span of control", () => {
    expect(describePath(framework, "spanOfControl.max")).toBe(
      "The healthy number of direct reports",
    );
  });
});
