import { ApiError, type ProblemBody } from "./api-error.ts";

/** The header the server checks the session's CSRF token in. */
const csrfHeader = "x-csrf-token";
let csrfToken: string | null = null;

/** Remembers the CSRF token handed out by sign-in, setup or `GET /api/v1/session/me`. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function problemOf(response: Response): Promise<ProblemBody> {
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) return { detail: `The server answered ${response.status}.` };
  return (await response.json()) as ProblemBody;
}

async function ensureCsrfToken(): Promise<void> {
  if (csrfToken !== null) return;
  const response = await fetch("/api/v1/session/me", { credentials: "same-origin" });
  // Without a session there is nothing to protect and no token is needed.
  if (response.ok) csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken;
}

/**
 * Calls the Pathways API on this origin: JSON in and out, the session cookie and CSRF token
 * attached, and problem+json answers thrown as {@link ApiError}.
 *
 * @example
 * const change = await api<RoleChange>("/api/v1/roles/compare?from=pm&to=senior-pm");
 * await api("/api/v1/placement", { method: "POST", body: { background } });
 */
export async function api<T>(
  path: string,
  options: { method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE"; body?: unknown } = {},
): Promise<T> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET") {
    await ensureCsrfToken();
    if (csrfToken !== null) headers[csrfHeader] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, {
      title: "No connection",
      detail: "Could not reach the Pathways server; check it is running, then try again.",
    });
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
