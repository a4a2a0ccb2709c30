import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../test/db.ts";
import { type MatrixFixtures, seedMatrixFixtures } from "../../test/server/matrix-fixtures.ts";
import { routeMatrixRows } from "../../test/server/route-matrix-rows.ts";
import { type Cast, type CastKind, seedCast } from "../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../test/server/test-app.ts";
import { createSetupGate } from "./auth/setup-gate.ts";
import { revalidateCacheControl } from "./revalidate.ts";
import { apiContentSecurityPolicy, webContentSecurityPolicy } from "./security-headers.ts";
import { serveWeb } from "./serve-web.ts";

/** One request made by the walk and what came back. */
interface Answer {
  label: string;
  path: string;
  signedIn: boolean;
  res: Response;
}

const downloads = /(\.csv|\.md|\.pdf|\/me\/export)(\?|$)/;

/** The reads a browser may keep and revalidate (revalidate.ts): their 200s are private, no-cache. */
const revalidatedReads =
  /^\/api\/v1\/(frameworks\/current|analytics\/.+|people\/[^/]+\/profile|me\/home)$/;

function expectSecureHeaders({ label, path, signedIn, res }: Answer): void {
  const header = (name: string) => [label, name, res.headers.get(name)];
  expect(header("x-content-type-options")).toEqual([label, "x-content-type-options", "nosniff"]);
  expect(header("referrer-policy")).toEqual([label, "referrer-policy", "same-origin"]);
  expect(header("x-frame-options")).toEqual([label, "x-frame-options", "DENY"]);
  expect(header("cross-origin-opener-policy")).toEqual([
    label,
    "cross-origin-opener-policy",
    "same-origin",
  ]);
  const csp = res.headers.get("content-security-policy") ?? "";
  expect([label, csp]).toEqual([label, expect.stringContaining("frame-ancestors 'none'")]);
  const type = res.headers.get("content-type") ?? "";
  // The web app's files keep its policy; every other answer that is not a page gets the API's.
  if (!type.startsWith("text/html") && !path.startsWith("/assets/")) {
    expect([label, csp]).toEqual([label, apiContentSecurityPolicy]);
  }
  if (signedIn || /^\/api(\/|$)/.test(path)) {
    const kept = res.status === 200 && revalidatedReads.test(path.split("?")[0] ?? "");
    expect(header("cache-control")).toEqual([
      label,
      "cache-control",
      kept ? revalidateCacheControl : "no-store",
    ]);
  }
  if (res.status === 200 && downloads.test(path)) {
    expect([label, res.headers.get("content-disposition")]).toEqual([
      label,
      expect.stringMatching(/^(attachment|inline); filename="[\w.-]+"$/),
    ]);
  }
}

