import { afterEach, describe, expect, it, vi } from "vitest";
import { api, rememberCsrfToken } from "./api-client.ts";
import { ApiError } from "./api-error.ts";

function answer(status: number, body: unknown, type = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": type } });
}

describe("api", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    rememberCsrfToken(null);
  });

  it("sends JSON on the same origin and returns the parsed answer", async () => {
    const fetch = vi.fn(async () => answer(200, { open: true }));
    vi.stubGlobal("fetch", fetch);
    expect(await api("/api/v1/setup")).toEqual({ open: true });
    expect(fetch).toHaveBeenCalledWith(
      "/api/v1/setup",
      expect.objectContaining({ method: "GET", credentials: "same-origin" }),
    );
  });

  it("echoes the remembered CSRF token on requests that change data", async () => {
    const fetch = vi.fn(async (_path: string, _init?: RequestInit) => answer(200, {}));
    vi.stubGlobal("fetch", fetch);
    rememberCsrfToken("token-123");
    await api("/api/v1/placement", { method: "POST", body: { background: {} } });
    const headers = fetch.mock.calls[0]?.[1]?.headers as Record<string, string>;
    expect(headers["x-csrf-token"]).toBe("token-123");
    expect(headers["content-type"]).toBe("application/json");
  });

  it("fetches the CSRF token first when it is not known yet", async () => {
    const fetch = vi.fn(async (path: string, _init?: RequestInit) =>
      path === "/api/v1/session/me" ? answer(200, { csrfToken: "fresh" }) : answer(200, {}),
    );
    vi.stubGlobal("fetch", fetch);
    await api("/api/v1/session/logout", { method: "POST" });
    const headers = fetch.mock.calls[1]?.[1]?.headers as Record<string, string>;
    expect(headers["x-csrf-token"]).toBe("fresh");
  });

  it("turns a problem answer into an ApiError with its field errors", async () => {
    const problem = {
      title: "Invalid request",
      status: 400,
      detail: "1 field needs fixing: email.",
      errors: [{ path: "email", message: "must be an email address", hint: "Use a@b.c." }],
    };
    vi.stubGlobal("fetch", async () => answer(400, problem, "application/problem+json"));
    const error = await api("/api/v1/session/login", { method: "POST", body: {} }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe("1 field needs fixing: email.");
    expect((error as ApiError).fieldError("email")?.hint).toBe("Use a@b.c.");
    expect((error as ApiError).fieldError("password")).toBeUndefined();
  });

  it("explains a server that cannot be reached", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(api("/api/v1/setup")).rejects.toThrow(/Could not reach the Pathways server/);
  });
});
