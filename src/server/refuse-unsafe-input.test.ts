import { request as httpRequest } from "node:http";
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../test/db.ts";
import { seedMatrixFixtures } from "../../test/server/matrix-fixtures.ts";
import { type Cast, seedCast } from "../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../test/server/test-app.ts";
import { problemSchema } from "./problem.ts";
import { startServer } from "./start-server.ts";

const secret = "Maya's private note";

describe.each(testDatabaseKinds())("input cleaning at the edge, on %s", (kind) => {
  const logs: string[] = [];
  let test: TestApp;
  let cast: Cast;
  let ids: Awaited<ReturnType<typeof seedMatrixFixtures>>["ids"];

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    });
    test = await createTestApp(
      {
        logger: pino({ level: "info" }, stream),
        extend: (app) => {
          // A database error whose message and parameters carry what the request sent.
          app.post("/api/v1/test/cast", async (c) => {
            const { text } = (await c.req.json()) as { text: string };
            await test.db.execute(sql`select ${text}::int`);
            return c.body(null, 204);
          });
        },
      },
      kind,
    );
    cast = await seedCast(test.db);
    ids = (await seedMatrixFixtures(test.db, cast)).ids;
  });
  afterAll(() => test.close());

  async function problemOf(res: Response) {
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const text = await res.text();
    return { body: problemSchema.parse(JSON.parse(text)), text };
  }

  it("refuses a NUL in a body field with a 400 naming the field, without repeating it", async () => {
    const res = await test.app.request(
      `/api/v1/people/${ids.ava}/evidence`,
      jsonRequest(
        "POST",
        { date: "2026-05-01", title: `${secret}\u0000`, competencies: ["execution"] },
        cast.headers("self"),
      ),
    );
    expect(res.status).toBe(400);
    const { body, text } = await problemOf(res);
    expect(body.errors?.map((error) => error.path)).toEqual(["title"]);
    expect(body.errors?.[0]?.hint).toContain("Remove the NUL character");
    expect(text).not.toContain(secret);
  });

  it("refuses an unpaired surrogate bound for a JSON column, naming its nested path", async () => {
    const res = await test.app.request(
      `/api/v1/people/${ids.ava}`,
      jsonRequest("PATCH", { preferences: { successMeans: "lead\ud800" } }, cast.headers("admin")),
    );
    expect(res.status).toBe(400);
    const { body } = await problemOf(res);
    expect(body.errors?.map((error) => error.path)).toEqual(["preferences.successMeans"]);
    expect(body.errors?.[0]?.message).toContain("unpaired UTF-16 surrogate");
  });

  it("refuses a NUL in a query parameter and in a path parameter, naming each", async () => {
    const query = await test.app.request("/api/v1/people?team=Pay%00ments", {
      headers: cast.headers("admin"),
    });
    expect(query.status).toBe(400);
    expect((await problemOf(query)).body.errors?.map((error) => error.path)).toEqual([
      "query.team",
    ]);
    const path = await test.app.request("/api/v1/evidence/ab%00cd", {
      headers: cast.headers("admin"),
    });
    expect(path.status).toBe(400);
    expect((await problemOf(path)).body.errors?.map((error) => error.path)).toEqual(["path.id"]);
  });

  it("refuses a NUL in a people file sent as text/csv", async () => {
    const res = await test.app.request("/api/v1/imports/people?dryRun=true", {
      method: "POST",
      body: "name,email,job title\nAva\u0000,ava@example.com,Product Manager\n",
      headers: { ...cast.headers("admin"), "content-type": "text/csv" },
    });
    expect(res.status).toBe(400);
    const { body } = await problemOf(res);
    expect(body.errors?.map((error) => error.path)).toEqual(["(body)"]);
    expect(body.errors?.[0]?.message).toMatch(/^Line 2: /);
  });

  it("accepts an upper-case id and answers for the lower-case one", async () => {
    const manager = cast.members.directManager.personId;
    const res = await test.app.request(`/api/v1/analytics/team/${manager.toUpperCase()}`, {
      headers: cast.headers("admin"),
    });
    expect(res.status).toBe(200);
    const person = await test.app.request(`/api/v1/people/${ids.ava.toUpperCase()}`, {
      headers: cast.headers("admin"),
    });
    expect(person.status).toBe(200);
    expect(((await person.json()) as { id: string }).id).toBe(ids.ava);
    const exported = await test.app.request(
      `/api/v1/exports/team-analytics.csv?managerId=${manager.toUpperCase()}`,
      { headers: cast.headers("admin") },
    );
    expect(exported.status).toBe(200);
  });

  it("answers an empty change with a 400 listing the fields that can be set", async () => {
    const own = cast.headers("self");
    for (const [path, field] of [
      [`/api/v1/evidence/${ids.privateEvidence}`, "visibility"],
      [`/api/v1/plans/${ids.plan}`, "checkInEveryDays"],
      [`/api/v1/people/${ids.ava}`, "preferences"],
    ] as const) {
      const res = await test.app.request(path, jsonRequest("PATCH", {}, own));
      expect(res.status, path).toBe(400);
      const { body } = await problemOf(res);
      expect(body.errors?.[0]?.path).toBe("(body)");
      expect(body.errors?.[0]?.hint).toContain(field);
    }
  });

  it("keeps the request's text out of the error log", async () => {
    const res = await test.app.request(
      "/api/v1/test/cast",
      jsonRequest("POST", { text: secret }, cast.headers("admin")),
    );
    expect(res.status).toBe(500);
    const logged = logs.join("");
    expect(logged).toContain("request failed");
    expect(logged).toContain("22P02"); // invalid_text_representation: what went wrong, in code
    expect(logged).not.toContain(secret);
  });
});

describe("a body over the limit", () => {
  it("is answered with a 413 that closes the connection", async () => {
    const test = await createTestApp({ bodyLimitBytes: 1000 });
    const server = await startServer({ app: test.app, host: "127.0.0.1", port: 0 });
    try {
      const answer = await new Promise<{ status: number; connection: string; body: string }>(
        (resolve, reject) => {
          const req = httpRequest(`${server.url}/api/v1/people`, {
            method: "POST",
            headers: { "content-type": "application/json", "content-length": 200_000 },
          });
          req.on("response", (res) => {
            let body = "";
            res.setEncoding("utf8");
            res.on("data", (chunk: string) => {
              body += chunk;
            });
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                connection: String(res.headers.connection),
                body,
              }),
            );
          });
          // The server may stop reading before the whole body is sent; the answer still counts.
          req.on("error", (error) => reject(error));
          req.write("x".repeat(4000));
        },
      );
      expect(answer.status).toBe(413);
      expect(answer.connection).toBe("close");
      expect(answer.body).toContain("1000 bytes");
    } finally {
      await server.close();
      await test.close();
    }
  });
});
