import { DrizzleQueryError } from "drizzle-orm";

/** What the error log keeps of one error: enough to find the fault, never the user's text. */
export interface LoggableError {
  type: string;
  /** The cause in one line: the error's kind and, for a database error, what the statement did. */
  summary: string;
  message?: string;
  /** The SQLSTATE of a database error, e.g. 22021 for a byte sequence UTF-8 does not allow. */
  code?: string;
  constraint?: string;
  /** The statement of a failed query with its placeholders, never its parameters. */
  query?: string;
  stack?: string;
  cause?: LoggableError;
}

const maxQueryLength = 200;

/** SQLSTATE classes in words (the first two characters of the code). */
const sqlStateClasses: Record<string, string> = {
  "08": "connection or protocol problem",
  "0A": "feature not supported",
  "21": "cardinality violation",
  "22": "data exception",
  "23": "integrity constraint violation",
  "25": "invalid transaction state",
  "28": "invalid authorisation",
  "40": "transaction rolled back",
  "42": "syntax error or access rule violation",
  "53": "insufficient resources",
  "54": "program limit exceeded",
  "55": "object not in prerequisite state",
  "57": "operator intervention",
  "58": "system error",
  XX: "internal error",
};

/** A statement's head on one line: its placeholders and shape, never a parameter's value. */
function statementHead(query: string): string {
  const line = query.replace(/\s+/g, " ").trim();
  return line.length > maxQueryLength ? `${line.slice(0, maxQueryLength)}…` : line;
}

/** What a statement did, in a few words: `select from "ratings"`, `insert into "people"`. */
function statementGist(query: string): string {
  const verb = /^\s*(\w+)/.exec(query)?.[1]?.toLowerCase() ?? "statement";
  const table = /\b(from|into|update)\s+("[^"]+"|\w+)/i.exec(query);
  return table ? `${verb} ${table[1]?.toLowerCase()} ${table[2]}` : verb;
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object"
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function firstDatabaseField(error: unknown, key: string): string | undefined {
  for (let current = error, depth = 0; current !== undefined && depth < 5; depth++) {
    const value = field(current, key);
    if (typeof value === "string") return value;
    current = field(current, "cause");
  }
  return undefined;
}

/**
 * The cause in one line. A database error is named by its SQLSTATE and what the statement did,
 * never by its message (which can repeat what the user typed); our own errors by their message.
 */
function summarise(error: unknown, type: string): string {
  if (!isDatabaseError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    const line = message.split("\n")[0] ?? "";
    return `${type}: ${line.length > maxQueryLength ? `${line.slice(0, maxQueryLength)}…` : line}`;
  }
  const code = firstDatabaseField(error, "code");
  const query = firstDatabaseField(error, "query");
  const kind = code
    ? `SQLSTATE ${code} (${sqlStateClasses[code.slice(0, 2)] ?? "database error"})`
    : "database error";
  return `${type}: ${kind}${query ? ` in ${statementGist(query)}` : ""}`;
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
 * its class, SQLSTATE, constraint, the head of its statement and stack frames are kept; other
 * errors are our own code's and keep their message. `summary` names the cause in one line.
 * Causes are described the same way, four deep at most.
 *
 * @example logger.error({ err: loggableError(error), requestId }, "request failed");
 */
export function loggableError(error: unknown, depth = 0): LoggableError {
  const type = error instanceof Error ? error.name : typeof error;
  const described: LoggableError = { type, summary: summarise(error, type) };
  if (isDatabaseError(error)) {
    const code = field(error, "code");
    const constraint = field(error, "constraint");
    const query = field(error, "query");
    if (typeof code === "string") described.code = code;
    if (typeof constraint === "string") described.constraint = constraint;
    if (typeof query === "string") described.query = statementHead(query);
  } else if (error instanceof Error) {
    described.message = error.message;
  }
  const stack = framesOf(error);
  if (stack) described.stack = stack;
  const cause = field(error, "cause");
  if (cause !== undefined && depth < 4) described.cause = loggableError(cause, depth + 1);
  return described;
}
