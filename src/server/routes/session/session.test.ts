import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";
import { createSetupGate } from "../../auth/setup-gate.ts";

describe.each(testDatabaseKinds())("on %s", (kind) => {
  let test: TestApp;
  const gate = createSetupGate({ open: true, token: "setup-token-1" });
  const owner = {
    organisationName: "Acme Product",
    name: "Ava Lindqvist",
    email: "Ava@Example.com",
    password: "correct horse battery",
  };

  beforeAll(async () => {
    test = await createTestApp(
      {
        setupGate: gate,
        loginLimit: { attemptsPerAccount: 3 },
      },
      kind,
    );
  });
  afterAll(() => test.close());

  function cookieOf(res: Response): string {
    const header = res.headers.get("set-cookie") ?? "";
    return header.split(";")[0] ?? "";
  }

  async function login(email: string, password: string, url = "http://localhost") {
    return test.app.request(
      `${url}/api/v1/session/login`,
      jsonRequest("POST", { email, password }),
    );
  }

  describe("first-start setup", () => {
    it("says setup is open before anyone exists", async () => {
      expect(await (await test.app.request("/api/v1/setup")).json()).toEqual({ open: true });
      const page = await test.app.request("/setup?token=setup-token-1");
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('fetch("/api/v1/setup"');
      expect(html).toContain('<option value="minimal-pm-ladder">');
    });

    it("refuses a wrong setup token", async () => {
      const res = await test.app.request(
        "/api/v1/setup",
        jsonRequest("POST", { ...owner, token: "guess" }),
      );
      expect(res.status).toBe(403);
      expect((await res.json()).errors[0].path).toBe("token");
    });

    it("refuses a short password before checking anything else", async () => {
      const res = await test.app.request(
        "/api/v1/setup",
        jsonRequest("POST", { ...owner, token: "setup-token-1", password: "short" }),
      );
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].path).toBe("password");
      const unknownStart = await test.app.request(
        "/api/v1/setup",
        jsonRequest("POST", { ...owner, token: "setup-token-1", startingPoint: "sales-ladder" }),
      );
      expect(unknownStart.status).toBe(400);
      expect((await unknownStart.json()).errors[0].path).toBe("startingPoint");
    });

    it("creates the organisation and its owner, signed in, exactly once", async () => {
      const res = await test.app.request(
        "/api/v1/setup",
        jsonRequest("POST", { ...owner, token: "setup-token-1" }),
      );
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body.user).toMatchObject({ email: "ava@example.com", role: "owner" });
      expect(body.user.personId).toEqual(expect.any(String));
      expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/);
      const again = await test.app.request(
        "/api/v1/setup",
        jsonRequest("POST", { ...owner, token: "setup-token-1" }),
      );
      expect(again.status).toBe(409);
      expect(await (await test.app.request("/api/v1/setup")).json()).toEqual({ open: false });
      expect((await test.app.request("/setup")).status).toBe(404);
    });
  });

  describe("sessions", () => {
    it("signs in with the right password, case-insensitively by email", async () => {
      const res = await login("AVA@example.com", owner.password);
      expect(res.status).toBe(200);
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^pathways_session=[\w-]+;/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/);
      const body = await res.json();
      expect(body.user).not.toHaveProperty("passwordHash");
      expect(body.csrfToken).toEqual(expect.any(String));
    });

    it("marks the cookie Secure when the request came over https", async () => {
      const res = await login(owner.email, owner.password, "https://pathways.example.com");
      expect(res.headers.get("set-cookie")).toMatch(/Secure/);
    });

    it("answers the same 401 for an unknown email and a wrong password", async () => {
      const unknown = await login("nobody@example.com", owner.password);
      const wrong = await login("carl@example.com", "wrong password");
      expect(unknown.status).toBe(401);
      expect(wrong.status).toBe(401);
      expect((await unknown.json()).detail).toBe((await wrong.json()).detail);
    });

    it("limits failed sign-ins per IP and email, even once the password is right", async () => {
      for (let i = 0; i < 3; i += 1)
        expect((await login("bo@example.com", "nope nope")).status).toBe(401);
      const limited = await login("bo@example.com", "nope nope");
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await login(owner.email, owner.password)).status).toBe(200);
    });

    it("tells the signed-in user who they are, and nobody else", async () => {
      const signIn = await login(owner.email, owner.password);
      const { csrfToken } = await signIn.json();
      const me = await test.app.request("/api/v1/session/me", {
        headers: { cookie: cookieOf(signIn) },
      });
      expect(me.status).toBe(200);
      expect((await me.json()).csrfToken).toBe(csrfToken);
      const anonymous = await test.app.request("/api/v1/session/me");
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("content-type")).toBe("application/problem+json");
    });

    it("says whether anyone is signed in without an error for a visitor", async () => {
      const signIn = await login(owner.email, owner.password);
      const { csrfToken } = await signIn.json();
      const state = await test.app.request("/api/v1/session", {
        headers: { cookie: cookieOf(signIn) },
      });
      expect(await state.json()).toMatchObject({ signedIn: true, session: { csrfToken } });
      const visitor = await test.app.request("/api/v1/session");
      expect(visitor.status).toBe(200);
      expect(await visitor.json()).toEqual({ signedIn: false, session: null });
    });

    it("signs out only with the CSRF token, and the session then stops working", async () => {
      const signIn = await login(owner.email, owner.password);
      const { csrfToken } = await signIn.json();
      const cookie = cookieOf(signIn);
      const forged = await test.app.request("/api/v1/session/logout", {
        method: "POST",
        headers: { cookie },
      });
      expect(forged.status).toBe(403);
      const out = await test.app.request("/api/v1/session/logout", {
        method: "POST",
        headers: { cookie, "x-csrf-token": csrfToken },
      });
      expect(out.status).toBe(204);
      expect(out.headers.get("set-cookie")).toMatch(/Max-Age=0/);
      const me = await test.app.request("/api/v1/session/me", { headers: { cookie } });
      expect(me.status).toBe(401);
    });
  });
});
