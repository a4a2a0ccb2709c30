import type { z } from "@hono/zod-openapi";
import type { FieldError } from "./problem.ts";

type Issue = z.core.$ZodIssue;

/** Where a validated value came from, as the hook reports it. */
export type ValidationTarget = "json" | "form" | "query" | "param" | "header" | "cookie";

const targetPrefix: Record<ValidationTarget, string> = {
  json: "",
  form: "",
  query: "query.",
  param: "path.",
  header: "header.",
  cookie: "cookie.",
};

/** What a value of each kind is called in a sentence, e.g. "Use a whole number here." */
const kindWords: Record<string, string> = {
  string: "text",
  number: "an amount in figures, such as 3",
  int: "a whole amount in figures, such as 3",
  bigint: "a whole amount in figures, such as 3",
  boolean: "yes or no (true or false)",
  object: "a group of fields",
  array: "a list",
  date: "a date",
  file: "a file",
};

const formatWords: Record<string, string> = {
  email: "an email address, such as ava@example.com",
  url: "a web address, such as https://example.com",
  uuid: "an id Pathways gave",
  datetime: "a date and time, such as 2026-03-01T09:00:00Z",
  date: "a date, such as 2026-03-01",
  time: "a time of day, such as 09:30",
};

/** The zod wording a schema author did not replace: those messages are never shown. */
const zodDefault =
  /^(Invalid|Too big:|Too small:|Unrecognized key|Expected|Number must|String must)/;

const authored = (issue: Issue): string | undefined =>
  zodDefault.test(issue.message) ? undefined : sentence(issue.message);

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** A field's name as a person reads it: `yearsExperience` is "Years experience". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const named = [...path].reverse().find((key) => typeof key === "string" && !/^\d+$/.test(key));
  if (named === undefined) return "This value";
  const words = String(named)
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function count(amount: number | bigint, origin: string): string {
  const n = Number(amount);
  if (origin === "string") return `${n.toLocaleString("en")} character${n === 1 ? "" : "s"}`;
  if (origin === "array" || origin === "set")
    return `${n.toLocaleString("en")} item${n === 1 ? "" : "s"}`;
  return String(amount);
}

const isMissing = (issue: Issue): boolean =>
  issue.code === "invalid_type" && issue.message.includes("received undefined");

/** What is wrong, in a person's words, naming the field. */
function messageFor(issue: Issue, label: string): string {
  switch (issue.code) {
    case "invalid_type":
      return isMissing(issue)
        ? `${label} is required.`
        : `${label} must be ${kindWords[issue.expected] ?? "something else"}.`;
    case "too_big":
      if (issue.origin === "string") return `${label} is too long.`;
      if (issue.origin === "array" || issue.origin === "set") return `${label} has too many items.`;
      return `${label} is at most ${count(issue.maximum, issue.origin)}.`;
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? `${label} is required.` : `${label} is too short.`;
      if (issue.origin === "array" || issue.origin === "set")
        return `${label} needs at least ${count(issue.minimum, issue.origin)}.`;
      return `${label} is at least ${count(issue.minimum, issue.origin)}.`;
    case "invalid_format":
      return `${label} is not in the right form.`;
    case "invalid_value":
      return `${label} is not one of the choices.`;
    case "not_multiple_of":
      return `${label} must be a multiple of ${String(issue.divisor)}.`;
    case "unrecognized_keys":
      return `${label} is not something Pathways accepts here.`;
    case "custom":
      return authored(issue) ?? `${label} is not right.`;
    default:
      return `${label} is not right.`;
  }
}

/** How to fix it: the schema author's own words when they gave some, else ours. */
function hintFor(issue: Issue): string {
  const own = issue.code === "custom" ? undefined : authored(issue);
  if (own) return own;
  switch (issue.code) {
    case "invalid_type":
      return isMissing(issue)
        ? "Fill it in."
        : `Enter ${kindWords[issue.expected] ?? "a value like the documented example"}.`;
    case "too_big":
      return `Use at most ${count(issue.maximum, issue.origin)}.`;
    case "too_small":
      return `Use at least ${count(issue.minimum, issue.origin)}.`;
    case "invalid_format":
      return formatWords[issue.format]
        ? `Enter ${formatWords[issue.format]}.`
        : "Enter it as the documentation at /api/docs shows.";
    case "invalid_value":
      return `Choose one of: ${issue.values.map((value) => String(value)).join(", ")}.`;
    case "unrecognized_keys":
      return "Leave it out: only the documented fields are accepted.";
    case "not_multiple_of":
      return `Use a multiple of ${String(issue.divisor)}.`;
    case "custom":
      return typeof issue.params?.hint === "string"
        ? issue.params.hint
        : "Check it against the documentation at /api/docs.";
    default:
      return "Check it against the documentation at /api/docs.";
  }
}

function pathOf(target: ValidationTarget, path: readonly PropertyKey[]): string {
  const joined = path.map((key) => String(key)).join(".");
  if (joined === "") return target === "json" || target === "form" ? "(body)" : target;
  return `${targetPrefix[target]}${joined}`;
}

/**
 * Turns zod issues into field errors in a person's words: a dotted path, what is wrong (naming the
 * field) and how to fix it; one error per field, the first found.
 *
 * @example
 * fieldErrors("json", error.issues); // [{ path: "progress", message: "Progress is at most 100.", hint: "Use at most 100." }]
 */
export function fieldErrors(target: ValidationTarget, issues: readonly Issue[]): FieldError[] {
  const all = issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: pathOf(target, [...issue.path, key]),
        message: messageFor(issue, `“${key}”`),
        hint: hintFor(issue),
      }));
    }
    const label = issue.path.length === 0 ? "This" : fieldLabel(issue.path);
    return [
      { path: pathOf(target, issue.path), message: messageFor(issue, label), hint: hintFor(issue) },
    ];
  });
  const seen = new Set<string>();
  return all.filter((error) => !seen.has(error.path) && seen.add(error.path));
}
