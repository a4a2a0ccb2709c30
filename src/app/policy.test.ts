import { describe, expect, it } from "vitest";
import { type Action, type Actor, actions, can, type Resource } from "./policy.ts";

const ORG = "org-1";
const SELF = "p-ava";
const DIRECT = "p-ben";
const SKIP = "p-cleo";
const PEER = "p-dev";
const ADMIN = "p-erin";

const actorKinds = [
  "anonymous",
  "self",
  "peer",
  "peerAsked",
  "directManager",
  "skipManager",
  "admin",
  "otherOrgAdmin",
] as const;
type ActorKind = (typeof actorKinds)[number];

const user = (personId: string, role: "member" | "admin" = "member", orgId = ORG): Actor => ({
  kind: "user",
  userId: `u-${personId}`,
  orgId,
  personId,
  role,
});

const actorsByKind: Record<ActorKind, Actor> = {
  anonymous: { kind: "anonymous" },
  self: user(SELF),
  peer: user(PEER),
  peerAsked: user(PEER),
  directManager: user(DIRECT),
  skipManager: user(SKIP),
  admin: user(ADMIN, "admin"),
  otherOrgAdmin: user("p-zed", "admin", "org-2"),
};

/** Ava's things: she reports to Ben, who reports to Cleo. */
const ava: Resource = { orgId: ORG, ownerPersonId: SELF, managerChain: [DIRECT, SKIP] };
const org: Resource = { orgId: ORG, ownerPersonId: null, managerChain: [] };
const avasAccount: Resource = { ...ava, account: { userId: `u-${SELF}`, role: "member" } };
const bensTeam: Resource = { orgId: ORG, ownerPersonId: DIRECT, managerChain: [SKIP] };

/** Only the peer who was asked has an open request addressed to them. */
function factsFor(kind: ActorKind, resource: Resource): Resource {
  if (kind !== "peerAsked") return resource;
  return {
    ...resource,
    feedbackRequests: [{ id: "fr-1", competencies: ["strategy", "execution"] }],
  };
}

type Expected = "allow" | 401 | 403 | 404;
const Y = "allow";
const N = 403;

interface Row {
  name: string;
  action: Action;
  resource: Resource;
  /** Order: self, peer, peer asked, direct manager, skip-level manager, admin. */
  expected: [Expected, Expected, Expected, Expected, Expected, Expected];
}

