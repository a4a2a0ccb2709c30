import { afterEach, describe, expect, it, vi } from "vitest";
import { answer, api, rememberCsrfToken } from "./api-client.ts";
import { ApiError } from "./api-error.ts";

function reply(status: number, body: unknown, type = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": type } });
}

/** The requests a stubbed fetch saw: the client sends Request objects, the token lookup a path. */
function stubFetch(respond: (url: string) => Response) {
  const seen: Request[] = [];
  const fetch = vi.fn(async (input: Request | string, init?: RequestInit) => {
    const request =
      typeof input === "string" ? new Request(`http://localhost${input}`, init) : input;
    seen.push(request);
    return respond(new URL(request.url).pathname);
  });
  vi.stubGlobal("fetch", fetch);
  return seen;
}

describe("api", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    rememberCsrfToken(null);
  });

  it("reads on the same origin with the session cookie, as a preload would, and returns the typed answer", async () => {
    const seen = stubFetch(() => reply(200, { open: true }));
    expect(await answer(api.GET("/api/v1/setup"))).toEqual({ open: true });
    expect(new URL(seen[0]!.url).pathname).toBe("/api/v1/setup");
    expect(seen[0]!.method).toBe("GET");
    expect(seen[0]!.credentials).toBe("same-origin");
    // No header of its own: the page's `<link rel="preload">` of the same read then matches.
    expect(seen[0]!.headers.get("accept")).toBeNull();
    expect(seen[0]!.headers.get("x-csrf-token")).toBeNull();
  });

  it("fills path and query parameters in", async () => {
    const seen = stubFetch(() => reply(200, { items: [], nextCursor: null }));
    await answer(
      api.GET("/api/v1/people/{id}/evidence", {
        params: { path: { id: "p-1" }, query: { limit: 100 } },
      }),
    );
    expect(seen[0]!.url).toBe("http://localhost/api/v1/people/p-1/evidence?limit=100");
  });

  it("echoes the remembered CSRF token on requests that change data", async () => {
    const seen = stubFetch(() => reply(200, {}));
    rememberCsrfToken("token-123");
    await answer(api.POST("/api/v1/placement", { body: { background: {} as never } }));
    expect(seen[0]!.headers.get("x-csrf-token")).toBe("token-123");
    expect(seen[0]!.headers.get("content-type")).toBe("application/json");
  });

  it("fetches the CSRF token first when it is not known yet", async () => {
    const seen = stubFetch((path) =>
      path === "/api/v1/session"
        ? reply(200, { signedIn: true, session: { csrfToken: "fresh" } })
        : new Response(null, { status: 204 }),
    );
    await answer(api.POST("/api/v1/session/logout"));
    expect(seen.map((request) => new URL(request.url).pathname)).toEqual([
      "/api/v1/session",
      "/api/v1/session/logout",
    ]);
    expect(seen[1]!.headers.get("x-csrf-token")).toBe("fresh");
  });

  it("turns a problem answer into an ApiError with its field errors", async () => {
    const problem = {
      title: "Invalid request",
      status: 400,
      detail: "1 field needs fixing: email.",
      errors: [{ path: "email", message: "must be an email address", hint: "Use a@b.c." }],
    };
    stubFetch(() => reply(400, problem, "application/problem+json"));
    const error = await answer(
      api.POST("/api/v1/session/login", { body: { email: "x", password: "y" } }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe("1 field needs fixing: email.");
    expect((error as ApiError).fieldError("email")?.hint).toBe("Use a@b.c.");
    expect((error as ApiError).fieldError("password")).toBeUndefined();
  });

  it("explains an error answer that is not problem+json", async () => {
    stubFetch(() => new Response("Bad gateway", { status: 502 }));
    await expect(answer(api.GET("/api/v1/setup"))).rejects.toThrow("The server answered 502.");
  });

  it("explains a server that cannot be reached", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(answer(api.GET("/api/v1/setup"))).rejects.toThrow(
      /Could not reach the Pathways server/,
    );
  });
});
