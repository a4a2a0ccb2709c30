import type { z } from "zod";
import { closestIds, editDistance } from "./closest-id.ts";
import { describeExpected, describeValue } from "./describe-value.ts";
import { fieldWords, pathInWords } from "./entry-words.ts";
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

function wrongType(path: Path, issue: z.core.$ZodIssueInvalidType): IssueDraft {
  const expected = describeExpected(issue.expected);
  if (issue.input === undefined) {
    const field = String(path.at(-1));
    const owner = path.length > 1 ? pathInWords(path.slice(0, -1)) : "the framework";
    return {
      code: "missing-field",
      message: `${owner} has no "${field}", which it needs`,
      hint: `Add "${field}:" with ${expected}.`,
      path,
    };
  }
  if (issue.input === null) {
    return {
      code: "wrong-type",
      message: `${fieldWords(path)} is empty`,
      hint: `Fill it in with ${expected}.`,
      path,
    };
  }
  return {
    code: "wrong-type",
    message: `${fieldWords(path)} is ${describeValue(issue.input)}, but it should be ${expected}`,
    hint: `Replace it with ${expected}.`,
    path,
  };
}

/** Too few or too many entries, too long or empty text, or a number out of bounds. */
function sizeIssue(
  path: Path,
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
): IssueDraft {
  const small = issue.code === "too_small";
  const bound = Number(small ? issue.minimum : issue.maximum);
  const field = fieldWords(path);
  if (issue.origin === "array") {
    const entries = `${bound} ${bound === 1 ? "entry" : "entries"}`;
    return {
      code: "out-of-range",
      message: small ? `${field} needs at least ${entries}` : `${field} has more than ${entries}`,
      hint: small
        ? `List at least ${entries} under it.`
        : `Keep at most ${entries}; merge or remove the rest.`,
      path,
    };
  }
  if (issue.origin === "string") {
    return small
      ? {
          code: "empty-text",
          message: `${field} is empty`,
          hint: `Write the text of ${field} here.`,
          path,
        }
      : {
          code: "out-of-range",
          message: `${field} is longer than ${bound} characters`,
          hint: `Shorten it to ${bound} characters or fewer.`,
          path,
        };
  }
  const word = small ? "at least" : "at most";
  return {
    code: "out-of-range",
    message: `${field} is ${describeValue(issue.input)}, but it must be ${word} ${bound}`,
    hint: `Use a number ${word} ${bound}.`,
    path,
  };
}

/** zod's own wording, which an author never reads: the schema's messages replace it. */
const zodWording = /^(Invalid|Too (big|small)|Expected|Unrecognized)/;

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
        return [wrongType(path, issue)];
      case "invalid_key": {
        const own = issue.issues.map((inner) => inner.message).filter((m) => !zodWording.test(m));
        return [
          {
            code: "invalid-key",
            message: `"${String(path.at(-1))}" cannot be used as a name here${own.length > 0 ? `: ${own.join("; ")}` : ""}`,
            hint: "Rename it to the id of something the framework declares: lower-case words joined by dashes, e.g. senior-pm.",
            path,
            at: "key",
          },
        ];
      }
      case "too_small":
      case "too_big":
        return [sizeIssue(path, issue)];
      case "invalid_value": {
        const allowed = issue.values.map(String);
        return [
          {
            code: "invalid-value",
            message: `${fieldWords(path)} is ${describeValue(issue.input)}, which is not one of its choices`,
            hint: `Use one of: ${allowed.join(", ")}.`,
            path,
          },
        ];
      }
      case "invalid_format": {
        const rule = zodWording.test(issue.message)
          ? "it is not written the way the format needs"
          : issue.message;
        return [
          {
            code: "invalid-format",
            message: `${fieldWords(path)} is ${describeValue(issue.input)}, but ${rule}`,
            hint: "Rewrite it the way the example shows.",
            path,
          },
        ];
      }
      case "custom":
        return [
          {
            code: "invalid",
            message: issue.message,
            hint:
              typeof issue.params?.hint === "string"
                ? issue.params.hint
                : "See docs/framework-format.md for what this field holds.",
            path,
          },
        ];
      default:
        if (path.at(-2) === "levels" && path[0] === "competencies") {
          return [
            {
              code: "invalid",
              message: `the level ${String(path.at(-1))} descriptor is ${describeValue(issue.input)}, but it should be one sentence or a list of one to seven criteria`,
              hint: 'Write one sentence after the level, or a list of up to seven "- " lines below it.',
              path,
            },
          ];
        }
        return [
          {
            code: "invalid",
            message: `${fieldWords(path)} is ${describeValue(issue.input)}, which this field does not take`,
            hint: "See docs/framework-format.md for what this field holds, with examples.",
            path,
          },
        ];
    }
  });
}
