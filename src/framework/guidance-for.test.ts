import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { guidanceFor } from "./guidance-for.ts";

describe("guidanceFor", () => {
  const framework = loadDefaultFramework();
  const titles = (notes: { title: string }[]) => notes.map((note) => note.title);

  it("shows every principle on the career map", () => {
    expect(guidanceFor(framework, "map")).toHaveLength(framework.guidance.length);
  });

  it("puts the timeline first where people weigh their next move", () => {
    expect(titles(guidanceFor(framework, "paths"))[0]).toBe("There is no fixed timeline");
  });

  it("tells an IC role's reader the track is not less ambitious", () => {
    expect(titles(guidanceFor(framework, "role", "ic"))).toContain(
      "Choosing the IC track is not less ambitious",
    );
    expect(titles(guidanceFor(framework, "role", "management"))).not.toContain(
      "Choosing the IC track is not less ambitious",
    );
  });

  it("falls back to a framework's first notes when their ids are its own", () => {
    const own = {
      guidance: [
        { id: "a", title: "Grow at your pace", body: "x" },
        { id: "b", title: "Impact first", body: "y" },
        { id: "c", title: "Third", body: "z" },
      ],
    };
    expect(titles(guidanceFor(own, "profile"))).toEqual(["Grow at your pace", "Impact first"]);
    expect(guidanceFor({ guidance: [] }, "report")).toEqual([]);
  });
});
