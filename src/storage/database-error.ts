/** The SQLSTATE codes storage callers act on. */
const sqlStates = {
  "23505": "unique-violation",
  "23503": "foreign-key-violation",
  "23514": "check-violation",
} as const;

/** A database constraint a write broke. */
export type ConstraintProblem = (typeof sqlStates)[keyof typeof sqlStates];

/**
 * Names the constraint a failed write broke, looking through Drizzle's query error wrapper to the
 * driver's error (node-postgres and PGlite both carry the SQLSTATE in `code`); null otherwise.
 */
export function constraintProblem(error: unknown): ConstraintProblem | null {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current !== "object") return null;
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code in sqlStates) {
      return sqlStates[code as keyof typeof sqlStates];
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
