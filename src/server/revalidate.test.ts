import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cast, seedCast } from "../../test/server/seed-cast.ts";
import { createTestApp, type TestApp } from "../../test/server/test-app.ts";
import { revalidateCacheControl } from "./revalidate.ts";

describe("compressed answers and reads the browser revalidates", () => {
  let test: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    test = await createTestApp();
    cast = await seedCast(test.db);
  }, 120_000);
  afterAll(() => test.close());

  const get = (path: string, headers: Record<string, string>) =>
    test.app.request(path, { headers });

  it("gzips an API answer for a client that accepts it, and says the answer varies", async () => {
    const res = await get("/api/v1/frameworks/current", {
      ...cast.headers("self"),
      "accept-encoding": "gzip, deflate, br",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toContain("Accept-Encoding");
    const body = JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString());
    expect(body.framework.id).toBeDefined();
    const plain = await get("/api/v1/frameworks/current", cast.headers("self"));
    expect(plain.headers.get("content-encoding")).toBeNull();
  });

  it("answers the framework again with 304 and no body while it is unchanged", async () => {
    const first = await get("/api/v1/frameworks/current", cast.headers("self"));
    const tag = first.headers.get("etag");
    expect(tag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toBe(revalidateCacheControl);
    const again = await get("/api/v1/frameworks/current", {
      ...cast.headers("self"),
      "if-none-match": tag ?? "",
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(tag);
    expect(again.headers.get("cache-control")).toBe(revalidateCacheControl);
  });

  it("checks who asks on every revalidation: another user's tag earns no 304 without access", async () => {
    const admin = await get("/api/v1/analytics/org/summary", cast.headers("admin"));
    expect(admin.status).toBe(200);
    const tag = admin.headers.get("etag") ?? "";
    const member = await get("/api/v1/analytics/org/summary", {
      ...cast.headers("self"),
      "if-none-match": tag,
    });
    expect(member.status).toBe(403);
    expect(member.headers.get("cache-control")).toBe("no-store");
    const again = await get("/api/v1/analytics/org/summary", {
      ...cast.headers("admin"),
      "if-none-match": tag,
    });
    expect(again.status).toBe(304);
  });

  it("keeps every other signed-in answer out of every cache", async () => {
    const res = await get("/api/v1/session/me", cast.headers("self"));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("etag")).toBeNull();
  });

  it("sends the organisation page only its distribution, spans and the managers' names", async () => {
    const res = await get("/api/v1/analytics/org/summary", cast.headers("admin"));
    const summary = (await res.json()) as Record<string, unknown> & {
      spanOfControl: { managerId: string }[];
      managers: { id: string; name: string }[];
    };
    expect(Object.keys(summary).sort()).toEqual([
      "distribution",
      "managers",
      "people",
      "reason",
      "spanOfControl",
      "spanOfControlCounts",
      "spanOfControlManagers",
    ]);
    expect(summary.spanOfControl.length).toBeGreaterThan(0);
    expect(summary.managers.map((manager) => manager.id).sort()).toEqual(
      [...new Set(summary.spanOfControl.map((span) => span.managerId))].sort(),
    );
  });
});
