import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Logger } from "pino";
import { ZodError } from "zod";
import type { FrameworkSource } from "../../app/framework-source.ts";
import type { Actor } from "../../app/policy.ts";
import { Refusal } from "../../app/refusal.ts";
import { createScimUser } from "../../app/scim/create-scim-user.ts";
import { getScimUser, listScimUsers } from "../../app/scim/read-scim-users.ts";
import { scimActor } from "../../app/scim/scim-actor.ts";
import { updateScimUser } from "../../app/scim/update-scim-user.ts";
import { ConflictError } from "../../storage/conflict-error.ts";
import type { Database } from "../../storage/database.ts";
import { constraintProblem } from "../../storage/database-error.ts";
import { findLiveScimToken } from "../../storage/queries/scim-tokens.ts";
import type { AppEnv } from "../app-env.ts";
import { requestOrigin } from "../auth/request-facts.ts";
import { digestToken } from "../auth/tokens.ts";
import { loggableError } from "../loggable-error.ts";
import { ProblemError, problemKinds } from "../problem.ts";
import { parseScimFilter } from "./parse-scim-filter.ts";
import { scimPatchFields, scimUserFields, scimUserSchema } from "./parse-scim-user.ts";
import { presentScimUser } from "./present-scim-user.ts";
import { scimContentType, scimError } from "./scim-error.ts";
import { scimIssueDetail } from "./scim-issue-detail.ts";
import {
  filterDetail,
  scimNotFoundDetail,
  scimRefusalDetail,
  tokenDetail,
  tooLargeDetail,
} from "./scim-refusal-detail.ts";

/** What SCIM provisioning needs. */
export interface ScimRouteDeps {
  db: Database;
  frameworks: FrameworkSource;
  proxyHops: number;
  now: () => Date;
  logger: Logger;
}

const basePath = "/scim/v2";
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const refusalStatus = {
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  validation: 400,
} as const;
const maxCount = 200;

type Member = Extract<Actor, { kind: "user" }>;

function scimJson(c: Context, body: unknown, status: 200 | 201 = 200): Response {
  return c.body(JSON.stringify(body), status, { "content-type": scimContentType });
}

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ZodError([
      {
        code: "custom",
        path: [],
        message:
          "Pathways could not read what was sent as JSON: check the identity provider sends SCIM JSON with content type application/scim+json.",
        input: undefined,
      },
    ]);
  }
}

function positive(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : null;
}

/**
 * Mounts SCIM 2.0 user provisioning at `/scim/v2/Users` (RFC 7643/7644), outside the `/api/v1`
 * OpenAPI document: an organisation's identity provider creates, updates, lists and deactivates
 * people with a SCIM bearer token (`pathways sso scim-token create`). Errors use SCIM's schema.
 *
 * @example
 * mountScim(app, { db, frameworks, proxyHops: 0, now, logger });
 */
export function mountScim(app: OpenAPIHono<AppEnv>, deps: ScimRouteDeps): void {
  const baseUrl = (c: Context) => `${requestOrigin(c, deps.proxyHops)}${basePath}`;

  /** Authenticates the SCIM token, runs the work and answers refusals in SCIM's error schema. */
  const handle =
    (work: (c: Context, actor: Member) => Promise<Response>) =>
    async (c: Context): Promise<Response> => {
      const header = c.req.header("authorization") ?? "";
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      const stored = token
        ? await findLiveScimToken(deps.db, digestToken(token), deps.now())
        : null;
      if (!stored) {
        c.header("www-authenticate", 'Bearer realm="SCIM"');
        return scimError(c, 401, tokenDetail(token !== undefined));
      }
      try {
        return await work(c, scimActor(stored.orgId));
      } catch (error) {
        if (error instanceof ZodError) {
          const kind = c.req.method === "PATCH" ? "patch" : "user";
          return scimError(c, 400, scimIssueDetail(error.issues, kind), "invalidValue");
        }
        if (error instanceof Refusal) {
          return scimError(c, refusalStatus[error.kind], scimRefusalDetail(error));
        }
        if (error instanceof ProblemError) {
          const status = (error.options.status ?? problemKinds[error.options.kind].status) as 400;
          return scimError(c, status, error.options.detail);
        }
        if (error instanceof ConflictError || constraintProblem(error) === "unique-violation") {
          const detail =
            error instanceof ConflictError
              ? error.message
              : 'Another user in Pathways already has this userName or externalId. Find them with a filter such as userName eq "ada@example.com" and update them instead of creating them again.';
          return scimError(c, 409, detail, "uniqueness");
        }
        deps.logger.error({ err: loggableError(error) }, "SCIM request failed");
        return scimError(
          c,
          500,
          "Something went wrong on our side and it has been logged; nothing was changed. Try again in a moment.",
        );
      }
    };

  const routes = app.basePath(basePath);
  routes.use(
    "*",
    bodyLimit({ maxSize: 256 * 1024, onError: (c) => scimError(c, 413, tooLargeDetail) }),
  );

  routes.get(
    "/Users",
    handle(async (c, actor) => {
      const filter = parseScimFilter(c.req.query("filter"));
      if (!filter) {
        return scimError(c, 400, filterDetail, "invalidFilter");
      }
      const startIndex = Math.max(1, positive(c.req.query("startIndex"), 1) ?? 1);
      const count = Math.min(maxCount, positive(c.req.query("count"), 100) ?? 100);
      const { rows, total } = await listScimUsers(deps, actor, filter, {
        offset: startIndex - 1,
        limit: count,
      });
      return scimJson(c, {
        schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        totalResults: total,
        startIndex,
        itemsPerPage: rows.length,
        Resources: rows.map((row) => presentScimUser(row, baseUrl(c))),
      });
    }),
  );

  routes.post(
    "/Users",
    handle(async (c, actor) => {
      const fields = scimUserFields(scimUserSchema.parse(await jsonBody(c)));
      const row = await createScimUser(deps, actor, fields);
      const body = presentScimUser(row, baseUrl(c));
      c.header("location", body.meta.location);
      return scimJson(c, body, 201);
    }),
  );

  const withId =
    (work: (c: Context, actor: Member, id: string) => Promise<Response>) =>
    (c: Context, actor: Member) => {
      const id = c.req.param("id") ?? "";
      if (!uuidPattern.test(id)) return Promise.resolve(scimError(c, 404, scimNotFoundDetail));
      return work(c, actor, id);
    };

  routes.get(
    "/Users/:id",
    handle(
      withId(async (c, actor, id) =>
        scimJson(c, presentScimUser(await getScimUser(deps, actor, id), baseUrl(c))),
      ),
    ),
  );

  routes.put(
    "/Users/:id",
    handle(
      withId(async (c, actor, id) => {
        const fields = scimUserFields(scimUserSchema.parse(await jsonBody(c)));
        const row = await updateScimUser(deps, actor, id, fields);
        return scimJson(c, presentScimUser(row, baseUrl(c)));
      }),
    ),
  );

  routes.patch(
    "/Users/:id",
    handle(
      withId(async (c, actor, id) => {
        const row = await updateScimUser(deps, actor, id, scimPatchFields(await jsonBody(c)));
        return scimJson(c, presentScimUser(row, baseUrl(c)));
      }),
    ),
  );

  routes.delete(
    "/Users/:id",
    handle(
      withId(async (c, actor, id) => {
        await updateScimUser(deps, actor, id, { active: false });
        return c.body(null, 204);
      }),
    ),
  );
}
