/** A write that cannot happen in the record's current state, e.g. editing a submitted assessment. */
export class ConflictError extends Error {
  override name = "ConflictError";
}
