/** One field that differs between two versions of a role or competency. */
export interface FieldChange {
  /** Dotted field name, e.g. `title` or `levels.3`. */
  field: string;
  from: unknown;
  to: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Lists the fields that differ between two objects, going one level into maps (e.g. `levels.3`)
 * and skipping the fields named in `ignore`.
 */
export function fieldChanges(
  before: object,
  after: object,
  ignore: readonly string[] = [],
): FieldChange[] {
  const changes: FieldChange[] = [];
  const beforeFields = new Map(Object.entries(before));
  const afterFields = new Map(Object.entries(after));
  const fields = [...new Set([...beforeFields.keys(), ...afterFields.keys()])];
  for (const field of fields) {
    if (ignore.includes(field)) continue;
    const a = beforeFields.get(field);
    const b = afterFields.get(field);
    if (same(a, b)) continue;
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const inner of fieldChanges(a, b))
        changes.push({ ...inner, field: `${field}.${inner.field}` });
    } else {
      changes.push({ field, from: a ?? null, to: b ?? null });
    }
  }
  return changes;
}
