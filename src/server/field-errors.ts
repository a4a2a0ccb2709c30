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

function unitOf(origin: string): string {
  if (origin === "string") return " characters";
  if (origin === "array" || origin === "set") return " items";
  return "";
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function hintFor(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.message.includes("received undefined")
        ? `Add this field: it is required and must be ${withArticle(issue.expected)}.`
        : `Send ${withArticle(issue.expected)} here.`;
    case "too_big":
      return `Use at most ${String(issue.maximum)}${unitOf(issue.origin)}.`;
    case "too_small":
      return `Use at least ${String(issue.minimum)}${unitOf(issue.origin)}.`;
    case "invalid_format":
      return issue.format === "regex"
        ? "Match the pattern shown in the API documentation at /api/docs."
        : `Use a valid ${issue.format}.`;
    case "invalid_value":
      return `Use one of: ${issue.values.map((value) => JSON.stringify(value)).join(", ")}.`;
    case "unrecognized_keys":
      return "Remove this field: only the documented fields are accepted.";
    case "not_multiple_of":
      return `Use a multiple of ${String(issue.divisor)}.`;
    case "custom":
      return typeof issue.params?.hint === "string"
        ? issue.params.hint
        : "Check this value against the API documentation at /api/docs.";
    default:
      return "Check this value against the API documentation at /api/docs.";
  }
}

function pathOf(target: ValidationTarget, path: PropertyKey[]): string {
  const joined = path.map((key) => String(key)).join(".");
  if (joined === "") return target === "json" || target === "form" ? "(body)" : target;
  return `${targetPrefix[target]}${joined}`;
}

/**
 * Turns zod issues into field errors with a dotted path, the message and a hint on how to fix it.
 *
 * @example
 * fieldErrors("json", error.issues); // [{ path: "name", message: "...", hint: "Add this field: ..." }]
 */
export function fieldErrors(target: ValidationTarget, issues: readonly Issue[]): FieldError[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: pathOf(target, [...issue.path, key]),
        message: `Unknown field "${key}".`,
        hint: hintFor(issue),
      }));
    }
    return [{ path: pathOf(target, issue.path), message: issue.message, hint: hintFor(issue) }];
  });
}
