/** One field the server refused: where (a dotted path such as `background.yearsExperience`), what and how to fix it. */
export interface FieldProblem {
  path: string;
  message: string;
  hint: string;
}

/** The problem+json fields the API answers errors with. */
export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldProblem[];
}

/** A failed API call, carrying the server's explanation and any field-level errors. */
export class ApiError extends Error {
  override name = "ApiError";
  readonly status: number;
  readonly title: string;
  readonly fields: FieldProblem[];

  constructor(status: number, body: ProblemBody) {
    super(body.detail ?? body.title ?? `The server answered ${status}.`);
    this.status = status;
    this.title = body.title ?? "Something went wrong";
    this.fields = body.errors ?? [];
  }

  /** The error for one field path (e.g. `email`), if the server reported one. */
  fieldError(path: string): FieldProblem | undefined {
    return this.fields.find((field) => field.path === path);
  }
}

/** Whether an error means nobody is signed in. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