function hashOf(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

describe.each(testDatabaseKinds())("security headers on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;
  let fixtures: MatrixFixtures;
  let root: string;
  const rows = routeMatrixRows(() => ({ db: test.db, cast, fixtures }));

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "pathways-headers-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(root, "assets", "index-abc123.js"), "console.log(1)");
    test = await createTestApp(
      {
        setupGate: createSetupGate({ open: true, token: "setup-token-9" }),
        bodyLimitBytes: 2048,
        extend: (app) => {
          app.get("/api/v1/explode", () => {
            throw new Error("a bug");
          });
          app.get("/moved", () => Response.redirect("http://localhost/elsewhere", 302));
          serveWeb({ root })(app);
        },
      },
      kind,
    );
    cast = await seedCast(test.db);
    fixtures = await seedMatrixFixtures(test.db, cast);
  });
  afterAll(async () => {
    await test.close();
    rmSync(root, { recursive: true, force: true });
  });

  const downloaded = new Set<string>();

  async function call(label: string, path: string, init: RequestInit = {}, signedIn = false) {
    const answer = { label, path, signedIn, res: await test.app.request(path, init) };
    expectSecureHeaders(answer);
    const download = downloads.exec(path)?.[1];
    if (download && answer.res.status === 200) downloaded.add(download);
    return answer.res;
  }

  it("puts them on every operation of the OpenAPI document, signed in or not", async () => {
    const doc = await (await call("openapi", "/api/openapi.json")).json();
    const called: Array<{ method: string; path: string }> = [];
    for (const row of rows) {
      for (const actor of ["anonymous", "self", "admin"] as CastKind[]) {
        const { path, method = "GET", body } = await row.request();
        const headers = cast.headers(actor);
        const init = body === undefined ? { method, headers } : jsonRequest(method, body, headers);
        await call(`${actor}: ${row.name}`, path, init, actor !== "anonymous");
        await row.after?.();
        called.push({ method, path });
      }
    }
    // The routes that decide who the actor is are outside the matrix: called here directly.
    const session = await test.app.request(
      "/api/v1/session/login",
      jsonRequest("POST", { email: "nobody@example.com", password: "wrong" }),
    );
    expectSecureHeaders({
      label: "login",
      path: "/api/v1/session/login",
      signedIn: false,
      res: session,
    });
    const direct = [
      { method: "GET", path: "/api/v1/setup" },
      { method: "POST", path: "/api/v1/setup", body: { token: "wrong" } },
      { method: "POST", path: "/api/v1/session/logout" },
      { method: "GET", path: "/api/v1/sso/start" },
      { method: "GET", path: "/api/v1/sso/callback?code=x&state=y" },
    ];
    for (const { method, path, body } of direct) {
      await call(`${method} ${path}`, path, body ? jsonRequest(method, body) : { method });
      called.push({ method, path });
    }
    called.push({ method: "POST", path: "/api/v1/session/login" });
    expect([...downloaded].sort()).toEqual([".csv", ".md", ".pdf", "/me/export"]);
    const missing: string[] = [];
    for (const [template, operations] of Object.entries<Record<string, unknown>>(doc.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}(\\?.*)?$`);
      for (const method of Object.keys(operations)) {
        const covered = called.some(
          (one) => one.method === method.toUpperCase() && pattern.test(one.path),
        );
        if (!covered) missing.push(`${method.toUpperCase()} ${template}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("puts them on errors of every kind and on the health checks", async () => {
    const signedIn = cast.headers("admin");
    expect((await call("404 api", "/api/v1/nothing-here")).status).toBe(404);
    expect((await call("404 other", "/favicon-missing.png")).status).toBe(404);
    expect((await call("405", "/api/v1/session/me", { method: "DELETE" })).status).toBe(405);
    const big = jsonRequest("POST", { source: "x".repeat(4096) }, signedIn);
    expect((await call("413", "/api/v1/frameworks/validate", big, true)).status).toBe(413);
    const broken = jsonRequest("POST", "{not json", signedIn);
    expect((await call("400", "/api/v1/frameworks/validate", broken, true)).status).toBe(400);
    expect((await call("500", "/api/v1/explode", { headers: signedIn }, true)).status).toBe(500);
    expect((await call("immutable redirect", "/moved")).status).toBe(302);
    expect((await call("healthz", "/healthz")).status).toBe(200);
    expect((await call("readyz", "/readyz")).status).toBe(200);
  });

  it("gives the docs page a policy that allows exactly its own style", async () => {
    const res = await call("docs", "/api/docs");
    const page = await res.text();
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? "";
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(style.length).toBeGreaterThan(0);
    expect(csp).toContain(`style-src ${hashOf(style)}`);
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script|src="http|href="http/);
  });

  it("gives the setup page a policy that allows its own script and style only", async () => {
    const res = await call("setup page", "/setup?token=setup-token-9");
    expect(res.status).toBe(200);
    const page = await res.text();
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? "";
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain(`script-src ${hashOf(script)}`);
    expect(csp).toContain(`style-src ${hashOf(style)}`);
    expect(csp).toContain("connect-src 'self'");
  });

  it("keeps the web app's own policy and caching on its pages and assets", async () => {
    const page = await call("web page", "/roles/senior-pm");
    expect(page.headers.get("content-security-policy")).toBe(webContentSecurityPolicy);
    expect(page.headers.get("cache-control")).toBe("private, no-cache");
    const asset = await call("web asset", "/assets/index-abc123.js");
    expect(asset.headers.get("cache-control")).toContain("immutable");
  });

  it("asks browsers to keep to https only when the request came over it", async () => {
    const secure = await call("https", "https://pathways.example.com/healthz");
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=15552000");
    const plain = await call("http", "http://pathways.example.com/healthz");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });
});
