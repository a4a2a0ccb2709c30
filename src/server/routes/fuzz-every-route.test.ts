import { Writable } from "node:stream";
import fc from "fast-check";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../test/db.ts";
import { buildFramework } from "../../../test/factories.ts";
import {
  type FuzzPools,
  fuzzBody,
  fuzzMarker,
  fuzzValue,
  idValue,
  type JsonSchema,
  nastyString,
} from "../../../test/server/fuzz-arbitraries.ts";
import { seedMatrixFixtures } from "../../../test/server/matrix-fixtures.ts";
import { type Cast, seedCast } from "../../../test/server/seed-cast.ts";
import { createTestApp, type TestApp } from "../../../test/server/test-app.ts";
import { getPublishedFrameworkVersion } from "../../storage/queries/framework-versions.ts";
import { addGoal } from "../../storage/queries/goals.ts";

interface Parameter {
  name: string;
  in: string;
  schema: JsonSchema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | undefined;
}
interface FuzzedRequest {
  actor: (typeof actors)[number];
  path: string;
  query: string;
  body: string;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>;
  components: { schemas: Record<string, JsonSchema> };
}

// A fixed seed every run replays, and one new per run; FUZZ_SEED replays a failed run's seed.
const fixedSeed = 20_261_204;
const randomSeed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runsPerSeed = Number(process.env.FUZZ_RUNS ?? 800);
const actors = ["admin", "self", "anonymous"] as const;
// FUZZ_TALLY=1 counts server errors instead of stopping at the first, to measure a build.
const tallyOnly = process.env.FUZZ_TALLY === "1";

/** Percent-encodes a segment; a lone surrogate has no UTF-8 form, so it goes as its raw bytes. */
function encodePathSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => {
      const content = (
        operation.requestBody as { content?: Record<string, { schema: JsonSchema }> }
      )?.content;
      return {
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: content?.["application/json"]?.schema,
      };
    }),
  );
}

