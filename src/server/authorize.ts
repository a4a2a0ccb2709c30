import type { Context } from "hono";
import { type Action, type Actor, can, type Resource } from "../app/policy.ts";
import type { AppEnv } from "./app-env.ts";
import { ProblemError } from "./problem.ts";

const kindByStatus = { 401: "unauthenticated", 403: "forbidden", 404: "not-found" } as const;

/**
 * Asks the policy and ends the request with its refusal as a problem (401, 403 or 404).
 *
 * @example
 * authorize(c, "evidence:read", facts);
 */
export function authorize(c: Context<AppEnv>, action: Action, resource: Resource): void {
  const decision = can(c.get("actor"), action, resource);
  if (decision.allowed) return;
  throw new ProblemError({ kind: kindByStatus[decision.status], detail: decision.reason });
}

/** The signed-in actor, or a 401 problem when nobody is signed in. */
export function signedIn(c: Context<AppEnv>): Extract<Actor, { kind: "user" }> {
  const actor = c.get("actor");
  if (actor.kind === "anonymous") {
    throw new ProblemError({ kind: "unauthenticated", detail: "Sign in to continue." });
  }
  return actor;
}

/** The 404 every lookup answers when an id is unknown or belongs to another organisation. */
export function notFound(what: string, id: string): ProblemError {
  return new ProblemError({ kind: "not-found", detail: `No ${what} has the id ${id}.` });
}
