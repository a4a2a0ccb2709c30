import type { ProblemKind } from "../problem.ts";

/** Why a single sign-on could not go on, in words for the person signing in. */
export class SsoFlowError extends Error {
  override name = "SsoFlowError";
  constructor(
    readonly kind: ProblemKind,
    message: string,
  ) {
    super(message);
  }
}
