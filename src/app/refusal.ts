import { type Action, type Actor, can, type Resource } from "./policy.ts";

/** Why a use case refused: nobody signed in, not allowed, nothing there, or input to fix. */
export type RefusalKind = "unauthenticated" | "forbidden" | "not-found" | "validation";

/** One field to fix: where it is, what is wrong and how to fix it. */
export interface RefusalField {
  path: string;
  message: string;
  hint: string;
}

/**
 * A use case's refusal in plain words; the server answers it as a problem, the CLI prints it.
 *
 * @example
 * throw new Refusal("not-found", "No person has the id 42.");
 */
export class Refusal extends Error {
  override name = "Refusal";
  constructor(
    readonly kind: RefusalKind,
    message: string,
    readonly fields: RefusalField[] = [],
  ) {
    super(message);
  }
}

const kindByStatus = { 401: "unauthenticated", 403: "forbidden", 404: "not-found" } as const;

/**
 * Asks the policy and throws its refusal, so a use case reads as the rule it follows.
 *
 * @example
 * refuseUnless(actor, "audit:read", { orgId, ownerPersonId: null, managerChain: [] });
 */
export function refuseUnless(actor: Actor, action: Action, resource: Resource): void {
  const decision = can(actor, action, resource);
  if (!decision.allowed) throw new Refusal(kindByStatus[decision.status], decision.reason);
}

/** The facts of an organisation-wide resource: nobody's in particular. */
export function organisationWide(orgId: string): Resource {
  return { orgId, ownerPersonId: null, managerChain: [] };
}
