import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchPostgresDatabase } from "../db.ts";
import { type ServeProcess, serveProcess } from "../serve-process.ts";
import { type ApiSession, ownerCredentials, setUpOwner, signIn } from "./api-session.ts";

describe("one embedded database directory", { timeout: 60_000 }, () => {
  let dataDir = "";
  let first: ServeProcess | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "pathways-scale-"));
    first = await serveProcess({ storage: { dataDir } });
  });

  afterAll(async () => {
    await first?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses a second server on the same directory, naming the owner's pid", async () => {
    const owner = first?.pid;
    await expect(serveProcess({ storage: { dataDir } })).rejects.toThrow(
      new RegExp(`in use by a Pathways process \\(pid ${owner}\\)`),
    );
    const ready = await fetch(`${first?.url}/readyz`);
    expect(ready.status).toBe(200);
  });
});

// Scale-out needs a shared database server: these run where `npm test` provides PostgreSQL.
if (process.env.TEST_DATABASE_URL) {
  describe("two servers on one PostgreSQL database", { timeout: 60_000 }, () => {
    let scratch: Awaited<ReturnType<typeof createScratchPostgresDatabase>> | undefined;
    const started: ServeProcess[] = [];
    let running: { a: ServeProcess; b: ServeProcess; session: ApiSession } | undefined;

    beforeAll(async () => {
      scratch = await createScratchPostgresDatabase();
      const storage = { databaseUrl: scratch.url };
      // Started together on purpose: both migrate the empty database at once. Settled, so a
      // failed start never leaves the other server running.
      const starts = await Promise.allSettled([
        serveProcess({ storage }),
        serveProcess({ storage }),
      ]);
      for (const start of starts) if (start.status === "fulfilled") started.push(start.value);
      const [a, b] = started;
      if (!a || !b) throw starts.find((start) => start.status === "rejected")?.reason;
      await setUpOwner(a);
      running = { a, b, session: await signIn(a.url, ownerCredentials) };
    });

    afterAll(async () => {
      await Promise.all(started.map((server) => server.stop()));
      await scratch?.drop();
    });

    function servers(): { a: ServeProcess; b: ServeProcess; session: ApiSession } {
      if (!running) throw new Error("The servers are not running.");
      return running;
    }

    it("accepts on B the session signed in on A", async () => {
      const { b, session } = servers();
      const me = await session.send(b.url, "GET", "/api/v1/session/me");
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ user: session.user, csrfToken: session.csrfToken });
    });

    it("refuses on B a second setup once the owner was created on A", async () => {
      const { b } = servers();
      // B started before the owner existed, so it printed a setup link of its own.
      const [, token] = await b.waitForOutput(/[?&]token=([\w-]+)/, 10_000);
      const response = await fetch(`${b.url}/api/v1/setup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          token,
          organisationName: "Another Org",
          name: "Second Owner",
          email: "second@example.com",
          password: "another long test password",
        }),
      });
      expect(response.status).toBe(409);
    });

    it("shows on B a person created on A, and on A a change made on B", async () => {
      const { a, b, session } = servers();
      const created = await session.send(a.url, "POST", "/api/v1/people", {
        name: "Priya Patel",
        team: "Payments",
      });
      expect(created.status).toBe(201);
      const { id } = created.body as { id: string };
      const onB = await session.send(b.url, "GET", `/api/v1/people/${id}`);
      expect(onB).toMatchObject({ status: 200, body: { id, name: "Priya Patel" } });
      const changed = await session.send(b.url, "PATCH", `/api/v1/people/${id}`, {
        team: "Growth",
      });
      expect(changed.status).toBe(200);
      const onA = await session.send(a.url, "GET", `/api/v1/people/${id}`);
      expect(onA).toMatchObject({ status: 200, body: { id, team: "Growth" } });
    });

    it("lists on A the evidence logged on B", async () => {
      const { a, b, session } = servers();
      const path = `/api/v1/people/${session.user.personId}/evidence`;
      const title = "Ran the pricing discovery";
      const logged = await session.send(b.url, "POST", path, { date: "2026-03-14", title });
      expect(logged.status).toBe(201);
      const { id } = logged.body as { id: string };
      const list = await session.send(a.url, "GET", path);
      expect(list.status).toBe(200);
      const items = (list.body as { items: { id: string; title: string }[] }).items;
      expect(items).toContainEqual(expect.objectContaining({ id, title }));
    });

    it("answers on A an assessment submitted on B, though A had kept the profile", async () => {
      const { a, b, session } = servers();
      const personId = session.user.personId;
      const path = `/api/v1/people/${personId}/profile`;
      type Profile = { competencies: Record<string, { byRater: Record<string, number> }> };
      for (let read = 0; read < 2; read++) {
        const kept = await session.send(a.url, "GET", path);
        expect(kept.status).toBe(200);
        expect((kept.body as Profile).competencies.execution?.byRater).not.toHaveProperty("self");
      }
      const draft = await session.send(b.url, "POST", "/api/v1/assessments", {
        personId,
        raterKind: "self",
        ratings: [{ competency: "execution", level: 4 }],
      });
      expect(draft.status).toBe(201);
      const { id } = draft.body as { id: string };
      const submitted = await session.send(b.url, "POST", `/api/v1/assessments/${id}/submit`, {});
      expect(submitted.status).toBe(200);
      const fresh = await session.send(a.url, "GET", path);
      expect((fresh.body as Profile).competencies.execution?.byRater).toMatchObject({ self: 4 });
    });

    it("answers on B how a people import started on A goes, to its end", async () => {
      const { a, b, session } = servers();
      const rows = Array.from(
        { length: 500 },
        (_, n) => `Imported ${n},imported${n}@scale.test,Product Manager,,Imports,2024-01-01`,
      );
      const csv = ["Name,Email,Job Title,Manager Email,Team,Start Date", ...rows].join("\n");
      const started = await session.send(a.url, "POST", "/api/v1/imports/people", {
        csv,
        dryRun: false,
      });
      expect(started.status).toBe(202);
      const { id } = started.body as { id: string };
      let job: { status: string; result?: { created: number } } = { status: "running" };
      for (let poll = 0; poll < 300 && job.status === "running"; poll++) {
        const answer = await session.send(b.url, "GET", `/api/v1/imports/${id}`);
        expect(answer.status).toBe(200);
        job = answer.body as typeof job;
        if (job.status === "running") await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(job).toMatchObject({ status: "done", result: { created: 500 } });
    });

    it("lists the same people on both after writing to both at once", async () => {
      const { a, b, session } = servers();
      const team = "Side by side";
      const writes = Array.from({ length: 20 }, (_, n) =>
        session.send(n % 2 === 0 ? a.url : b.url, "POST", "/api/v1/people", {
          name: `Parallel person ${n}`,
          team,
        }),
      );
      const created = await Promise.all(writes);
      expect(created.map((answer) => answer.status)).toEqual(created.map(() => 201));
      const ids = created.map((answer) => (answer.body as { id: string }).id).sort();
      const query = `/api/v1/people?team=${encodeURIComponent(team)}&limit=100`;
      for (const server of [a, b]) {
        const list = await session.send(server.url, "GET", query);
        const items = (list.body as { items: { id: string }[] }).items;
        expect(items.map((person) => person.id).sort()).toEqual(ids);
      }
    });

    it("ends the session on A when signing out on B", async () => {
      const { a, b } = servers();
      const own = await signIn(b.url, ownerCredentials);
      expect((await own.send(a.url, "GET", "/api/v1/session/me")).status).toBe(200);
      expect((await own.send(b.url, "POST", "/api/v1/session/logout")).status).toBe(204);
      expect((await own.send(a.url, "GET", "/api/v1/session/me")).status).toBe(401);
    });
  });
}
