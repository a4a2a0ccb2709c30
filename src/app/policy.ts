import type { Visibility } from "../engine/types.ts";

/** A signed-in user's place in their organisation. */
export type OrgRole = "member" | "admin" | "owner";

/** Whoever makes a request: nobody yet, or a signed-in user (who may or may not be a person). */
export type Actor =
  | { kind: "anonymous" }
  | {
      kind: "user";
      userId: string;
      orgId: string;
      /** The person record this user is; null for an account that only administers. */
      personId: string | null;
      role: OrgRole;
      /** How the request proved who it is: a signed-in session (the default) or an API token. */
      via?: "session" | "token";
    };

/**
 * The user id of the CLI's local admin (see local-admin-actor.ts): no user row has it (ids are
 * random), so no session can ever carry it and the audit log can tell an operator at the machine
 * from every signed-in user.
 */
export const localAdminUserId = "00000000-0000-0000-0000-000000000000";

/** Everything the policy can be asked about. */
export const actions = [
  "person:read",
  "person:update",
  "person:create",
  "person:delete",
  // Saving an entry placement as a person's starting point (it sets their role).
  "placement:save",
  "assessment:read",
  "assessment:write-self",
  "assessment:write-manager",
  "assessment:submit",
  "evidence:read",
  "evidence:write",
  "plan:read",
  "plan:write",
  // Commenting on a goal of a growth plan: the person and their managers talk about it there.
  "goal:comment",
  "checkin:write",
  "feedback:ask",
  "feedback:answer",
  "feedback:decline",
  "framework:read",
  "framework:import",
  "framework:publish",
  // Starting, editing and downloading drafts of the framework in the app's editor.
  "framework:edit",
  // Asking everyone, or a manager's people, to rate competencies a new version added.
  "framework:ask-to-rate",
  "analytics:team",
  "analytics:org",
  "people:import",
  "people:list-all",
  "people:list-team",
  // Naming colleagues to ask for feedback: names only, for anyone who is a person here.
  "people:find-colleague",
  // Home: the person's own standing, plan and tasks.
  "home:read",
  "org:export",
  "org:backup",
  "org:settings",
  "report:include-private",
  "audit:read",
  // Invitations and the People page: admins invite, resend and revoke.
  "invitation:send",
  "invitation:revoke",
  // Mail: the admins' Outbox and each person's choice of mails
  "mail:read-outbox",
  "mail:retry",
  "mail:preferences",
  // Single sign-on and SCIM provisioning
  "sso:configure",
  "scim:provision",
  // Accounts: organisation roles, deactivation, erasure and personal access tokens.
  "account:read",
  "account:role",
  "account:transfer-ownership",
  "account:deactivate",
  "person:erase",
  "token:manage",
  // Check-in cycles: admins open and close them; managers follow their people's completion.
  "cycle:list",
  "cycle:manage",
  "cycle:read-completion",
  "cycle:nudge",
  // Choosing a person's peers for a cycle: the person or their manager, as the cycle says.
  "cycle:choose-peers",
  // The alignment conversation of a cycle: the person and their manager chain see it and
  // record what they agreed.
  "alignment:read",
  "alignment:record",
  // Promotion cases: managers open and argue them, the person sees theirs once shared, admins
  // (the promotion committee) decide.
  "case:open",
  "case:read",
  "case:write",
  "case:decide",
  "case:list-all",
  // Calibration: admins compare every candidate of a cycle; managers the candidates under them.
  "calibration:read",
] as const;
export type Action = (typeof actions)[number];

/** An open feedback request addressed to the actor about the resource's person. */
export interface FeedbackRequestFact {
  id: string;
  competencies: string[];
}

/** The facts about a resource the policy decides on; routes load them, the policy never does. */
export interface Resource {
  orgId: string;
  /** The person the resource is about (the subject); null for organisation-wide resources. */
  ownerPersonId: string | null;
  /** The owner's managers, direct manager first, then skip-level and up. */
  managerChain: string[];
  /** For evidence: who may see it. */
  visibility?: Visibility;
  /** For assessments: drafts are seen only by whoever writes them. */
  status?: "draft" | "submitted";
  /** For assessments: the person who rates (writes) it. */
  raterPersonId?: string | null;
  /** Open feedback requests addressed to the actor about the owner. */
  feedbackRequests?: FeedbackRequestFact[];
  /** The competencies the action touches, e.g. those rated in a feedback answer. */
  competencies?: string[];
  /** For person changes: the fields the change touches. */
  fields?: readonly string[];
  /** For account actions: the account acted on (its user id and organisation role). */
  account?: { userId: string; role: OrgRole };
  /** For role changes: the organisation role asked for. */
  newRole?: OrgRole;
  /** For promotion cases: whether the manager has shared the case with the person. */
  sharedWithPerson?: boolean;
  /** For a cycle's calibration as a whole: whether the actor has people under them. */
  actorManagesPeople?: boolean;
  /** For a cycle's peers: who the cycle lets choose them (the person or their manager). */
  peersChosenBy?: "person" | "manager";
}

