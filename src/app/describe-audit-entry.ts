import type { AuditNames } from "../storage/queries/audit-names.ts";
import { localAdminUserId } from "./local-admin-actor.ts";

/** An audit entry as the reader sees it: who did what to whom, when, in words. */
export interface DescribedAuditEntry {
  id: number;
  at: string;
  action: string;
  /** The whole entry as one sentence, e.g. "Erin Lee exported the people of Acme as CSV." */
  summary: string;
  actor: {
    userId: string | null;
    name: string;
    via: "web or API" | "command line" | "Pathways itself";
  };
  target: { type: string; id: string | null; name: string };
}

const kindWords: Record<string, string> = { self: "self", manager: "manager", peer: "peer" };

/** The target in words: "Ava Stone", "Ava Stone's growth plan", "framework version 1.2.0". */
function targetWords(type: string, id: string | null, names: AuditNames): string {
  const found = id === null ? undefined : names.targets.get(`${type}:${id}`);
  const owner = found?.owner;
  switch (type) {
    case "person":
      return owner ?? "a person no longer in Pathways";
    case "organisation":
      return owner ?? "the organisation";
    case "growth-plan":
      return owner ? `${owner}'s growth plan` : "a growth plan that no longer exists";
    case "goal":
      return owner ? `a goal in ${owner}'s growth plan` : "a goal that no longer exists";
    case "check-in":
      return owner ? `a check-in on ${owner}'s growth plan` : "a check-in that no longer exists";
    case "feedback-request":
      return owner ? `a feedback request about ${owner}` : "a feedback request that is gone";
    case "assessment": {
      const kind = kindWords[found?.label ?? ""] ?? "";
      return owner
        ? `${owner}'s ${kind ? `${kind} ` : ""}assessment`
        : "an assessment that no longer exists";
    }
    case "evidence":
      return owner ? `an evidence entry of ${owner}` : "an evidence entry no longer in Pathways";
    case "framework-version":
      return found?.label ? `framework version ${found.label}` : "a framework version";
    case "cycle":
      return found?.label
        ? `the check-in cycle "${found.label}"`
        : "a check-in cycle that no longer exists";
    case "promotion-case":
      return owner ? `a promotion case for ${owner}` : "a promotion case that no longer exists";
    case "user":
      return (id === null ? undefined : names.actors.get(id)) ?? "an account no longer in Pathways";
    case "api-token":
      return "a token for scripts";
    default:
      return `a ${type.replaceAll("-", " ")}`;
  }
}

/** What a phrase may draw on besides the target: who acted, and the entry's detail. */
interface PhraseContext {
  actorName: string;
  detail: Record<string, unknown>;
}

const roleWords: Record<string, string> = {
  owner: "an owner",
  admin: "an admin",
  member: "a member",
};

/** "their" when the actor acts on themself, else "Ava Stone's". */
const whose = (t: string, ctx: PhraseContext) => (t === ctx.actorName ? "their" : `${t}'s`);

const quoted = (value: unknown) => (typeof value === "string" && value ? ` "${value}"` : "");

// Accounts: invitations, passwords, organisation roles, deactivation, erasure, tokens, SSO, SCIM.
const accountPhrases: Record<string, (target: string, ctx: PhraseContext) => string> = {
  "invitation:send": (t) => `invited ${t} to Pathways`,
  "invitation:resend": (t) => `sent ${t} their invitation again`,
  "invitation:revoke": (t) => `withdrew the invitation of ${t}`,
  "invitation:accept": (t, ctx) =>
    t === ctx.actorName
      ? "accepted their invitation and set up their account"
      : `accepted the invitation of ${t}`,
  "password:reset-request": (t, ctx) => `asked for a link to reset ${whose(t, ctx)} password`,
  "password:reset": (t, ctx) => `reset ${whose(t, ctx)} password with an emailed link`,
  "password:change": (t, ctx) => `changed ${whose(t, ctx)} password`,
  "account:role": (t, ctx) => {
    const to = roleWords[String(ctx.detail.to)];
    return to ? `made ${t} ${to} of the organisation` : `changed the organisation role of ${t}`;
  },
  "account:transfer-ownership": (t) => `handed ownership of the organisation to ${t}`,
  "account:deactivate": (t) => `deactivated the account of ${t}; it can no longer sign in`,
  "account:reactivate": (t) => `reactivated the account of ${t}`,
  "person:erase": (t) => `deleted, on request, the data Pathways held about ${t}`,
  "token:create": (t, ctx) =>
    `created ${t}${quoted(ctx.detail.name)}${ctx.detail.scope === "read" ? " (read-only)" : ""}`,
  "token:revoke": (t, ctx) => `revoked ${t}${quoted(ctx.detail.name)}`,
  "sso:sign-in": () => "signed in with single sign-on",
  "sso:link": (t, ctx) => `linked ${whose(t, ctx)} account to single sign-on`,
  "sso:configure": (t) => `set up single sign-on for ${t}`,
  "sso:disable": (t) => `turned single sign-on off for ${t}`,
  "scim:token-create": (t) => `created a directory (SCIM) token for ${t}`,
  "scim:create": (t) => `added ${t} from the company directory (SCIM)`,
  "scim:update": (t) => `updated ${t} from the company directory (SCIM)`,
  "scim:deactivate": (t) => `deactivated the account of ${t} from the company directory (SCIM)`,
};

