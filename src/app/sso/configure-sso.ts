import type { InputIssue } from "../../framework/input-issue.ts";
import type { Database } from "../../storage/database.ts";
import { putSsoConfig, type StoredSsoConfig } from "../../storage/queries/sso-configs.ts";
import { findUserByEmail } from "../../storage/queries/users.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { organisationWide, Refusal, refuseUnless } from "../refusal.ts";

/** What an admin sets for the organisation's OpenID provider. */
export interface SsoConfigInput {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  allowJustInTime: boolean;
  requireSso: boolean;
  /** The owner who may still sign in with a password when SSO is required. */
  breakGlassEmail?: string | undefined;
}

type Member = Extract<Actor, { kind: "user" }>;

function issuerIssues(issuer: string): InputIssue[] {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return [
      {
        path: "issuer",
        message: `"${issuer}" is not a URL.`,
        hint: "Give the provider's issuer URL, e.g. https://login.example.com/realms/acme.",
      },
    ];
  }
  const local = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol === "https:" || (url.protocol === "http:" && local)) return [];
  return [
    {
      path: "issuer",
      message: "The issuer must use https.",
      hint: "Use the https:// URL your provider shows as its issuer (plain http only for a provider on this machine).",
    },
  ];
}

async function breakGlassUserId(
  db: Database,
  orgId: string,
  input: SsoConfigInput,
): Promise<{ id: string | null; issues: InputIssue[] }> {
  if (!input.breakGlassEmail) {
    if (!input.requireSso) return { id: null, issues: [] };
    return {
      id: null,
      issues: [
        {
          path: "breakGlass",
          message: "Requiring single sign-on needs a break-glass owner.",
          hint: "Name an owner who may still sign in with a password if the provider is down, e.g. --break-glass owner@example.com.",
        },
      ],
    };
  }
  const user = await findUserByEmail(db, input.breakGlassEmail);
  if (user && user.orgId === orgId && user.role === "owner") return { id: user.id, issues: [] };
  return {
    id: null,
    issues: [
      {
        path: "breakGlass",
        message: `${input.breakGlassEmail} is not an owner's account in this organisation.`,
        hint: "Name the email of an owner of this organisation.",
      },
    ],
  };
}

/**
 * Sets the organisation's OpenID provider and its choices (admins only): an https issuer, a
 * client id and secret, just-in-time creation, and whether SSO is required (which needs a
 * break-glass owner). Audited as `sso:configure`, without the secret.
 *
 * @example
 * await configureSso({ db }, actor, { issuer, clientId, clientSecret, allowJustInTime: false, requireSso: false });
 */
export async function configureSso(
  deps: { db: Database },
  actor: Member,
  input: SsoConfigInput,
): Promise<StoredSsoConfig> {
  refuseUnless(actor, "sso:configure", organisationWide(actor.orgId));
  const breakGlass = await breakGlassUserId(deps.db, actor.orgId, input);
  const issues = [...issuerIssues(input.issuer), ...breakGlass.issues];
  if (input.clientId.trim() === "") {
    issues.push({
      path: "clientId",
      message: "The client id is empty.",
      hint: "Copy the client id of the Pathways application from your provider.",
    });
  }
  if (issues.length > 0) {
    throw new Refusal("validation", "The single sign-on settings need fixing.", issues);
  }
  const stored = await putSsoConfig(deps.db, {
    orgId: actor.orgId,
    issuer: input.issuer,
    clientId: input.clientId.trim(),
    clientSecret: input.clientSecret,
    allowJustInTime: input.allowJustInTime,
    requireSso: input.requireSso,
    breakGlassUserId: breakGlass.id,
  });
  await recordAuditEntry(deps.db, actor, {
    action: "sso:configure",
    targetType: "organisation",
    targetId: actor.orgId,
    detail: {
      issuer: stored.issuer,
      clientId: stored.clientId,
      allowJustInTime: stored.allowJustInTime,
      requireSso: stored.requireSso,
    },
  });
  return stored;
}
