import { DrizzleQueryError } from "drizzle-orm";

/** What the error log keeps of one error: enough to find the fault, never the user's text. */
export interface LoggableError {
  type: string;
  message?: string;
  /** The SQLSTATE of a database error, e.g. 22021 for a byte sequence UTF-8 does not allow. */
  code?: string;
  constraint?: string;
  /** The statement of a failed query with its placeholders, never its parameters. */
  query?: string;
  stack?: string;
  cause?: LoggableError;
}

const maxQueryLength = 500;

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object"
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function isDatabaseError(error: unknown): boolean {
  const code = field(error, "code");
  // A SQLSTATE: five characters with a digit (23505, 42P01) or the internal XX00n; not EPIPE.
  if (typeof code === "string" && /^(?=.*\d)[0-9A-Z]{5}$|^XX00\d$/.test(code)) return true;
  return error instanceof DrizzleQueryError;
}

/** The stack's frames only: its first line repeats the message. */
function framesOf(error: unknown): string | undefined {
  const stack = field(error, "stack");
  if (typeof stack !== "string") return undefined;
  return stack
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
}

/**
 * Describes an unexpected error for the log without what the request carried. A database error's
 * message, detail and parameters repeat the rows it was writing (names, emails, notes), so only
 * its class, SQLSTATE, constraint, statement and stack frames are kept; other errors are our own
 * code's and keep their message. Causes are described the same way, four deep at most.
 *
 * @example logger.error({ err: loggableError(error), requestId }, "request failed");
 */
export function loggableError(error: unknown, depth = 0): LoggableError {
  const type = error instanceof Error ? error.name : typeof error;
  const described: LoggableError = { type };
  if (isDatabaseError(error)) {
    const code = field(error, "code");
    const constraint = field(error, "constraint");
    const query = field(error, "query");
    if (typeof code === "string") described.code = code;
    if (typeof constraint === "string") described.constraint = constraint;
    if (typeof query === "string") described.query = query.slice(0, maxQueryLength);
  } else if (error instanceof Error) {
    described.message = error.message;
  }
  const stack = framesOf(error);
  if (stack) described.stack = stack;
  const cause = field(error, "cause");
  if (cause !== undefined && depth < 4) described.cause = loggableError(cause, depth + 1);
  return described;
}