/** A person's fields only admins change: where they sit in the organisation and how to reach them. */
export const adminOnlyPersonFields = ["roleId", "managerId", "team", "email"] as const;

/** The policy's answer: allowed, or the HTTP status and a plain reason for the refusal. */
export type Decision =
  | { allowed: true }
  | { allowed: false; status: 401 | 403 | 404; reason: string };

type Member = Extract<Actor, { kind: "user" }>;

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, status: 403, reason });

/** How the actor relates to the resource's person; computed once per decision. */
interface Relation {
  self: boolean;
  manager: boolean;
  admin: boolean;
  requested: boolean;
  rater: boolean;
}

function relate(actor: Member, resource: Resource): Relation {
  const me = actor.personId;
  return {
    self: me !== null && me === resource.ownerPersonId,
    manager: me !== null && resource.managerChain.includes(me),
    admin: actor.role === "admin" || actor.role === "owner",
    requested: (resource.feedbackRequests ?? []).length > 0,
    rater: me !== null && me === resource.raterPersonId,
  };
}

function onlyAdmins(r: Relation, what: string): Decision {
  return r.admin ? allow : deny(`Only organisation admins can ${what}.`);
}

function readPerson(r: Relation): Decision {
  if (r.self || r.manager || r.admin || r.requested) return allow;
  return deny(
    "Only this person, their managers, admins and people asked for feedback can see them.",
  );
}

function readAssessment(r: Relation, resource: Resource): Decision {
  if (r.rater) return allow;
  if (resource.status !== "submitted") {
    return deny("A draft assessment is seen only by the person writing it.");
  }
  if (r.self || r.manager || r.admin) return allow;
  return deny("Only this person, their managers and admins can see their submitted assessments.");
}

function writeSelfAssessment(r: Relation, resource: Resource): Decision {
  if (!r.self) return deny("Only the person themself can write their self-assessment.");
  if (resource.raterPersonId != null && !r.rater) {
    return deny("This assessment belongs to someone else.");
  }
  return allow;
}

function writeManagerAssessment(r: Relation, resource: Resource): Decision {
  if (!r.manager) {
    return deny(
      "Only this person's managers (direct or skip-level) can write a manager assessment.",
    );
  }
  if (resource.raterPersonId != null && !r.rater) {
    return deny("This draft belongs to another manager.");
  }
  return allow;
}

function answerFeedback(resource: Resource): Decision {
  const requests = resource.feedbackRequests ?? [];
  if (requests.length === 0) {
    return deny("Feedback can be given only through an open request addressed to you.");
  }
  const asked = new Set(requests.flatMap((request) => request.competencies));
  const extra = (resource.competencies ?? []).filter((competency) => !asked.has(competency));
  if (extra.length > 0) {
    return deny(`You were not asked about ${extra.join(", ")}; rate only the competencies asked.`);
  }
  return allow;
}

function readEvidence(r: Relation, resource: Resource): Decision {
  if (r.self) return allow;
  const visibility = resource.visibility ?? "private";
  if (visibility === "org") return allow;
  if (visibility === "manager" && r.manager) return allow;
  return visibility === "private"
    ? deny("Private evidence is seen only by the person who logged it.")
    : deny("This evidence is shared with the person's managers only.");
}

function selfOrManagers(r: Relation, what: string): Decision {
  return r.self || r.manager ? allow : deny(`Only this person and their managers can ${what}.`);
}

function updatePerson(r: Relation, resource: Resource): Decision {
  if (!(r.self || r.admin)) return deny("Only this person and admins can change their record.");
  const fields = resource.fields ?? [];
  const touched = adminOnlyPersonFields.filter((field) => fields.includes(field));
  if (touched.length > 0 && !r.admin) {
    return deny(`Only admins change ${touched.join(", ")}; ask an admin of your organisation.`);
  }
  return allow;
}

function listTeam(r: Relation): Decision {
  if (r.self || r.manager || r.admin) return allow;
  return deny("Only this manager, the managers above them and admins can list their team.");
}

function teamAnalytics(r: Relation): Decision {
  if (r.self || r.manager || r.admin) return allow;
  return deny("Team analytics are for the team's manager, the managers above and admins.");
}

