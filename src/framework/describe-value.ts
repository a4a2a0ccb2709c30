/** Names the kind of a value as an author sees it in YAML: text, number, list, group of fields, nothing. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return `text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "object") return "a group of fields";
  return typeof value;
}

const expectedNames: Record<string, string> = {
  string: "text",
  number: "a number, such as 3",
  int: "a whole number, such as 3",
  boolean: "true or false",
  array: 'a list, one "- " line per item',
  object: 'a group of fields, each "name: value" on its own line',
  record: 'a group of fields, each "name: value" on its own line',
};

/** Names the kind of value a field of the format holds, in the author's words. */
export function describeExpected(expected: string): string {
  return expectedNames[expected] ?? "a value like the examples in docs/framework-format.md";
}
