import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { checkNewPassword } from "../../../app/accounts/check-new-password.ts";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import type { Database } from "../../../storage/database.ts";
import { readGalleryFramework } from "../../../storage/read-gallery-framework.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AuthStore } from "../../auth/auth-store.ts";
import { hashPassword } from "../../auth/password.ts";
import type { SessionLifetime } from "../../auth/session-lifetime.ts";
import type { SetupGate } from "../../auth/setup-gate.ts";
import { ProblemError } from "../../problem.ts";
import { problemResponses } from "../../problem-responses.ts";
import { publishDefaultFramework } from "../../publish-default-framework.ts";
import { refuseIssues } from "../../refuse-issues.ts";
import { sessionSchema } from "../session/schema.ts";
import { startSession } from "../session/start-session.ts";
import { setupSchema, setupStatusSchema } from "./schema.ts";

/** What the setup routes need. */
export interface SetupDeps {
  db: Database;
  auth: AuthStore;
  frameworks: FrameworkSource;
  gate: SetupGate;
  proxyHops: number;
  sessions: SessionLifetime;
  now: () => Date;
}

const statusRoute = createRoute({
  method: "get",
  path: "/api/v1/setup",
  description:
    "Anyone may ask, before signing in. The web app uses it to show the setup form on a new server, and sign-in once the organisation exists.",
  security: [],
  tags: ["setup"],
  summary: "Whether the first-start setup is still open",
  responses: {
    200: {
      description: "Setup status",
      content: { "application/json": { schema: setupStatusSchema } },
    },
  },
});

const setupRoute = createRoute({
  method: "post",
  path: "/api/v1/setup",
  description:
    "Used once, on a new server: creates the organisation and its owner with the token printed when the server started, publishes the default framework and signs the owner in. Refused once setup is done.",
  security: [],
  tags: ["setup"],
  summary: "Create the organisation and its owner with the one-time setup token",
  request: { body: { required: true, content: { "application/json": { schema: setupSchema } } } },
  responses: {
    201: {
      description: "Created and signed in as the owner",
      content: { "application/json": { schema: sessionSchema } },
    },
    ...problemResponses(400, 403, 409),
  },
});

/**
 * Mounts the first-start setup: `GET /api/v1/setup` (open or not) and `POST /api/v1/setup`.
 *
 * @example
 * mountSetup(app, { db, auth, frameworks, gate, proxyHops: 0, sessions: defaultSessionLifetime, now: () => new Date() });
 */
export function mountSetup(app: OpenAPIHono<AppEnv>, deps: SetupDeps): void {
  app.openapi(statusRoute, (c) => c.json({ open: deps.gate.token !== null }, 200));

  app.openapi(setupRoute, async (c) => {
    const body = c.req.valid("json");
    if (deps.gate.token === null) {
      throw new ProblemError({
        kind: "conflict",
        detail: "This server is already set up; sign in instead.",
      });
    }
    if (!deps.gate.accepts(body.token)) {
      throw new ProblemError({
        kind: "forbidden",
        detail: "The setup token is not right; use the link printed when the server started.",
        errors: [
          {
            path: "token",
            message: "Does not match.",
            hint: "Copy the whole link from the server's log.",
          },
        ],
      });
    }
    refuseIssues(
      "Choose another password.",
      checkNewPassword(body.password, {
        email: body.email,
        organisationName: body.organisationName,
      }),
    );
    // Storage serialises setups and refuses a second owner (409), so two racing requests with
    // the token cannot both succeed; the gate closes only once the owner exists.
    const owner = await deps.auth.setupOrganisation({
      organisationName: body.organisationName,
      ownerName: body.name,
      email: body.email,
      passwordHash: await hashPassword(body.password),
    });
    deps.gate.close();
    // The server's default (which `--framework` may replace) unless another starting point is chosen.
    const chosen =
      body.startingPoint === "product-management"
        ? undefined
        : await readGalleryFramework(body.startingPoint);
    await publishDefaultFramework({ ...deps, orgId: owner.orgId, importedBy: owner.id, chosen });
    return c.json(await startSession(c, owner, deps), 201);
  });
}
