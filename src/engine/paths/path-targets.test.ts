import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildProfile } from "../../../test/factories.ts";
import { roleFits } from "../fit/role-fits.ts";
import { whereYouStand } from "../profile/where-you-stand.ts";
import { pathTargets } from "./path-targets.ts";

const framework = loadDefaultFramework();
const profile = buildProfile({ framework, levels: { execution: 3, communication: 3 } });
const fits = roleFits(framework, profile);

describe("pathTargets", () => {
  it("leaves every reachable role open when the person chose no target", () => {
    expect(pathTargets(framework, profile, fits, { roleId: "pm" })).toBeNull();
  });

  it("adds the next role the profile names on each track to the chosen targets", () => {
    const preferences = { tracks: [], avoidRoles: [], targetRoles: ["group-pm"] };
    const targets = pathTargets(framework, profile, fits, { roleId: "pm", preferences }) ?? [];
    expect(targets).toContain("group-pm");
    for (const standing of whereYouStand(framework, profile, fits, "pm").tracks) {
      if (standing.next && standing.next !== "pm") expect(targets).toContain(standing.next);
    }
    expect(targets).not.toContain("pm");
    expect(targets).not.toContain("apm");
  });

  it("never adds a role the person wants to avoid", () => {
    const next = whereYouStand(framework, profile, fits).tracks.find((t) => t.track === "ic")?.next;
    const preferences = { tracks: [], avoidRoles: [next ?? ""], targetRoles: ["group-pm"] };
    const targets = pathTargets(framework, profile, fits, { roleId: "pm", preferences }) ?? [];
    expect(next).toBeTruthy();
    expect(targets).not.toContain(next);
  });
});