describe.each(testDatabaseKinds())("every route, fuzzed, on %s", (kind) => {
  const logs: string[] = [];
  let test: TestApp;
  let cast: Cast;
  let components: Record<string, JsonSchema> = {};
  let operations: Operation[] = [];
  let pools: FuzzPools;
  const idsByResource = new Map<string, string[]>();
  const tally = { sent: 0, serverErrors: 0, statuses: new Map<number, number>() };

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    });
    test = await createTestApp({ logger: pino({ level: "info" }, stream) }, kind);
    const document = (await (
      await test.app.request("/api/openapi.json")
    ).json()) as OpenApiDocument;
    components = document.components.schemas;
    // Signing out would end the cast's sessions and leave the rest of the run anonymous.
    operations = operationsOf(document).filter(
      (operation) => operation.path !== "/api/v1/session/logout",
    );
  }, 120_000);

  /** Seeds a fresh cast and its records, so each seed starts from the same kind of data. */
  async function seed(): Promise<void> {
    cast = await seedCast(test.db);
    const fixtures = await seedMatrixFixtures(test.db, cast);
    const goal = await addGoal(test.db, {
      orgId: cast.orgId,
      planId: fixtures.ids.plan,
      goal: { title: "Ship the thing", status: "open" },
    });
    const published = await getPublishedFrameworkVersion(test.db, cast.orgId);
    const { ids, feedbackRequest } = fixtures;
    const members = cast.members;
    const person = [ids.ava, members.directManager.personId, members.admin.personId];
    idsByResource.set("people", person);
    idsByResource.set("analytics", [members.directManager.personId]);
    idsByResource.set("assessments", [ids.submittedSelf, ids.draftSelf, ids.draftManager]);
    idsByResource.set("evidence", [ids.privateEvidence, ids.managerEvidence, ids.orgEvidence]);
    idsByResource.set("plans", [ids.plan]);
    idsByResource.set("goals", [goal?.id ?? ids.plan]);
    idsByResource.set("feedback-requests", [await feedbackRequest(), await feedbackRequest()]);
    idsByResource.set("frameworks", [published?.id ?? ids.plan]);
    const framework = buildFramework();
    pools = {
      components,
      ids: [...idsByResource.values()].flat(),
      roles: framework.roles.map((role) => role.id),
      competencies: framework.competencies.map((competency) => competency.id),
      tracks: framework.tracks.map((track) => track.id),
    };
  }
  afterAll(async () => {
    // The figures of the run, for the record and to replay it.
    console.info(
      `fuzz on ${kind}: ${tally.sent} requests, ${tally.serverErrors} server errors, seeds ${fixedSeed} and ${randomSeed}; statuses ${JSON.stringify(Object.fromEntries([...tally.statuses].sort(([a], [b]) => a - b)))}`,
    );
    await test?.close();
  });

  /** The ids a path parameter draws from: those of the resource the segment before it names. */
  function pathValue(path: string, name: string): fc.Arbitrary<string> {
    const segments = path.split("/");
    const resource = segments[segments.indexOf(`{${name}}`) - 1] ?? "";
    return fc.oneof(
      { weight: 12, arbitrary: idValue(idsByResource.get(resource) ?? []) },
      { weight: 1, arbitrary: nastyString.map(encodePathSegment) },
      { weight: 1, arbitrary: fc.constantFrom("%00", "..", "-1", "%ED%A0%80", "0") },
    );
  }

  function queryValue(parameters: Parameter[]): fc.Arbitrary<string> {
    const inQuery = parameters.filter((parameter) => parameter.in === "query");
    // The parameters as one object, so that at most one of them is odd at a time.
    const schema: JsonSchema = {
      type: "object",
      properties: Object.fromEntries(
        inQuery.map((parameter) => [parameter.name, parameter.schema]),
      ),
    };
    return fc
      .tuple(
        fuzzValue(schema, pools),
        fc.oneof(
          { weight: 9, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: nastyString },
        ),
      )
      .map(([chosen, extra]) => {
        const query = new URLSearchParams();
        if (chosen !== null && typeof chosen === "object" && !Array.isArray(chosen)) {
          for (const [name, value] of Object.entries(chosen)) query.set(name, String(value));
        }
        if (extra !== undefined) query.set("unexpected", extra);
        const text = query.toString();
        return text === "" ? "" : `?${text}`;
      });
  }

  function request(operation: Operation) {
    const names = operation.parameters.filter((parameter) => parameter.in === "path");
    return fc.record({
      // Signed-in callers reach further than anonymous ones, so they are drawn more often.
      actor: fc.oneof(
        { weight: 2, arbitrary: fc.constant(actors[0]) },
        { weight: 2, arbitrary: fc.constant(actors[1]) },
        { weight: 1, arbitrary: fc.constant(actors[2]) },
      ),
      path: fc
        .tuple(...names.map((parameter) => pathValue(operation.path, parameter.name)))
        .map((values) =>
          names.reduce(
            (path, parameter, index) => path.replace(`{${parameter.name}}`, values[index] ?? ""),
            operation.path,
          ),
        ),
      query: queryValue(operation.parameters),
      body: fuzzBody(operation.body, pools),
    });
  }

  async function send(operation: Operation, input: FuzzedRequest): Promise<void> {
    const init: RequestInit = {
      method: operation.method,
      headers: { ...cast.headers(input.actor), "content-type": "application/json" },
    };
    // A people import that is applied runs on after its answer; the fuzz plans imports only.
    const query = operation.path === "/api/v1/imports/people" ? `?dryRun=true` : input.query;
    let body = input.body;
    if (operation.path === "/api/v1/imports/people") {
      try {
        const parsed = JSON.parse(body) as unknown;
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
          body = JSON.stringify({ ...parsed, dryRun: true });
        }
      } catch {
        // Not JSON: sent as it is, and refused.
      }
    }
    if (operation.method !== "GET" && operation.method !== "HEAD") init.body = body;
    const res = await test.app.request(`${input.path}${query}`, init);
    tally.sent += 1;
    tally.statuses.set(res.status, (tally.statuses.get(res.status) ?? 0) + 1);
    if (res.status >= 500) {
      tally.serverErrors += 1;
      if (tallyOnly) console.info(`server error: ${operation.method} ${operation.path}`);
    }
    const what = `${operation.method} ${input.path}${query} as ${input.actor} -> ${res.status}`;
    if (tallyOnly) return;
    expect(res.status, what).toBeLessThan(500);
    if (res.status >= 400)
      expect(res.headers.get("content-type"), what).toBe("application/problem+json");
    await res.arrayBuffer();
  }

  async function fuzz(seedNumber: number): Promise<void> {
    await seed();
    // Removals come last, so the records the other routes need exist while they run.
    const phases = [
      operations.filter((operation) => operation.method !== "DELETE"),
      operations.filter((operation) => operation.method === "DELETE"),
    ];
    for (const [index, phase] of phases.entries()) {
      const property = fc.asyncProperty(
        fc
          .oneof(
            ...phase.map((operation) => ({
              weight: operation.method === "GET" ? 1 : 3,
              arbitrary: fc.constant(operation),
            })),
          )
          .chain((operation) => request(operation).map((input) => ({ operation, input }))),
        ({ operation, input }) => send(operation, input),
      );
      const runs = index === 0 ? runsPerSeed : Math.ceil(runsPerSeed / 10);
      try {
        await fc.assert(property, { seed: seedNumber, numRuns: runs, endOnFailure: true });
      } catch (error) {
        throw new Error(
          `The fuzz found a server error; replay it with FUZZ_SEED=${seedNumber}: ${String(error)}`,
        );
      }
    }
    expect(logs.join("")).not.toContain(fuzzMarker);
  }

  it("lists every route of the OpenAPI document", () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.some((operation) => operation.body !== undefined)).toBe(true);
  });

  it(`answers no fuzzed request with a server error (fixed seed ${fixedSeed})`, async () => {
    await fuzz(fixedSeed);
  }, 300_000);

  it(`answers no fuzzed request with a server error (random seed ${randomSeed})`, async () => {
    await fuzz(randomSeed);
  }, 300_000);
});
