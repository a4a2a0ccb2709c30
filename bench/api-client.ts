/** A signed-in demo user: the headers that authenticate a request, and who they are. */
export interface BenchSession {
  headers: Record<string, string>;
  personId: string;
}

/**
 * Signs in through the API and returns the cookie and CSRF headers for later requests.
 *
 * @example
 * const session = await signIn(url, "lena@northwind.example", password);
 */
export async function signIn(url: string, email: string, password: string): Promise<BenchSession> {
  const res = await fetch(`${url}/api/v1/session/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`Signing in as ${email} answered ${res.status}.`);
  const body = (await res.json()) as { user: { personId: string | null }; csrfToken: string };
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!body.user.personId) throw new Error(`${email} has no person record.`);
  return {
    headers: { cookie, "x-csrf-token": body.csrfToken },
    personId: body.user.personId,
  };
}

/**
 * Sends one JSON request as a signed-in user and returns the parsed body; throws on a non-2xx.
 *
 * @example
 * const draft = await callJson<{ id: string }>(url, session, "POST", "/api/v1/assessments", body);
 */
export async function callJson<T>(
  url: string,
  session: BenchSession,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...session.headers, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}
