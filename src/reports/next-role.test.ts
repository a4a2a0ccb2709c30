import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { nextRole } from "./next-role.ts";

const framework = loadDefaultFramework();

describe("nextRole", () => {
  it("takes the promotion from the current role when no target role is stated", () => {
    expect(nextRole(framework, { roleId: "pm" })).toBe("senior-pm");
  });

  it("prefers the person's own target role", () => {
    const preferences = { tracks: [], avoidRoles: [], targetRoles: ["product-architect"] };
    expect(nextRole(framework, { roleId: "pm", preferences })).toBe("product-architect");
  });

  it("finds none for someone without a role or a target", () => {
    expect(nextRole(framework, { roleId: null })).toBeNull();
  });
});
