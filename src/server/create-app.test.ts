import { Writable } from "node:stream";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/server/test-app.ts";
import type { AppEnv } from "./app-env.ts";
import { sessionCookieName } from "./auth/session-cookie.ts";
import { csrfTokenFor } from "./auth/tokens.ts";
import { problemSchema } from "./problem.ts";

const createThing = createRoute({
  method: "post",
  path: "/api/v1/things",
  tags: ["things"],
  summary: "Create a thing",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.strictObject({
            name: z.string().min(2),
            level: z.number().int().min(1).max(5),
            kind: z.enum(["a", "b"]),
          }),
        },
      },
    },
  },
  responses: { 201: { description: "Created" } },
});

function testRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(createThing, (c) => c.json(c.req.valid("json"), 201));
  app.get("/api/v1/explode", () => {
    throw new Error("secret stack detail");
  });
}

const logs: string[] = [];
let shared: TestApp;
let app: TestApp["app"];

beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  shared = await createTestApp({
    logger: pino({ level: "info" }, stream),
    extend: testRoutes,
    bodyLimitBytes: 2000,
  });
  app = shared.app;
});
afterAll(() => shared.close());

const postJson = (body: string, headers: Record<string, string> = {}) => ({
  method: "POST",
  body,
  headers: { "content-type": "application/json", ...headers },
});

async function readProblem(res: Response) {
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  return problemSchema.parse(await res.json());
}

describe("createApp", () => {
  it("answers /readyz only while the database answers, and /healthz regardless", async () => {
    const test = await createTestApp();
    expect((await test.app.request("/readyz")).status).toBe(200);
    await test.close();
    const res = await test.app.request("/readyz");
    expect(res.status).toBe(503);
    expect((await readProblem(res)).detail).toContain("database");
    const health = await test.app.request("/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
  });

  it("reports every invalid field with its path and a hint", async () => {
    const res = await app.request(
      "/api/v1/things",
      postJson(JSON.stringify({ name: "x", level: 9, kind: "c", colour: "red" })),
    );
    expect(res.status).toBe(400);
    const body = await readProblem(res);
    expect(body.type).toBe("https://pathways.dev/problems/validation");
    expect(body.instance).toBe("/api/v1/things");
    const byPath = Object.fromEntries((body.errors ?? []).map((error) => [error.path, error.hint]));
    expect(byPath).toEqual({
      name: "Use at least 2 characters.",
      level: "Use at most 5.",
      kind: "Choose one of: a, b.",
      colour: "Leave it out: only the documented fields are accepted.",
    });
  });

  it("says a missing field is required", async () => {
    const res = await app.request("/api/v1/things", postJson(JSON.stringify({ name: "xy" })));
    const body = await readProblem(res);
    expect(body.errors?.find((error) => error.path === "level")).toMatchObject({
      message: "Level is required.",
      hint: "Fill it in.",
    });
  });

  it("answers malformed JSON with a 400 problem", async () => {
    const res = await app.request("/api/v1/things", postJson("{ name: "));
    expect(res.status).toBe(400);
    expect((await readProblem(res)).errors?.[0]?.hint).toContain("JSON");
  });

  it("answers a body that is not JSON with a 415 problem", async () => {
    const res = await app.request("/api/v1/things", {
      method: "POST",
      body: "name=x",
      headers: { "content-type": "text/plain" },
    });
    expect(res.status).toBe(415);
    expect((await readProblem(res)).title).toBe("Pathways could not read this");
  });

  it("refuses a body over the limit with a 413 problem", async () => {
    const res = await app.request(
      "/api/v1/things",
      postJson(JSON.stringify({ name: "x".repeat(3000), level: 1, kind: "a" })),
    );
    expect(res.status).toBe(413);
    expect((await readProblem(res)).detail).toContain("2000 bytes");
  });

  it("answers unknown paths with a 404 problem", async () => {
    const res = await app.request("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect((await readProblem(res)).instance).toBe("/api/v1/nothing-here");
  });

  it("answers a wrong method with a 405 problem and the Allow header", async () => {
    const res = await app.request("/api/v1/things", { method: "GET" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    await readProblem(res);
  });

  it("logs an unexpected error and answers 500 without leaking it", async () => {
    const res = await app.request("/api/v1/explode");
    expect(res.status).toBe(500);
    const text = await res.clone().text();
    expect(text).not.toContain("secret stack detail");
    expect(text).not.toContain("at ");
    const body = await readProblem(res);
    expect(body.detail).toContain(res.headers.get("x-request-id") ?? "missing");
    expect(logs.join("")).toContain("secret stack detail");
  });

  it("serves an OpenAPI 3.1 document listing the routes", async () => {
    const res = await app.request("/api/openapi.json");
    const document = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/api/v1/things");
  });

  it("serves self-contained HTML docs that load nothing from elsewhere", async () => {
    const res = await app.request("/api/docs");
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain("/api/v1/things");
    expect(html).toContain("Create a thing");
    expect(html).not.toMatch(/<script|src="http|href="http/);
  });
});

describe("CSRF protection", () => {
  const thing = JSON.stringify({ name: "xy", level: 2, kind: "a" });

  it("refuses a state-changing request from another origin", async () => {
    const res = await app.request(
      "/api/v1/things",
      postJson(thing, { origin: "https://evil.example" }),
    );
    expect(res.status).toBe(403);
    expect((await readProblem(res)).detail).toContain("another origin");
  });

  it("accepts a same-origin request without a session", async () => {
    const res = await app.request(
      "http://localhost/api/v1/things",
      postJson(thing, { origin: "http://localhost" }),
    );
    expect(res.status).toBe(201);
  });

  it("requires the session's token once a session cookie is sent", async () => {
    const cookie = `${sessionCookieName}=secret-1`;
    const without = await app.request("/api/v1/things", postJson(thing, { cookie }));
    expect(without.status).toBe(403);
    expect((await readProblem(without)).errors?.[0]?.path).toBe("header.x-csrf-token");
    const wrong = await app.request(
      "/api/v1/things",
      postJson(thing, { cookie, "x-csrf-token": csrfTokenFor("secret-2") }),
    );
    expect(wrong.status).toBe(403);
    const right = await app.request(
      "/api/v1/things",
      postJson(thing, { cookie, "x-csrf-token": csrfTokenFor("secret-1") }),
    );
    expect(right.status).toBe(201);
  });
});
