import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { nextRole } from "./next-role.ts";

const framework = loadDefaultFramework();
const preferences = (targetRoles: string[], avoidRoles: string[] = []) => ({
  tracks: [],
  avoidRoles,
  targetRoles,
});

describe("nextRole", () => {
  it("takes the promotion from the current role when no target role is chosen", () => {
    expect(nextRole(framework, { roleId: "pm" })).toEqual({
      roleId: "senior-pm",
      reason: "Senior Product Manager is the usual promotion from Product Manager.",
    });
  });

  it("prefers the person's own target role, in the order they chose", () => {
    const next = nextRole(framework, {
      roleId: "pm",
      preferences: preferences(["unknown-role", "pm", "product-architect", "senior-pm"]),
    });
    expect(next?.roleId).toBe("product-architect");
    expect(next?.reason).toContain("chosen as the next goal");
  });

  it("leaves out a promotion the person would rather avoid", () => {
    expect(nextRole(framework, { roleId: "pm", preferences: preferences([], ["senior-pm"]) })).toBe(
      null,
    );
  });

  it("works towards the move onto the preferred track when it is not the role's own", () => {
    const prefersIc = { tracks: ["ic" as const], avoidRoles: [], targetRoles: [] };
    expect(nextRole(framework, { roleId: "senior-pm", preferences: prefersIc })).toEqual({
      roleId: "principal-pm",
      reason:
        "Principal Product Manager is the usual move from Senior Product Manager onto the preferred individual contributor track.",
    });
    // On the preferred track already, the promotion stays the next role.
    const prefersLadder = { ...prefersIc, tracks: ["management" as const] };
    expect(nextRole(framework, { roleId: "pm", preferences: prefersLadder })?.roleId).toBe(
      "senior-pm",
    );
  });

  it("finds none for someone without a role or a target", () => {
    expect(nextRole(framework, { roleId: null })).toBeNull();
  });

  it("speaks in role titles, never in ids", () => {
    for (const role of framework.roles) {
      const next = nextRole(framework, { roleId: role.id });
      if (next) expect(next.reason).not.toContain(next.roleId);
    }
  });
});
