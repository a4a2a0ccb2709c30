import { describe, expect, it } from "vitest";
import type { AuditNames } from "../storage/queries/audit-names.ts";
import { describeAuditEntry } from "./describe-audit-entry.ts";

const names: AuditNames = {
  actors: new Map([
    ["u-erin", "Erin Lee"],
    ["u-ava", "Ava Stone"],
  ]),
  targets: new Map([["person:p-ava", { owner: "Ava Stone", label: null }]]),
};

const say = (
  action: string,
  actorUserId: string | null,
  detail: Record<string, unknown> = {},
  targetType = "person",
  targetId = "p-ava",
) =>
  describeAuditEntry(
    { id: 1, at: new Date(0), action, actorUserId, targetType, targetId, detail },
    names,
  ).summary;

describe("account entries in words", () => {
  it.each([
    ["invitation:send", "u-erin", {}, "Erin Lee invited Ava Stone to Pathways."],
    ["invitation:resend", "u-erin", {}, "Erin Lee sent Ava Stone their invitation again."],
    ["invitation:revoke", "u-erin", {}, "Erin Lee withdrew the invitation of Ava Stone."],
    [
      "invitation:accept",
      "u-ava",
      {},
      "Ava Stone accepted their invitation and set up their account.",
    ],
    ["password:reset-request", "u-ava", {}, "Ava Stone asked for a link to reset their password."],
    ["password:reset", "u-ava", {}, "Ava Stone reset their password with an emailed link."],
    ["password:change", "u-ava", {}, "Ava Stone changed their password."],
    [
      "account:role",
      "u-erin",
      { from: "member", to: "admin" },
      "Erin Lee made Ava Stone an admin of the organisation.",
    ],
    [
      "account:transfer-ownership",
      "u-erin",
      {},
      "Erin Lee handed ownership of the organisation to Ava Stone.",
    ],
    [
      "account:deactivate",
      "u-erin",
      {},
      "Erin Lee deactivated the account of Ava Stone; it can no longer sign in.",
    ],
    ["account:reactivate", "u-erin", {}, "Erin Lee reactivated the account of Ava Stone."],
    ["sso:sign-in", "u-ava", {}, "Ava Stone signed in with single sign-on."],
    ["sso:link", "u-ava", {}, "Ava Stone linked their account to single sign-on."],
    ["scim:create", null, {}, "Pathways added Ava Stone from the company directory (SCIM)."],
    ["scim:update", null, {}, "Pathways updated Ava Stone from the company directory (SCIM)."],
    [
      "scim:deactivate",
      null,
      {},
      "Pathways deactivated the account of Ava Stone from the company directory (SCIM).",
    ],
  ] as const)("%s", (action, actor, detail, summary) => {
    expect(say(action, actor, detail)).toBe(summary);
  });

  it("names tokens by their name and scope, and erased people without their name", () => {
    expect(
      say("token:create", "u-ava", { name: "Nightly", scope: "read" }, "api-token", "t-1"),
    ).toBe('Ava Stone created a token for scripts "Nightly" (read-only).');
    expect(say("token:revoke", "u-ava", { name: "Nightly" }, "api-token", "t-1")).toBe(
      'Ava Stone revoked a token for scripts "Nightly".',
    );
    expect(say("person:erase", "u-erin", {}, "person", "p-gone")).toBe(
      "Erin Lee deleted, on request, the data Pathways held about a person no longer in Pathways.",
    );
  });
});

describe("check-in cycle entries in words", () => {
  const withCycle: AuditNames = {
    ...names,
    targets: new Map([
      ...names.targets,
      ["cycle:c-1", { owner: null, label: "H1 2027 career check-in" }],
    ]),
  };
  const sayCycle = (action: string, detail: Record<string, unknown>, type = "cycle", id = "c-1") =>
    describeAuditEntry(
      {
        id: 1,
        at: new Date(0),
        action,
        actorUserId: "u-erin",
        targetType: type,
        targetId: id,
        detail,
      },
      withCycle,
    ).summary;

  it("names the cycle, how many it was opened for, and whom a reminder went to", () => {
    expect(sayCycle("cycle:open", { participants: 3 })).toBe(
      'Erin Lee opened the check-in cycle "H1 2027 career check-in" for 3 people.',
    );
    expect(sayCycle("cycle:close", { snapshots: 3 })).toBe(
      'Erin Lee closed the check-in cycle "H1 2027 career check-in" and kept everyone\'s profile and readiness as they stood.',
    );
    expect(
      sayCycle("cycle:nudge", { cycleName: "H1 2027 career check-in" }, "person", "p-ava"),
    ).toBe(
      'Erin Lee reminded Ava Stone of what the check-in cycle "H1 2027 career check-in" still asks.',
    );
    expect(sayCycle("cycle:open", {}, "cycle", "c-gone")).toBe(
      "Erin Lee opened a check-in cycle that no longer exists.",
    );
  });
});

describe("promotion case entries in words", () => {
  const withCase: AuditNames = {
    ...names,
    targets: new Map([
      ...names.targets,
      ["promotion-case:k-1", { owner: "Ava Stone", label: null }],
    ]),
  };
  const sayCase = (action: string, detail: Record<string, unknown>, id = "k-1") =>
    describeAuditEntry(
      {
        id: 1,
        at: new Date(0),
        action,
        actorUserId: "u-erin",
        targetType: "promotion-case",
        targetId: id,
        detail,
      },
      withCase,
    ).summary;

  it("names whose case it is, the role it argues for and the decision", () => {
    expect(sayCase("case:open", { targetRole: "Senior Product Manager" })).toBe(
      "Erin Lee opened a promotion case for Ava Stone toward Senior Product Manager.",
    );
    expect(sayCase("case:share", {})).toBe(
      "Erin Lee shared a promotion case for Ava Stone with the person it is about.",
    );
    expect(sayCase("case:decide", { decision: "with-a-plan" })).toBe(
      'Erin Lee decided "promote with a plan" on a promotion case for Ava Stone.',
    );
    expect(sayCase("case:decide", { decision: "not-yet" }, "k-gone")).toBe(
      'Erin Lee decided "not yet" on a promotion case that no longer exists.',
    );
  });
});

describe("framework entries in words", () => {
  it("names the file a version was imported from, when the entry kept it", () => {
    const withVersion: AuditNames = {
      ...names,
      targets: new Map([
        ...names.targets,
        ["framework-version:v-1", { owner: null, label: "Ladder matrix 1.0.0" }],
      ]),
    };
    const sayImport = (detail: Record<string, unknown>) =>
      describeAuditEntry(
        {
          id: 1,
          at: new Date(0),
          action: "framework:import",
          actorUserId: "u-erin",
          targetType: "framework-version",
          targetId: "v-1",
          detail,
        },
        withVersion,
      ).summary;
    expect(sayImport({ fileName: "ladder.xlsx", assumed: [] })).toMatch(
      /^Erin Lee imported .+ from ladder\.xlsx\.$/,
    );
    expect(sayImport({})).not.toMatch(/ from /);
  });
});
