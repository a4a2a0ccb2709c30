import type { z } from "zod";
import { closestIds, editDistance } from "./closest-id.ts";
import { describeExpected, describeValue } from "./describe-value.ts";
import type { IssueDraft } from "./framework-issue.ts";
import { fieldsAt } from "./schema-fields.ts";

type Path = (string | number)[];

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}

function unknownKeyHint(key: string, allowed: string[]): string {
  if (allowed.length === 0) return "Remove it: the format does not define this field.";
  const [closest] = closestIds(key, allowed, 1);
  if (closest !== undefined && editDistance(key, closest) <= 3) {
    return `Did you mean "${closest}"? Rename or remove it.`;
  }
  return `Remove it; the fields allowed here are: ${allowed.join(", ")}.`;
}

function unknownKeys(path: Path, keys: string[]): IssueDraft[] {
  const allowed = fieldsAt(path);
  return keys.map((key) => ({
    code: "unknown-key",
    message: `unknown field "${key}"`,
    hint: unknownKeyHint(key, allowed),
    path: [...path, key],
    at: "key",
  }));
}

function wrongType(path: Path, expected: string, input: unknown): IssueDraft {
  const field = path.at(-1);
  if (input === undefined) {
    return {
      code: "missing-field",
      message: `missing required field "${String(field)}"`,
      hint: `Add "${String(field)}:" with ${describeExpected(expected)}.`,
      path,
    };
  }
  return {
    code: "wrong-type",
    message: `expected ${describeExpected(expected)}, found ${describeValue(input)}`,
    hint: `Write ${describeExpected(expected)} here.`,
    path,
  };
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === "too_small";
  const bound = small ? issue.minimum : issue.maximum;
  const word = small ? "at least" : "at most";
  if (issue.origin === "array")
    return `needs ${word} ${bound} ${Number(bound) === 1 ? "entry" : "entries"}`;
  if (issue.origin === "string")
    return small ? "must not be empty" : `must be ${word} ${bound} characters`;
  return `must be ${word} ${bound}, found ${describeValue(issue.input)}`;
}

/**
 * Turns schema (zod) issues into drafts that say what is wrong and how to fix it, in the author's words.
 *
 * @example schemaIssues(frameworkSchema.safeParse(data).error.issues)
 */
export function schemaIssues(issues: readonly z.core.$ZodIssue[]): IssueDraft[] {
  return issues.flatMap((issue): IssueDraft[] => {
    const path = toPath(issue.path);
    switch (issue.code) {
      case "unrecognized_keys":
        return unknownKeys(path, issue.keys);
      case "invalid_type":
        return [wrongType(path, issue.expected, issue.input)];
      case "invalid_key": {
        const detail = issue.issues.map((inner) => inner.message).join("; ");
        return [
          {
            code: "invalid-key",
            message: `invalid key "${String(path.at(-1))}": ${detail}`,
            hint: "Rename the key to a declared id: lower-case words joined by dashes.",
            path,
            at: "key",
          },
        ];
      }
      case "too_small":
      case "too_big":
        return [
          { code: "out-of-range", message: sizeMessage(issue), hint: "Adjust the value.", path },
        ];
      case "invalid_value": {
        const allowed = issue.values.map(String);
        return [
          {
            code: "invalid-value",
            message: `${describeValue(issue.input)} is not allowed here`,
            hint: `Use one of: ${allowed.join(", ")}.`,
            path,
          },
        ];
      }
      case "invalid_format":
        return [
          {
            code: "invalid-format",
            message: `${describeValue(issue.input)}: ${issue.message}`,
            hint: "Rewrite the value in the shape the message gives.",
            path,
          },
        ];
      default:
        return [
          { code: "invalid", message: issue.message, hint: "See docs/framework-format.md.", path },
        ];
    }
  });
}
