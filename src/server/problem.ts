import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** One field-level error: where it is, what is wrong and how to fix it. */
export const fieldErrorSchema = z
  .object({
    path: z.string().openapi({ example: "ratings.0.level" }),
    message: z.string().openapi({ example: "Too big: expected number to be <=5" }),
    hint: z.string().openapi({ example: "Use a whole number from 1 to 5." }),
  })
  .openapi("FieldError");

/** An RFC 9457 problem details document, as every error of the API is answered. */
export const problemSchema = z
  .object({
    type: z.string().openapi({ example: "https://pathways.dev/problems/validation" }),
    title: z.string().openapi({ example: "Invalid request" }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: "1 field needs fixing: ratings.0.level." }),
    instance: z.string().openapi({ example: "/api/v1/people" }),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .openapi("Problem");

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type Problem = z.infer<typeof problemSchema>;

/** The kinds of problem the API reports; each has a stable type URI and title. */
export const problemKinds = {
  validation: { status: 400, title: "Invalid request" },
  unauthenticated: { status: 401, title: "Sign-in required" },
  forbidden: { status: 403, title: "Not allowed" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  "payload-too-large": { status: 413, title: "Request body too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "rate-limited": { status: 429, title: "Too many attempts" },
  internal: { status: 500, title: "Internal server error" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const satisfies Record<string, { status: number; title: string }>;
export type ProblemKind = keyof typeof problemKinds;

/** Base of the problem type URIs; they name the kind and need not resolve. */
export const problemTypeBase = "https://pathways.dev/problems/";

/** The media type of every error body. */
export const problemContentType = "application/problem+json";

/** Finds the kind for a status code, falling back to the nearest general kind. */
export function kindForStatus(status: number): ProblemKind {
  const found = (Object.keys(problemKinds) as ProblemKind[]).find(
    (kind) => problemKinds[kind].status === status,
  );
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