function readCase(r: Relation, resource: Resource): Decision {
  if (r.manager || r.admin) return allow;
  if (r.self) {
    return resource.sharedWithPerson === true
      ? allow
      : deny("Your promotion case is yours to see once your manager shares it with you.");
  }
  return deny(
    "A promotion case is seen only by the person's managers, admins and, once shared, the person.",
  );
}

function readCalibration(r: Relation, resource: Resource): Decision {
  if (r.admin) return allow;
  // The whole view: anyone with people under them; a candidate's row: their managers only.
  const wholeView = resource.ownerPersonId === null;
  if (wholeView ? resource.actorManagesPeople === true : r.manager) return allow;
  return deny(
    "Calibration is for admins and, for the people under them, managers; a person's own candidacy is discussed by their managers.",
  );
}

function choosePeers(r: Relation, resource: Resource): Decision {
  if (resource.peersChosenBy === "manager") {
    return r.manager
      ? allow
      : deny("In this cycle the person's manager chooses the peers who give feedback.");
  }
  return r.self
    ? allow
    : deny("In this cycle each person chooses the peers who give them feedback.");
}

// --- Accounts: organisation roles, deactivation, erasure and personal access tokens ---

function isMe(actor: Member, resource: Resource): boolean {
  return resource.account?.userId === actor.userId;
}

function changeRole(actor: Member, r: Relation, resource: Resource): Decision {
  if (!r.admin) return deny("Only organisation admins and owners can change organisation roles.");
  const touchesOwner = resource.account?.role === "owner" || resource.newRole === "owner";
  if (touchesOwner && actor.role !== "owner") {
    return deny("Only an owner can make someone an owner or change an owner's role.");
  }
  return allow;
}

function actOnAccount(actor: Member, r: Relation, resource: Resource, what: string): Decision {
  if (!r.admin) return deny(`Only organisation admins and owners can ${what}.`);
  if (isMe(actor, resource)) {
    return deny(`You cannot ${what} for your own account; ask another admin or owner.`);
  }
  if (resource.account?.role === "owner" && actor.role !== "owner") {
    return deny(`Only an owner can ${what} for an owner.`);
  }
  return allow;
}

function manageTokens(actor: Member, resource: Resource): Decision {
  if (!isMe(actor, resource)) return deny("Only the account's owner manages its tokens.");
  if (actor.via === "token") {
    return deny("A token cannot manage tokens; sign in to Pathways to create or revoke one.");
  }
  return allow;
}

function decideAccount(actor: Member, action: Action, r: Relation, resource: Resource): Decision {
  switch (action) {
    case "account:read":
      return r.admin || isMe(actor, resource)
        ? allow
        : deny("Only admins and the person themself can see their account.");
    case "account:role":
      return changeRole(actor, r, resource);
    case "account:transfer-ownership":
      return actor.role === "owner" ? allow : deny("Only an owner can hand over ownership.");
    case "account:deactivate":
      return actOnAccount(actor, r, resource, "deactivate or reactivate the account");
    case "person:erase":
      return actOnAccount(actor, r, resource, "delete a person's data");
    default:
      return manageTokens(actor, resource);
  }
}

// --- end of accounts ---

