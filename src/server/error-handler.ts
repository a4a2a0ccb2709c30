import type { Context, ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { routePath } from "hono/route";
import type { Logger } from "pino";
import { Refusal } from "../app/refusal.ts";
import { ConflictError } from "../storage/conflict-error.ts";
import { constraintProblem } from "../storage/database-error.ts";
import { loggableError } from "./loggable-error.ts";
import { kindForStatus, ProblemError, problem, problemKinds } from "./problem.ts";

const constraintDetails = {
  "unique-violation": "Something with the same name or email already exists; choose another.",
  "foreign-key-violation":
    "This refers to something that does not exist (or no longer does); reload and choose again.",
  "check-violation":
    "A value breaks one of the rules Pathways keeps; check it against the documentation at /api/docs.",
} as const;

function fromHttpException(c: Context, error: HTTPException): Response {
  const status = error.status;
  if (status === 415) {
    return problem(c, {
      kind: "unsupported-media-type",
      detail: problemKinds["unsupported-media-type"].detail,
      errors: [
        {
          path: "(body)",
          message: "Pathways reads only one form of content.",
          hint: "Send the body as JSON with the header Content-Type: application/json.",
        },
      ],
    });
  }
  if (status === 400) {
    return problem(c, {
      kind: "validation",
      detail: "What was sent could not be read; nothing was changed.",
      errors: [
        {
          path: "(body)",
          message: `It could not be read (${error.message || "it is not complete"}).`,
          hint: "Send a well-formed JSON body.",
        },
      ],
    });
  }
  return problem(c, {
    kind: kindForStatus(status),
    status,
    detail: problemKinds[kindForStatus(status)].detail,
  });
}

/**
 * Turns every thrown error into a problem response; unexpected ones are logged and answered with a
 * 500 that names the request id but never the stack.
 *
 * @example
 * app.onError(errorHandler({ logger }));
 */
export function errorHandler(options: { logger: Logger }): ErrorHandler {
  return function handleError(error, c) {
    if (error instanceof ProblemError) return problem(c, error.options);
    if (error instanceof HTTPException) return fromHttpException(c, error);
    if (error instanceof Refusal) {
      const errors = error.fields.length > 0 ? { errors: error.fields } : {};
      return problem(c, { kind: error.kind, detail: error.message, ...errors });
    }
    if (error instanceof ConflictError)
      return problem(c, { kind: "conflict", detail: error.message });
    const constraint = constraintProblem(error);
    if (constraint) return problem(c, { kind: "conflict", detail: constraintDetails[constraint] });
    const requestId = (c.get("requestId") as string | undefined) ?? "unknown";
    const err = loggableError(error);
    options.logger.error(
      // The route template, not the path: a path may carry what the user typed.
      { err, requestId, method: c.req.method, route: routePath(c) },
      `request failed: ${err.summary}`,
    );
    return problem(c, {
      kind: "internal",
      detail: `Something went wrong on our side; it has been logged with request id ${requestId}.`,
    });
  };
}
