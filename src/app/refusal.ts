import type { InputIssue } from "../framework/input-issue.ts";
import { type Action, type Actor, can, type Resource } from "./policy.ts";

/** Why a use case refused: nobody signed in, not allowed, nothing there, or input to fix. */
export type RefusalKind = "unauthenticated" | "forbidden" | "not-found" | "validation";

/**
 * A use case's refusal in plain words; each surface says it its own way (the API as a
 * problem+json document with the matching status, the CLI as a line). A validation refusal
 * carries the fields to fix.
 *
 * @example
 * throw new Refusal("not-found", "No person has the id 42.");
 */
export class Refusal extends Error {
  override name = "Refusal";
  constructor(
    readonly kind: RefusalKind,
    message: string,
    readonly fields: InputIssue[] = [],
  ) {
    super(message);
  }
}

const kindByStatus = { 401: "unauthenticated", 403: "forbidden", 404: "not-found" } as const;

/** A signed-in actor, or a refusal asking to sign in. */
export function signedInActor(actor: Actor): Extract<Actor, { kind: "user" }> {
  if (actor.kind === "anonymous") throw new Refusal("unauthenticated", "Sign in to continue.");
  return actor;
}

/**
 * Asks the policy and throws its refusal, so a use case reads as the rule it follows.
 *
 * @example
 * refuseUnless(actor, "audit:read", organisationWide(orgId));
 */
export function refuseUnless(actor: Actor, action: Action, resource: Resource): void {
  const decision = can(actor, action, resource);
  if (!decision.allowed) throw new Refusal(kindByStatus[decision.status], decision.reason);
}

/** The facts of an organisation-wide resource: nobody's in particular. */
export function organisationWide(orgId: string): Resource {
  return { orgId, ownerPersonId: null, managerChain: [] };
}

/** The refusal every lookup gives when an id is unknown or belongs to another organisation. */
export function notFoundRefusal(what: string, id: string): Refusal {
  return new Refusal("not-found", `No ${what} has the id ${id}.`);
}
