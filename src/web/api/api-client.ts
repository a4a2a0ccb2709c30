import createClient, { type Middleware } from "openapi-fetch";
import { ApiError, type ProblemBody } from "./api-error.ts";
import type { paths } from "./schema.d.ts";

/** The header the server checks the session's CSRF token in. */
const csrfHeader = "x-csrf-token";
let csrfToken: string | null = null;

/** Remembers the CSRF token handed out by sign-in, setup or `GET /api/v1/session`. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function ensureCsrfToken(): Promise<void> {
  if (csrfToken !== null) return;
  // A GET asks for no token itself, so this does not come back here.
  const { data } = await api.GET("/api/v1/session");
  // Without a session there is nothing to protect and no token is needed.
  if (data?.session) csrfToken = data.session.csrfToken;
}

const sessionAndErrors: Middleware = {
  async onRequest({ request }) {
    // A read goes out exactly as the page's preload did (serve-web.ts), so the browser hands over
    // the answer it already has instead of asking again.
    if (request.method === "GET") return request;
    request.headers.set("accept", "application/json");
    await ensureCsrfToken();
    if (csrfToken !== null) request.headers.set(csrfHeader, csrfToken);
    return request;
  },
  onError() {
    return new ApiError(0, {
      title: "No connection",
      detail: "Could not reach the Pathways server; check it is running, then try again.",
    });
  },
};

/**
 * The Pathways API on this origin, typed from the OpenAPI document (`src/web/api/schema.d.ts`):
 * paths, parameters, bodies and answers are checked at compile time. Wrap a call in
 * {@link answer} to get its data or an {@link ApiError}.
 *
 * @example
 * const change = await answer(api.GET("/api/v1/roles/compare", { params: { query: { from, to } } }));
 */
export const api = createClient<paths>({
  // Request needs an absolute URL outside a browser (tests); in the browser this is the same origin.
  baseUrl: globalThis.location?.origin ?? "http://localhost",
  credentials: "same-origin",
  // Looked up on every call, so a replaced global fetch (tests) is the one used.
  fetch: (request) => globalThis.fetch(request),
});
api.use(sessionAndErrors);

function problemOf(status: number, error: unknown): ProblemBody {
  if (typeof error === "object" && error !== null) return error as ProblemBody;
  return { detail: `The server answered ${status}.` };
}

/**
 * The data of a typed API call, or the server's problem+json answer thrown as {@link ApiError}.
 *
 * @example
 * const plan = await answer(api.GET("/api/v1/plans/{id}", { params: { path: { id } } }));
 */
export async function answer<Data>(
  pending: Promise<{ data?: Data; error?: unknown; response: Response }>,
): Promise<Data> {
  const { data, error, response } = await pending;
  if (!response.ok) throw new ApiError(response.status, problemOf(response.status, error));
  return data as Data;
}