// Anonymous (401) and the other organisation's admin (404) are the same on every row, so they
// are asserted for every row without being written out.
const matrix: Row[] = [
  { name: "read the person", action: "person:read", resource: ava, expected: [Y, N, Y, Y, Y, Y] },
  {
    name: "update the person",
    action: "person:update",
    resource: ava,
    expected: [Y, N, N, N, N, Y],
  },
  { name: "create a person", action: "person:create", resource: org, expected: [N, N, N, N, N, Y] },
  {
    name: "save a placement as the person's starting role",
    action: "placement:save",
    resource: ava,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "delete the person",
    action: "person:delete",
    resource: ava,
    expected: [N, N, N, N, N, Y],
  },
  { name: "import people", action: "people:import", resource: org, expected: [N, N, N, N, N, Y] },
  {
    name: "change the person's name",
    action: "person:update",
    resource: { ...ava, fields: ["name", "preferences"] },
    expected: [Y, N, N, N, N, Y],
  },
  {
    name: "change the person's team or manager",
    action: "person:update",
    resource: { ...ava, fields: ["name", "team", "managerId"] },
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "change the person's role or email",
    action: "person:update",
    resource: { ...ava, fields: ["roleId", "email"] },
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "list everyone in the organisation",
    action: "people:list-all",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "list the direct manager's team",
    action: "people:list-team",
    resource: bensTeam,
    expected: [N, N, N, Y, Y, Y],
  },
  {
    name: "list the person's own team",
    action: "people:list-team",
    resource: ava,
    expected: [Y, N, N, Y, Y, Y],
  },
  {
    name: "look up colleagues to ask for feedback",
    action: "people:find-colleague",
    resource: org,
    expected: [Y, Y, Y, Y, Y, Y],
  },
  {
    name: "see the person's Home",
    action: "home:read",
    resource: ava,
    expected: [Y, N, N, N, N, N],
  },
  {
    name: "back up the organisation",
    action: "org:backup",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "change the organisation's settings (time zone)",
    action: "org:settings",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "put private evidence in the person's report",
    action: "report:include-private",
    resource: ava,
    expected: [Y, N, N, N, N, Y],
  },
  { name: "read the audit log", action: "audit:read", resource: org, expected: [N, N, N, N, N, Y] },
  // Invitations and the People page: admins invite, resend and revoke.
  { name: "invite people", action: "invitation:send", resource: org, expected: [N, N, N, N, N, Y] },
  {
    name: "revoke an invitation",
    action: "invitation:revoke",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  // Mail: the admins' Outbox and each person's choice of mails
  {
    name: "read the outbox",
    action: "mail:read-outbox",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  { name: "send a mail again", action: "mail:retry", resource: org, expected: [N, N, N, N, N, Y] },
  {
    name: "choose which mails the person gets",
    action: "mail:preferences",
    resource: ava,
    expected: [Y, N, N, N, N, N],
  },
  // Check-in cycles: admins open and close them; managers follow their people's completion.
  {
    name: "list check-in cycles",
    action: "cycle:list",
    resource: org,
    expected: [Y, Y, Y, Y, Y, Y],
  },
  {
    name: "open or close a check-in cycle",
    action: "cycle:manage",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "follow everyone's completion of a cycle",
    action: "cycle:read-completion",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "follow the completion of Ben's people",
    action: "cycle:read-completion",
    resource: bensTeam,
    expected: [N, N, N, Y, Y, Y],
  },
  {
    name: "remind a person about a cycle",
    action: "cycle:nudge",
    resource: ava,
    expected: [N, N, N, Y, Y, Y],
  },
  {
    name: "choose Ava's peers for a cycle where each person chooses",
    action: "cycle:choose-peers",
    resource: { ...ava, peersChosenBy: "person" },
    expected: [Y, N, N, N, N, N],
  },
  {
    name: "choose Ava's peers for a cycle where managers choose",
    action: "cycle:choose-peers",
    resource: { ...ava, peersChosenBy: "manager" },
    expected: [N, N, N, Y, Y, N],
  },
  {
    name: "see Ava's alignment conversation",
    action: "alignment:read",
    resource: ava,
    expected: [Y, N, N, Y, Y, N],
  },
  {
    name: "record what Ava and her manager agreed",
    action: "alignment:record",
    resource: ava,
    expected: [Y, N, N, Y, Y, N],
  },
  // Promotion cases: a peer never sees one; the person sees theirs only once it is shared.
  {
    name: "open a promotion case for Ava",
    action: "case:open",
    resource: ava,
    expected: [N, N, N, Y, Y, N],
  },
  {
    name: "read Ava's promotion case before it is shared",
    action: "case:read",
    resource: { ...ava, sharedWithPerson: false },
    expected: [N, N, N, Y, Y, Y],
  },
  {
    name: "read Ava's promotion case once it is shared with her",
    action: "case:read",
    resource: { ...ava, sharedWithPerson: true },
    expected: [Y, N, N, Y, Y, Y],
  },
  {
    name: "change or share Ava's promotion case",
    action: "case:write",
    resource: { ...ava, sharedWithPerson: true },
    expected: [N, N, N, Y, Y, N],
  },
  {
    name: "decide on Ava's promotion case",
    action: "case:decide",
    resource: ava,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "list every promotion case",
    action: "case:list-all",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  // Calibration: admins see every candidate; managers those under them; a peer never.
  {
    name: "open a cycle's calibration as someone with people under them",
    action: "calibration:read",
    resource: { ...org, actorManagesPeople: true },
    expected: [Y, Y, Y, Y, Y, Y],
  },
  {
    name: "open a cycle's calibration with nobody under one",
    action: "calibration:read",
    resource: { ...org, actorManagesPeople: false },
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "see Ava as a candidate in calibration",
    action: "calibration:read",
    resource: ava,
    expected: [N, N, N, Y, Y, Y],
  },
  // Single sign-on and SCIM provisioning
  {
    name: "set up single sign-on",
    action: "sso:configure",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "provision people from a directory",
    action: "scim:provision",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "export people and ratings",
    action: "org:export",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "read a submitted self-assessment",
    action: "assessment:read",
    resource: { ...ava, status: "submitted", raterPersonId: SELF },
    expected: [Y, N, N, Y, Y, Y],
  },
  {
    name: "read a draft self-assessment",
    action: "assessment:read",
    resource: { ...ava, status: "draft", raterPersonId: SELF },
    expected: [Y, N, N, N, N, N],
  },
  {
    name: "read a submitted manager assessment",
    action: "assessment:read",
    resource: { ...ava, status: "submitted", raterPersonId: DIRECT },
    expected: [Y, N, N, Y, Y, Y],
  },
  {
    name: "read the direct manager's draft assessment",
    action: "assessment:read",
    resource: { ...ava, status: "draft", raterPersonId: DIRECT },
    expected: [N, N, N, Y, N, N],
  },
  {
    name: "read the peer's own submitted peer assessment",
    action: "assessment:read",
    resource: { ...ava, status: "submitted", raterPersonId: PEER },
    expected: [Y, Y, Y, Y, Y, Y],
  },
  {
    name: "start a self-assessment",
    action: "assessment:write-self",
    resource: { ...ava, raterPersonId: null },
    expected: [Y, N, N, N, N, N],
  },
  {
    name: "autosave the self-assessment draft",
    action: "assessment:write-self",
    resource: { ...ava, status: "draft", raterPersonId: SELF },
    expected: [Y, N, N, N, N, N],
  },
  {
    name: "start a manager assessment",
    action: "assessment:write-manager",
    resource: { ...ava, raterPersonId: null },
    expected: [N, N, N, Y, Y, N],
  },
  {
    name: "autosave the direct manager's draft",
    action: "assessment:write-manager",
    resource: { ...ava, status: "draft", raterPersonId: DIRECT },
    expected: [N, N, N, Y, N, N],
  },
  {
    name: "submit the self-assessment",
    action: "assessment:submit",
    resource: { ...ava, status: "draft", raterPersonId: SELF },
    expected: [Y, N, N, N, N, N],
  },
  {
    name: "submit the direct manager's assessment",
    action: "assessment:submit",
    resource: { ...ava, status: "draft", raterPersonId: DIRECT },
    expected: [N, N, N, Y, N, N],
  },
  {
    name: "read private evidence",
    action: "evidence:read",
    resource: { ...ava, visibility: "private" },
    expected: [Y, N, N, N, N, N],
  },
  {
    name: "read evidence shared with managers",
    action: "evidence:read",
    resource: { ...ava, visibility: "manager" },
    expected: [Y, N, N, Y, Y, N],
  },
  {
    name: "read evidence shared with the organisation",
    action: "evidence:read",
    resource: { ...ava, visibility: "org" },
    expected: [Y, Y, Y, Y, Y, Y],
  },
  { name: "log evidence", action: "evidence:write", resource: ava, expected: [Y, N, N, N, N, N] },
  { name: "read growth plans", action: "plan:read", resource: ava, expected: [Y, N, N, Y, Y, N] },
  {
    name: "write a growth plan",
    action: "plan:write",
    resource: ava,
    expected: [Y, N, N, Y, Y, N],
  },
  {
    name: "comment on a goal",
    action: "goal:comment",
    resource: ava,
    expected: [Y, N, N, Y, Y, N],
  },
  {
    name: "record a check-in",
    action: "checkin:write",
    resource: ava,
    expected: [Y, N, N, Y, Y, N],
  },
  { name: "ask for feedback", action: "feedback:ask", resource: ava, expected: [Y, N, N, Y, Y, N] },
  {
    name: "answer feedback on the competencies asked",
    action: "feedback:answer",
    resource: { ...ava, competencies: ["strategy"] },
    expected: [N, N, Y, N, N, N],
  },
  {
    name: "answer feedback on a competency not asked",
    action: "feedback:answer",
    resource: { ...ava, competencies: ["strategy", "people-leadership"] },
    expected: [N, N, N, N, N, N],
  },
  {
    name: "decline feedback",
    action: "feedback:decline",
    resource: ava,
    expected: [N, N, Y, N, N, N],
  },
  {
    name: "read the framework",
    action: "framework:read",
    resource: org,
    expected: [Y, Y, Y, Y, Y, Y],
  },
  {
    name: "import a framework",
    action: "framework:import",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "publish a framework",
    action: "framework:publish",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "edit a draft of the framework",
    action: "framework:edit",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "ask people to rate competencies a new version added",
    action: "framework:ask-to-rate",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "see the direct manager's team analytics",
    action: "analytics:team",
    resource: bensTeam,
    expected: [N, N, N, Y, Y, Y],
  },
  {
    name: "see org analytics",
    action: "analytics:org",
    resource: org,
    expected: [N, N, N, N, N, Y],
  },
  // Accounts: organisation roles, deactivation, erasure and personal access tokens.
  {
    name: "see Ava's account",
    action: "account:read",
    resource: avasAccount,
    expected: [Y, N, N, N, N, Y],
  },
  {
    name: "make Ava an admin",
    action: "account:role",
    resource: { ...avasAccount, newRole: "admin" },
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "make Ava an owner",
    action: "account:role",
    resource: { ...avasAccount, newRole: "owner" },
    expected: [N, N, N, N, N, N],
  },
  {
    name: "hand over ownership",
    action: "account:transfer-ownership",
    resource: avasAccount,
    expected: [N, N, N, N, N, N],
  },
  {
    name: "deactivate Ava's account",
    action: "account:deactivate",
    resource: avasAccount,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "delete Ava's data",
    action: "person:erase",
    resource: avasAccount,
    expected: [N, N, N, N, N, Y],
  },
  {
    name: "manage Ava's tokens",
    action: "token:manage",
    resource: avasAccount,
    expected: [Y, N, N, N, N, N],
  },
];

function outcome(actor: Actor, action: Action, resource: Resource): Expected {
  const decision = can(actor, action, resource);
  return decision.allowed ? "allow" : decision.status;
}

describe("the access-control matrix", () => {
  const cells = matrix.flatMap((row) =>
    actorKinds.map((kind) => {
      const index = actorKinds.indexOf(kind) - 1;
      const expected: Expected =
        kind === "anonymous" ? 401 : kind === "otherOrgAdmin" ? 404 : (row.expected[index] ?? N);
      return { row: row.name, action: row.action, resource: row.resource, kind, expected };
    }),
  );

  it("covers every action at least once", () => {
    const covered = new Set(matrix.map((row) => row.action));
    expect(actions.filter((action) => !covered.has(action))).toEqual([]);
  });

  it.each(cells)("$kind: $row -> $expected", ({ action, resource, kind, expected }) => {
    expect(outcome(actorsByKind[kind], action, factsFor(kind, resource))).toBe(expected);
  });
});

describe("owners and admins on accounts", () => {
  const owner: Actor = {
    kind: "user",
    userId: "u-olga",
    orgId: ORG,
    personId: "p-olga",
    role: "owner",
  };
  const admin = actorsByKind.admin;
  const ownersAccount: Resource = { ...org, account: { userId: "u-oscar", role: "owner" } };
  const ownAccount: Resource = { ...org, account: { userId: "u-p-erin", role: "admin" } };
  const cases: [string, Actor, Action, Resource, Expected][] = [
    [
      "an owner makes someone an owner",
      owner,
      "account:role",
      { ...avasAccount, newRole: "owner" },
      Y,
    ],
    ["an owner hands over ownership", owner, "account:transfer-ownership", avasAccount, Y],
    [
      "an admin demotes an owner",
      admin,
      "account:role",
      { ...ownersAccount, newRole: "member" },
      N,
    ],
    ["an owner demotes an owner", owner, "account:role", { ...ownersAccount, newRole: "admin" }, Y],
    ["an admin deactivates an owner", admin, "account:deactivate", ownersAccount, N],
    ["an owner deactivates an owner", owner, "account:deactivate", ownersAccount, Y],
    ["an admin deactivates themself", admin, "account:deactivate", ownAccount, N],
    ["an admin deletes an owner's data", admin, "person:erase", ownersAccount, N],
    ["an admin deletes their own data", admin, "person:erase", ownAccount, N],
    ["an admin manages their own tokens", admin, "token:manage", ownAccount, Y],
    [
      "a token manages tokens",
      { ...(admin as Extract<Actor, { kind: "user" }>), via: "token" },
      "token:manage",
      ownAccount,
      N,
    ],
  ];
  it.each(cases)("%s", (_name, actor, action, resource, expected) => {
    expect(outcome(actor, action, resource)).toBe(expected);
  });
});
