import type { Hook } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env.ts";
import { fieldErrors, fieldLabel, type ValidationTarget } from "./field-errors.ts";
import { type FieldError, problem } from "./problem.ts";

/**
 * The default validation hook: a failed zod parse becomes a 400 problem listing every field to
 * fix, what is wrong with it and how to fix it, in a person's words.
 *
 * @example
 * const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
 */
export const validationHook: Hook<unknown, AppEnv, string, Response | undefined> = (result, c) => {
  if (result.success) return undefined;
  const target = result.target as ValidationTarget;
  const errors = fieldErrors(target, result.error.issues);
  return problem(c, { kind: "validation", detail: fixSummary(errors), errors });
};

/**
 * The detail of refused input: the fields to check, by name; each error says what is wrong.
 *
 * @example
 * fixSummary([{ path: "progress", ... }]); // "Check Progress; nothing was changed."
 */
export function fixSummary(errors: readonly FieldError[]): string {
  const names = [
    ...new Set(
      errors.map((error) =>
        error.path.startsWith("(") ? "what was sent" : fieldLabel(error.path.split(".")),
      ),
    ),
  ];
  return `Check ${names.join(", ")}; nothing was changed.`;
}
