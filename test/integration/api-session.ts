import type { ServeProcess } from "../serve-process.ts";

/** A JSON answer from the API. */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** The signed-in user as the session routes show them. */
export interface SessionUser {
  id: string;
  email: string;
  orgId: string;
  personId: string | null;
  role: string;
}

/** A signed-in session that can be replayed against any server sharing the database. */
export interface ApiSession {
  user: SessionUser;
  csrfToken: string;
  /** Sends a request with the session cookie (and the CSRF token) to the server at `url`. */
  send(url: string, method: string, path: string, body?: unknown): Promise<ApiAnswer>;
}

/** The credentials of the owner the tests create. */
export const ownerCredentials = {
  email: "owner@example.com",
  password: "a long enough test password",
};

/**
 * Creates the organisation and its owner on a fresh server with the printed one-time setup token.
 *
 * @example
 * const owner = await setUpOwner(server);
 */
export async function setUpOwner(server: ServeProcess): Promise<ApiSession> {
  const [, token] = await server.waitForOutput(/[?&]token=([\w-]+)/, 10_000);
  const response = await fetch(`${server.url}/api/v1/setup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      token,
      organisationName: "Acme Product",
      name: "Olive Owner",
      ...ownerCredentials,
    }),
  });
  return sessionFrom(response, 201);
}

/**
 * Signs in with email and password on the server at `url`.
 *
 * @example
 * const session = await signIn(server.url, ownerCredentials);
 */
export async function signIn(
  url: string,
  credentials: { email: string; password: string },
): Promise<ApiSession> {
  const response = await fetch(`${url}/api/v1/session/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(credentials),
  });
  return sessionFrom(response, 200);
}

async function sessionFrom(response: Response, expected: number): Promise<ApiSession> {
  const text = await response.text();
  if (response.status !== expected) {
    throw new Error(`Expected ${expected} when signing in, got ${response.status}: ${text}`);
  }
  const body = JSON.parse(text) as { user: SessionUser; csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .find((pair) => pair.startsWith("pathways_session="));
  if (!cookie) throw new Error("Signing in set no pathways_session cookie.");
  return {
    user: body.user,
    csrfToken: body.csrfToken,
    async send(url, method, path, payload) {
      const headers: Record<string, string> = { cookie, "x-csrf-token": body.csrfToken };
      if (payload !== undefined) headers["content-type"] = "application/json";
      const answer = await fetch(`${url}${path}`, {
        method,
        headers,
        body: payload === undefined ? undefined : JSON.stringify(payload),
      });
      const raw = await answer.text();
      return { status: answer.status, body: raw ? (JSON.parse(raw) as unknown) : null };
    },
  };
}
