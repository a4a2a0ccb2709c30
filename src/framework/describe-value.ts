/** Names the kind of a value as an author sees it in YAML: text, number, list, map, nothing. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return `text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "object") return "a map of fields";
  return typeof value;
}

const expectedNames: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a map of fields",
  record: "a map of fields",
};

/** Names an expected zod type in the author's words. */
export function describeExpected(expected: string): string {
  return expectedNames[expected] ?? expected;
}
