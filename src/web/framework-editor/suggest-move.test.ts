import { describe, expect, it } from "vitest";
import type { Framework } from "../api/types.ts";
import { suggestMove } from "./suggest-move.ts";

const roles = [
  { id: "pm", track: "management", rank: 2 },
  { id: "senior-pm", track: "management", rank: 3 },
  { id: "group-pm", track: "management", rank: 4 },
  { id: "principal-pm", track: "ic", rank: 4 },
  { id: "founder-gm", track: "adjacent", rank: 1 },
];
const framework = (transitions: { from: string; to: string }[] = []) =>
  ({ roles, transitions }) as unknown as Pick<Framework, "roles" | "transitions">;

describe("suggestMove", () => {
  it("suggests a promotion to the next rank on the same track", () => {
    expect(suggestMove(framework(), "pm")).toEqual({
      from: "pm",
      to: "senior-pm",
      kind: "promotion",
    });
  });

  it("suggests a role the move does not lead to yet", () => {
    const existing = framework([{ from: "pm", to: "senior-pm" }]);
    expect(suggestMove(existing, "pm")).toEqual({ from: "pm", to: "group-pm", kind: "skip" });
  });

  it("names a move to another track a track switch, and into an adjacent role a pivot", () => {
    expect(suggestMove(framework(), "principal-pm")).toEqual({
      from: "principal-pm",
      to: "pm",
      kind: "track-switch",
    });
    const existing = framework(
      ["pm", "senior-pm", "group-pm", "principal-pm"].map((to) => ({ from: "group-pm", to })),
    );
    expect(suggestMove(existing, "group-pm")).toEqual({
      from: "group-pm",
      to: "founder-gm",
      kind: "pivot",
    });
  });
});
