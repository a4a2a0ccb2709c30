import { type Action, type Actor, can, type Resource } from "./policy.ts";

/** Why a use case refused: nobody is signed in, the policy says no, or there is no such thing. */
export type RefusalKind = "unauthenticated" | "forbidden" | "not-found";

const kindByStatus = { 401: "unauthenticated", 403: "forbidden", 404: "not-found" } as const;

/**
 * A use case's refusal with a plain reason; each surface says it its own way (the API as a
 * problem+json document with the matching status, the CLI as a line).
 */
export class Refusal extends Error {
  override name = "Refusal";
  readonly kind: RefusalKind;

  constructor(kind: RefusalKind, reason: string) {
    super(reason);
    this.kind = kind;
  }
}

/** A signed-in actor, or a refusal asking to sign in. */
export function signedInActor(actor: Actor): Extract<Actor, { kind: "user" }> {
  if (actor.kind === "anonymous") throw new Refusal("unauthenticated", "Sign in to continue.");
  return actor;
}

/**
 * Asks the policy and throws its refusal when it says no.
 *
 * @example allowOrRefuse(actor, "plan:read", facts);
 */
export function allowOrRefuse(actor: Actor, action: Action, resource: Resource): void {
  const decision = can(actor, action, resource);
  if (!decision.allowed) throw new Refusal(kindByStatus[decision.status], decision.reason);
}

/** The refusal every lookup gives when an id is unknown or belongs to another organisation. */
export function notFoundRefusal(what: string, id: string): Refusal {
  return new Refusal("not-found", `No ${what} has the id ${id}.`);
}
