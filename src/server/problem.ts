import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** One field-level error: where it is, what is wrong and how to fix it. */
export const fieldErrorSchema = z
  .object({
    path: z.string().openapi({
      description:
        "Where the value is: a dotted path into the body, or query./path. for the address.",
      example: "progress",
    }),
    message: z.string().openapi({
      description: "What is wrong with it, naming the field.",
      example: "Progress is at most 100.",
    }),
    hint: z.string().openapi({ description: "How to fix it.", example: "Use at most 100." }),
  })
  .openapi("FieldError", {
    description: "One value that needs fixing: where it is, what is wrong and how to fix it.",
    example: { path: "progress", message: "Progress is at most 100.", hint: "Use at most 100." },
  });

/** An RFC 9457 problem details document, as every error of the API is answered. */
export const problemSchema = z
  .object({
    type: z.string().openapi({
      description: "Names the kind of problem; the same kind always has the same type.",
      example: "https://pathways.dev/problems/validation",
    }),
    title: z.string().openapi({
      description: "The kind of problem in a few words, the same for every problem of its type.",
      example: "Check what you entered",
    }),
    status: z.number().int().openapi({ description: "The response's status code.", example: 400 }),
    detail: z.string().openapi({
      description: "What happened this time and what to do about it.",
      example: "Check Progress; nothing was changed.",
    }),
    instance: z.string().openapi({
      description: "The address the request was sent to.",
      example: "/api/v1/plans/pl-1/goals/g-1",
    }),
    errors: z.array(fieldErrorSchema).optional().openapi({
      description: "The values to fix, one per field, when the request's content was refused.",
    }),
  })
  .openapi("Problem", {
    description:
      "An error answer (RFC 9457 problem details): a title per kind, a detail saying what to do and, for refused input, the values to fix.",
    example: {
      type: "https://pathways.dev/problems/validation",
      title: "Check what you entered",
      status: 400,
      detail: "Check Progress; nothing was changed.",
      instance: "/api/v1/plans/pl-1/goals/g-1",
      errors: [{ path: "progress", message: "Progress is at most 100.", hint: "Use at most 100." }],
    },
  });

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type Problem = z.infer<typeof problemSchema>;

/**
 * Every kind of problem the API answers with — the one registry of them. Each has a stable type
 * URI (`problemTypeBase` + kind), a status, a title a person reads (the web shows it as the
 * heading of the error) and a general detail saying what to do, used when nothing more precise
 * is known. Titles and details are in the product's words: no status names or schema terms.
 */
export const problemKinds = {
  validation: {
    status: 400,
    title: "Check what you entered",
    detail: "Some of what was sent needs fixing; each value to fix says what is wrong with it.",
  },
  unauthenticated: {
    status: 401,
    title: "Please sign in",
    detail: "Sign in to continue.",
  },
  "sign-in-failed": {
    status: 401,
    title: "Email or password is wrong",
    detail: "Check your email and password and try again, or reset your password.",
  },
  forbidden: {
    status: 403,
    title: "Not open to you",
    detail: "Your account cannot do this; ask an admin of your organisation if you need to.",
  },
  "not-found": {
    status: 404,
    title: "Nothing found here",
    detail: "This may have been removed, or the link is not complete; go back and try again.",
  },
  "method-not-allowed": {
    status: 405,
    title: "Not possible here",
    detail: "This address cannot do that; the documentation at /api/docs lists what it can do.",
  },
  conflict: {
    status: 409,
    title: "Not possible right now",
    detail: "Someone else may have changed this meanwhile; reload the page to see it as it is now.",
  },
  "payload-too-large": {
    status: 413,
    title: "Too much at once",
    detail: "What was sent is larger than Pathways accepts; send less at a time.",
  },
  "unsupported-media-type": {
    status: 415,
    title: "Pathways could not read this",
    detail:
      "What was sent is not in a form Pathways reads; each value to fix says which form to use.",
  },
  "rate-limited": {
    status: 429,
    title: "Too many attempts",
    detail: "Wait a little, then try again.",
  },
  internal: {
    status: 500,
    title: "Something went wrong on our side",
    detail: "It has been logged; try again in a moment.",
  },
  unavailable: {
    status: 503,
    title: "Pathways is starting or busy",
    detail: "Try again in a moment.",
  },
} as const satisfies Record<string, { status: number; title: string; detail: string }>;
export type ProblemKind = keyof typeof problemKinds;

/** The name of every kind of problem, in the registry's order. */
export const problemKindNames = Object.keys(problemKinds) as ProblemKind[];

/** Base of the problem type URIs; they name the kind and need not resolve. */
export const problemTypeBase = "https://pathways.dev/problems/";

/** The media type of every error body. */
export const problemContentType = "application/problem+json";

/** Finds the kind for a status code, falling back to the nearest general kind. */
export function kindForStatus(status: number): ProblemKind {
  const found = problemKindNames.find((kind) => problemKinds[kind].status === status);
  if (found) return found;
  return status >= 500 ? "internal" : "validation";
}

/** Options for one problem response. */
export interface ProblemOptions {
  kind: ProblemKind;
  detail: string;
  /** Overrides the kind's status, e.g. a 400 for malformed JSON reported as `validation`. */
  status?: number;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/** Builds the problem document for a request path. */
export function buildProblem(instance: string, options: ProblemOptions): Problem {
  const { kind, detail, errors } = options;
  return {
    type: `${problemTypeBase}${kind}`,
    title: problemKinds[kind].title,
    status: options.status ?? problemKinds[kind].status,
    detail,
    instance,
    ...(errors ? { errors } : {}),
  };
}

/**
 * Answers a request with an RFC 9457 problem document.
 *
 * @example
 * return problem(c, { kind: "not-found", detail: "No person has the id p-42." });
 */
export function problem(c: Context, options: ProblemOptions): Response {
  const body = buildProblem(c.req.path, options);
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    "content-type": problemContentType,
    ...options.headers,
  });
}

/** An error a handler throws to end the request with a problem response. */
export class ProblemError extends Error {
  readonly options: ProblemOptions;

  constructor(options: ProblemOptions) {
    super(options.detail);
    this.name = "ProblemError";
    this.options = options;
  }
}
