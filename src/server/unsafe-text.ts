import type { FieldError } from "./problem.ts";

/** What makes a string unstorable: PostgreSQL text holds no NUL, UTF-8 no lone surrogate. */
export type UnsafeTextReason = "nul" | "surrogate";

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Says why a string cannot be stored as text, or null when it can: a NUL character (PostgreSQL
 * refuses it in text and JSON) or an unpaired UTF-16 surrogate (not Unicode; JSON columns refuse
 * it and text columns would silently turn it into U+FFFD).
 *
 * @example unsafeTextReason("a\u0000b") // "nul"
 */
export function unsafeTextReason(text: string): UnsafeTextReason | null {
  if (text.includes("\u0000")) return "nul";
  if (loneSurrogate.test(text)) return "surrogate";
  return null;
}

/** Where the first unstorable character of a string is, or -1. */
export function unsafeTextIndex(text: string): number {
  const nul = text.indexOf("\u0000");
  const surrogate = text.search(loneSurrogate);
  if (nul < 0) return surrogate;
  return surrogate < 0 ? nul : Math.min(nul, surrogate);
}

const explanations: Record<UnsafeTextReason, Omit<FieldError, "path">> = {
  nul: {
    message: "Contains a NUL character (\\u0000), which cannot be stored.",
    hint: "Remove the NUL character; any other Unicode character is accepted.",
  },
  surrogate: {
    message: "Contains an unpaired UTF-16 surrogate (such as \\ud800), which is not valid Unicode.",
    hint: "Send well-formed Unicode: remove the lone surrogate or send the whole character.",
  },
};

/** The field error for an unstorable string at `path`; never repeats the text itself. */
export function unsafeTextError(path: string, reason: UnsafeTextReason): FieldError {
  return { path, ...explanations[reason] };
}

/** The most problems one refusal lists. */
export const maxUnsafeTextErrors = 20;

/**
 * Finds every unstorable string (values and object keys) in a parsed JSON value, with its dotted
 * path as field errors name it (`ratings.0.note`; `(body)` for the value itself). Walks without
 * recursion, so deeply nested input cannot exhaust the stack; stops after
 * {@link maxUnsafeTextErrors}.
 *
 * @example findUnsafeText({ name: "a\u0000" }) // [{ path: "name", message: "Contains a NUL ...", hint: "..." }]
 */
export function findUnsafeText(value: unknown, root = "(body)"): FieldError[] {
  const found: FieldError[] = [];
  const pending: { value: unknown; path: string | null }[] = [{ value, path: null }];
  const join = (path: string | null, key: string) => (path === null ? key : `${path}.${key}`);
  while (pending.length > 0 && found.length < maxUnsafeTextErrors) {
    const next = pending.pop();
    if (!next) break;
    const { value: current, path } = next;
    if (typeof current === "string") {
      const reason = unsafeTextReason(current);
      if (reason) found.push(unsafeTextError(path ?? root, reason));
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        pending.push({ value: current[index], path: join(path, String(index)) });
      }
    } else if (current !== null && typeof current === "object") {
      const entries = Object.entries(current);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index] as [string, unknown];
        const reason = unsafeTextReason(key);
        if (reason) {
          // The key itself cannot be named, so the error points at the object holding it.
          found.push(unsafeTextError(path ?? root, reason));
          continue;
        }
        pending.push({ value: child, path: join(path, key) });
      }
    }
  }
  return found;
}
