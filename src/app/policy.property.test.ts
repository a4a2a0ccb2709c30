import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Action, type Actor, actions, can, type Resource } from "./policy.ts";

const ORG = "org-1";
const SELF = "p-ava";
const DIRECT = "p-ben";
const SKIP = "p-cleo";
const PEER = "p-dev";
const ADMIN = "p-erin";

const user = (personId: string, role: "member" | "admin" = "member", orgId = ORG): Actor => ({
  kind: "user",
  userId: `u-${personId}`,
  orgId,
  personId,
  role,
});

/** Ava reports to Ben, who reports to Cleo. */
const ava: Resource = { orgId: ORG, ownerPersonId: SELF, managerChain: [DIRECT, SKIP] };
const org: Resource = { orgId: ORG, ownerPersonId: null, managerChain: [] };

function outcome(actor: Actor, action: Action, resource: Resource): "allow" | 401 | 403 | 404 {
  const decision = can(actor, action, resource);
  return decision.allowed ? "allow" : decision.status;
}

describe("can", () => {
  const anyAction = fc.constantFrom(...actions);
  const anyResource = fc.record({
    orgId: fc.constantFrom(ORG, "org-2"),
    ownerPersonId: fc.option(fc.constantFrom(SELF, DIRECT, PEER)),
    managerChain: fc.subarray([DIRECT, SKIP, ADMIN]),
    visibility: fc.constantFrom("private" as const, "manager" as const, "org" as const),
    status: fc.constantFrom("draft" as const, "submitted" as const),
    raterPersonId: fc.option(fc.constantFrom(SELF, DIRECT, PEER)),
  });

  it("answers 404 to another organisation whatever the action, role or facts", () => {
    const outsider = fc.record({
      kind: fc.constant("user" as const),
      userId: fc.constant("u-out"),
      orgId: fc.constant("org-9"),
      personId: fc.option(fc.constantFrom(SELF, DIRECT, PEER)),
      role: fc.constantFrom("member" as const, "admin" as const, "owner" as const),
    });
    fc.assert(
      fc.property(outsider, anyAction, anyResource, (actor, action, resource) => {
        expect(outcome(actor, action, resource)).toBe(404);
      }),
    );
  });

  it("answers 401 to anonymous callers for every action", () => {
    fc.assert(
      fc.property(anyAction, anyResource, (action, resource) => {
        expect(outcome({ kind: "anonymous" }, action, resource)).toBe(401);
      }),
    );
  });

  it("never shows private evidence or someone else's draft to an admin", () => {
    fc.assert(
      fc.property(fc.constantFrom(DIRECT, PEER, null), (rater) => {
        const admin = user(ADMIN, "admin");
        expect(outcome(admin, "evidence:read", { ...ava, visibility: "private" })).toBe(403);
        expect(
          outcome(admin, "assessment:read", { ...ava, status: "draft", raterPersonId: rater }),
        ).toBe(403);
      }),
    );
  });

  it("gives an owner every admin permission", () => {
    const owner = { ...user(ADMIN), role: "owner" as const };
    for (const action of [
      "person:create",
      "framework:publish",
      "framework:edit",
      "analytics:org",
      "people:list-all",
      "audit:read",
      "org:backup",
    ] as const) {
      expect(outcome(owner, action, org)).toBe("allow");
    }
  });

  it("names the admin-only fields a member tried to change, whatever else they changed", () => {
    fc.assert(
      fc.property(
        fc.subarray(["name", "background", "preferences"]),
        fc.subarray(["roleId", "managerId", "team", "email"], { minLength: 1 }),
        (own, restricted) => {
          const decision = can(user(SELF), "person:update", {
            ...ava,
            fields: [...own, ...restricted],
          });
          expect(decision).toEqual({
            allowed: false,
            status: 403,
            reason: `Only admins change ${restricted.join(", ")}; ask an admin of your organisation.`,
          });
          expect(
            outcome(user(ADMIN, "admin"), "person:update", { ...ava, fields: restricted }),
          ).toBe("allow");
        },
      ),
    );
  });

  it("explains a refusal in plain words", () => {
    const decision = can(user(PEER), "evidence:read", { ...ava, visibility: "private" });
    expect(decision).toEqual({
      allowed: false,
      status: 403,
      reason: "Private evidence is seen only by the person who logged it.",
    });
  });

  it("lets an account without a person record administer but not act as anyone", () => {
    const operator: Actor = {
      kind: "user",
      userId: "u-op",
      orgId: ORG,
      personId: null,
      role: "admin",
    };
    expect(outcome(operator, "person:create", org)).toBe("allow");
    expect(outcome(operator, "assessment:write-self", { ...ava, raterPersonId: null })).toBe(403);
    expect(outcome(operator, "plan:read", ava)).toBe(403);
  });
});
