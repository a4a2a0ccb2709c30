import type { components } from "./schema.d.ts";

/** One field the server refused: where (a dotted path such as `background.yearsExperience`), what and how to fix it. */
export type FieldProblem = components["schemas"]["FieldError"];

/** The problem+json fields the API answers errors with (any may be missing from a proxy's answer). */
export type ProblemBody = Partial<components["schemas"]["Problem"]>;

/** A failed API call, carrying the server's explanation and any field-level errors. */
export class ApiError extends Error {
  override name = "ApiError";
  readonly status: number;
  readonly title: string;
  readonly fields: FieldProblem[];

  constructor(status: number, body: ProblemBody) {
    super(body.detail ?? body.title ?? "Pathways could not do that; try again in a moment.");
    this.status = status;
    this.title = body.title ?? "Something went wrong";
    this.fields = body.errors ?? [];
  }

  /** The error for one field path (e.g. `email`), if the server reported one. */
  fieldError(path: string): FieldProblem | undefined {
    return this.fields.find((field) => field.path === path);
  }
}
