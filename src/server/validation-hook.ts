import type { Hook } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env.ts";
import { fieldErrors, type ValidationTarget } from "./field-errors.ts";
import { problem } from "./problem.ts";

const where: Record<ValidationTarget, string> = {
  json: "request body",
  form: "form body",
  query: "query string",
  param: "path",
  header: "headers",
  cookie: "cookies",
};

/**
 * The default validation hook: a failed zod parse becomes a 400 problem listing every field path,
 * what is wrong with it and how to fix it.
 *
 * @example
 * const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
 */
export const validationHook: Hook<unknown, AppEnv, string, Response | undefined> = (result, c) => {
  if (result.success) return undefined;
  const target = result.target as ValidationTarget;
  const errors = fieldErrors(target, result.error.issues);
  const paths = errors.map((error) => error.path).join(", ");
  return problem(c, {
    kind: "validation",
    detail: `The ${where[target] ?? target} has ${errors.length} problem${errors.length === 1 ? "" : "s"} to fix: ${paths}.`,
    errors,
  });
};