function decide(actor: Member, action: Action, r: Relation, resource: Resource): Decision {
  switch (action) {
    case "person:read":
      return readPerson(r);
    case "person:update":
      return updatePerson(r, resource);
    case "person:create":
    case "person:delete":
      return onlyAdmins(r, "add or remove people");
    case "placement:save":
      return onlyAdmins(r, "save a placement as someone's starting role");
    case "people:import":
      return onlyAdmins(r, "import people");
    case "people:list-all":
      return onlyAdmins(r, "list everyone in the organisation");
    case "people:list-team":
      return listTeam(r);
    case "people:find-colleague":
      return actor.personId !== null
        ? allow
        : deny("Only people of the organisation can look up colleagues to ask for feedback.");
    case "home:read":
      return r.self ? allow : deny("Only the person themself sees their Home.");
    case "org:export":
      return onlyAdmins(r, "export the organisation's people and ratings");
    case "org:backup":
      return onlyAdmins(r, "back up the organisation");
    case "org:settings":
      return onlyAdmins(r, "change the organisation's settings, such as its time zone");
    case "report:include-private":
      return r.self || r.admin
        ? allow
        : deny("Private evidence goes only into the person's own copy of their report.");
    case "audit:read":
      return onlyAdmins(r, "read the audit log");
    // Single sign-on and SCIM provisioning
    case "sso:configure":
      return onlyAdmins(r, "set up single sign-on or SCIM provisioning");
    case "scim:provision":
      return onlyAdmins(r, "provision people from a directory");
    case "assessment:read":
      return readAssessment(r, resource);
    case "assessment:write-self":
      return writeSelfAssessment(r, resource);
    case "assessment:write-manager":
      return writeManagerAssessment(r, resource);
    case "assessment:submit":
      return r.rater ? allow : deny("Only the person who wrote an assessment can submit it.");
    case "evidence:read":
      return readEvidence(r, resource);
    case "evidence:write":
      return r.self ? allow : deny("Only the person themself can log or change their evidence.");
    case "plan:read":
      return selfOrManagers(r, "see their growth plans");
    case "plan:write":
      return selfOrManagers(r, "change their growth plans");
    case "goal:comment":
      return selfOrManagers(r, "comment on their goals");
    case "checkin:write":
      return selfOrManagers(r, "record check-ins");
    case "feedback:ask":
      return selfOrManagers(r, "ask for feedback about them");
    case "feedback:answer":
    case "feedback:decline":
      return answerFeedback({
        ...resource,
        competencies: action === "feedback:decline" ? [] : resource.competencies,
      });
    case "framework:read":
      return allow;
    case "framework:import":
    case "framework:publish":
      return onlyAdmins(r, "import or publish frameworks");
    case "framework:edit":
      return onlyAdmins(r, "edit drafts of the framework");
    case "framework:ask-to-rate":
      return onlyAdmins(r, "ask people to rate competencies");
    case "analytics:team":
      return teamAnalytics(r);
    case "analytics:org":
      return onlyAdmins(r, "see organisation analytics");
    // Invitations and the People page.
    case "invitation:send":
      return onlyAdmins(r, "invite people or send their invitation again");
    case "invitation:revoke":
      return onlyAdmins(r, "revoke invitations");
    // Mail: the admins' Outbox and each person's choice of mails
    case "mail:read-outbox":
      return onlyAdmins(r, "see the mails Pathways sends");
    case "mail:retry":
      return onlyAdmins(r, "send a mail again");
    case "mail:preferences":
      return r.self ? allow : deny("Only the person themself chooses which mails they get.");
    case "account:read":
    case "account:role":
    case "account:transfer-ownership":
    case "account:deactivate":
    case "person:erase":
    case "token:manage":
      return decideAccount(actor, action, r, resource);
    // Check-in cycles
    case "cycle:list":
      return allow;
    case "cycle:manage":
      return onlyAdmins(r, "open or close check-in cycles");
    case "cycle:read-completion":
      return r.self || r.manager || r.admin
        ? allow
        : deny("Only admins, and managers for their own people, can follow a cycle's completion.");
    case "cycle:nudge":
      return r.manager || r.admin
        ? allow
        : deny("Only admins and this person's managers can remind them about a cycle.");
    case "cycle:choose-peers":
      return choosePeers(r, resource);
    case "alignment:read":
      return selfOrManagers(r, "see their alignment conversation");
    case "alignment:record":
      return selfOrManagers(r, "record what they agreed in their alignment conversation");
    // Promotion cases
    case "case:open":
      return r.manager
        ? allow
        : deny(
            "Only this person's managers (direct or skip-level) can open a promotion case for them.",
          );
    case "case:read":
      return readCase(r, resource);
    case "case:write":
      return r.manager
        ? allow
        : deny("Only this person's managers can change or share their promotion case.");
    case "case:decide":
      return onlyAdmins(r, "record a promotion decision; they sit on the promotion committee");
    case "case:list-all":
      return onlyAdmins(r, "list every promotion case of the organisation");
    case "calibration:read":
      return readCalibration(r, resource);
  }
}

/**
 * Decides whether an actor may perform an action on a resource, from facts alone (no IO).
 *
 * Anonymous callers get 401; callers from another organisation get 404, so they cannot even learn
 * that an id exists; everyone else gets 403 with a plain reason when refused.
 *
 * @example
 * const decision = can(actor, "evidence:read", {
 *   orgId: "org-1", ownerPersonId: "p-7", managerChain: ["p-2"], visibility: "manager",
 * });
 * if (!decision.allowed) return problem(c, decision.status, decision.reason);
 */
export function can(actor: Actor, action: Action, resource: Resource): Decision {
  if (actor.kind === "anonymous") {
    return { allowed: false, status: 401, reason: "Sign in to continue." };
  }
  if (actor.orgId !== resource.orgId) {
    return { allowed: false, status: 404, reason: "Not found." };
  }
  // The CLI's local admin already holds the whole database (see local-admin-actor.ts).
  if (actor.userId === localAdminUserId) return allow;
  return decide(actor, action, relate(actor, resource), resource);
}
