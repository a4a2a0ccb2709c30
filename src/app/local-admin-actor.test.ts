import { describe, expect, it } from "vitest";
import { localAdminActor } from "./local-admin-actor.ts";
import { actions, can } from "./policy.ts";

const resource = { orgId: "org-1", ownerPersonId: "p-7", managerChain: ["p-2"] };

describe("localAdminActor", () => {
  it("may do everything within its own organisation, private evidence included", () => {
    const actor = localAdminActor("org-1");
    for (const action of actions) expect(can(actor, action, resource).allowed).toBe(true);
    expect(can(actor, "evidence:read", { ...resource, visibility: "private" })).toEqual({
      allowed: true,
    });
  });

  it("finds nothing of another organisation", () => {
    expect(can(localAdminActor("org-2"), "person:read", resource)).toMatchObject({
      allowed: false,
      status: 404,
    });
  });

  it("is nobody's person record, so it never counts as the subject or a manager", () => {
    expect(localAdminActor("org-1")).toMatchObject({ kind: "user", personId: null });
  });
});