const phrases: Record<string, (target: string, ctx: PhraseContext) => string> = {
  ...accountPhrases,
  "person:create": (t) => `added ${t}`,
  "person:update": (t) => `changed the record of ${t}`,
  "person:delete": (t) => `removed ${t}`,
  "placement:save": (t) => `saved where ${t} starts on the ladder`,
  "plan:create": (t) => `started ${t}`,
  "plan:update": (t) => `changed ${t}`,
  "goal:create": (t) => `added ${t}`,
  "goal:update": (t) => `changed ${t}`,
  "goal:delete": (t) => `removed ${t}`,
  "goal:comment": (t) => `commented on ${t}`,
  "checkin:create": (t) => `recorded ${t}`,
  "feedback:ask": (t) => `sent ${t}`,
  "feedback:answer": (t) => `answered ${t}`,
  "feedback:decline": (t) => `declined ${t}`,
  "export:people": (t) => `exported the people of ${t} as CSV`,
  "export:ratings": (t) => `exported the submitted ratings of ${t} as CSV`,
  "export:team-analytics": (t) => `exported the team analytics of ${t} as CSV`,
  "me:export": (t) => `downloaded everything Pathways holds about ${t}`,
  "assessment:create": (t) => `started ${t}`,
  "assessment:submit": (t) => `submitted ${t}`,
  "people:import": (t) => `imported people into ${t}`,
  "people:map-title": (t) => `mapped a job title to a role in ${t}`,
  "evidence:create": (t) => `logged ${t}`,
  "evidence:read": (t) => `read ${t}`,
  "evidence:update": (t) => `changed ${t}`,
  "evidence:delete": (t) => `deleted ${t}`,
  "framework:import": (t, ctx) =>
    typeof ctx.detail.fileName === "string" && ctx.detail.fileName
      ? `imported ${t} from ${ctx.detail.fileName}`
      : `imported ${t}`,
  "framework:publish": (t) => `published ${t}`,
  "framework:start-draft": (t) => `started editing ${t} as a draft`,
  "framework:ask-to-rate": (t) => `asked people to rate themselves on competencies of ${t}`,
  "analytics:org": (t) => `looked at the organisation analytics of ${t}`,
  "analytics:team": (t) => `looked at the team analytics of ${t}'s team`,
  "analytics:rebuild": (t) => `computed the analytics of ${t} again from every assessment`,
  "demo:seed": (t) => `created the demo organisation ${t}`,
  "org:backup": (t) => `backed up ${t}`,
  "org:set-time-zone": (t) => `changed the time zone of ${t}`,
  "report:include-private": (t) => `made a growth report with private evidence for ${t}`,
  // Mail: the admins' Outbox and each person's choice of mails
  "mail:retry": (t) => `sent ${t} again`,
  "mail:preferences": (t) => `changed which mails ${t} gets`,
  // Check-in cycles
  "cycle:open": (t, ctx) => {
    const count = ctx.detail.participants;
    return typeof count === "number"
      ? `opened ${t} for ${count === 1 ? "one person" : `${count} people`}`
      : `opened ${t}`;
  },
  "cycle:close": (t) => `closed ${t} and kept everyone's profile and readiness as they stood`,
  "cycle:nudge": (t, ctx) =>
    `reminded ${t} of what the check-in cycle${quoted(ctx.detail.cycleName)} still asks`,
  "cycle:choose-peers": (t, ctx) =>
    `chose peers to give ${t} feedback in the check-in cycle${quoted(ctx.detail.cycleName)}`,
  "alignment:record": (t, ctx) =>
    `recorded what ${t} and their manager agreed in the check-in cycle${quoted(ctx.detail.cycleName)}`,
  // Promotion cases and calibration
  "calibration:read": (t) => `looked at the calibration of ${t}`,
  "case:open": (t, ctx) =>
    typeof ctx.detail.targetRole === "string"
      ? `opened ${t} toward ${ctx.detail.targetRole}`
      : `opened ${t}`,
  "case:share": (t) => `shared ${t} with the person it is about`,
  "case:unshare": (t) => `stopped sharing ${t} with the person it is about`,
  "case:decide": (t, ctx) => {
    const words: Record<string, string> = {
      "promote-now": "promote now",
      "not-yet": "not yet",
      "with-a-plan": "promote with a plan",
    };
    const decision = words[String(ctx.detail.decision)];
    return decision ? `decided "${decision}" on ${t}` : `recorded a decision on ${t}`;
  },
};

function actorOf(userId: string | null, names: AuditNames): DescribedAuditEntry["actor"] {
  if (userId === null) return { userId, name: "Pathways", via: "Pathways itself" };
  if (userId === localAdminUserId) {
    return { userId, name: "An admin at the command line", via: "command line" };
  }
  return { userId, name: names.actors.get(userId) ?? "A former user", via: "web or API" };
}

/**
 * Describes a stored audit entry in words, from the names read for its page.
 *
 * @example
 * describeAuditEntry(entry, names).summary; // "Erin Lee exported the people of Acme as CSV."
 */
export function describeAuditEntry(
  entry: {
    id: number;
    at: Date;
    action: string;
    actorUserId: string | null;
    targetType: string;
    targetId: string | null;
    detail?: Record<string, unknown> | null;
  },
  names: AuditNames,
): DescribedAuditEntry {
  const actor = actorOf(entry.actorUserId, names);
  const target = targetWords(entry.targetType, entry.targetId, names);
  const context = { actorName: actor.name, detail: entry.detail ?? {} };
  const phrase = phrases[entry.action]?.(target, context) ?? `did "${entry.action}" to ${target}`;
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    action: entry.action,
    summary: `${actor.name} ${phrase}.`,
    actor,
    target: { type: entry.targetType, id: entry.targetId, name: target },
  };
}
