import type { Context, MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { AppEnv } from "./app-env.ts";
import { type FieldError, problem } from "./problem.ts";
import {
  findUnsafeText,
  maxUnsafeTextErrors,
  unsafeTextError,
  unsafeTextIndex,
  unsafeTextReason,
} from "./unsafe-text.ts";

const bodyMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    // Malformed percent-encoding is left to the route: it decodes to no unstorable character.
    return null;
  }
}

/** The route template the request matched, e.g. `/api/v1/people/:id`, to name path parameters. */
function routeTemplate(c: Context<AppEnv>): string | null {
  const routes = matchedRoutes(c).filter((route) => route.method !== "ALL");
  return routes.at(-1)?.path ?? null;
}

function pathErrors(c: Context<AppEnv>): FieldError[] {
  const raw = new URL(c.req.url).pathname.split("/");
  const template = routeTemplate(c)?.split("/") ?? [];
  const errors: FieldError[] = [];
  raw.forEach((segment, index) => {
    const decoded = decodeSegment(segment);
    const reason = decoded === null ? null : unsafeTextReason(decoded);
    if (!reason) return;
    const name = template[index]?.startsWith(":")
      ? (template[index] ?? "").slice(1).replace(/\{.*\}$/, "")
      : null;
    errors.push(unsafeTextError(name ? `path.${name}` : `path (segment ${index})`, reason));
  });
  return errors;
}

function queryErrors(c: Context<AppEnv>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [key, value] of new URL(c.req.url).searchParams) {
    const keyReason = unsafeTextReason(key);
    if (keyReason) {
      errors.push(unsafeTextError("query (a parameter name)", keyReason));
      continue;
    }
    const reason = unsafeTextReason(value);
    // Only a parameter name that looks like one is repeated back.
    const name = /^[A-Za-z0-9_.-]{1,64}$/.test(key) ? `query.${key}` : "query (a parameter)";
    if (reason) errors.push(unsafeTextError(name, reason));
  }
  return errors;
}

async function bodyErrors(c: Context<AppEnv>): Promise<FieldError[]> {
  if (!bodyMethods.has(c.req.method)) return [];
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.includes("json")) {
    // Read once: Hono keeps the parsed body for the route's validator.
    let parsed: unknown;
    try {
      parsed = await c.req.json();
    } catch {
      return []; // Malformed JSON: the route's validator answers it.
    }
    return findUnsafeText(parsed);
  }
  if (type.startsWith("text/")) {
    const text = await c.req.text();
    const reason = unsafeTextReason(text);
    if (!reason) return [];
    // A file (such as a people CSV) is named by line, as a spreadsheet would show it.
    const line = text.slice(0, unsafeTextIndex(text)).split("\n").length;
    const error = unsafeTextError("(body)", reason);
    return [{ ...error, message: `Line ${line}: ${error.message}` }];
  }
  return [];
}

/**
 * The one input-cleaning rule of the API: no string of a request — path segment, query
 * parameter, or any value or key of a JSON or text body — may hold a NUL character or an unpaired
 * surrogate, which the database cannot store. Such a request is refused with a 400 problem that
 * names every offending field (never repeating its text) before any route sees it.
 *
 * @example app.use("/api/*", refuseUnsafeInput());
 */
export function refuseUnsafeInput(): MiddlewareHandler<AppEnv> {
  return async function refuseUnsafe(c, next) {
    const errors = [...pathErrors(c), ...queryErrors(c), ...(await bodyErrors(c))].slice(
      0,
      maxUnsafeTextErrors,
    );
    if (errors.length === 0) return next();
    const paths = [...new Set(errors.map((error) => error.path))].join(", ");
    return problem(c, {
      kind: "validation",
      detail: `The request holds text that cannot be stored (a NUL character or an unpaired surrogate) in: ${paths}. Remove those characters and send it again.`,
      errors,
    });
  };
}
