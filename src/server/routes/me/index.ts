import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { dayInTimeZone } from "../../../engine/calendar/day-in-time-zone.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { audit } from "../../audit.ts";
import { authorize, signedIn } from "../../authorize.ts";
import { loadPersonFacts } from "../../person-facts.ts";
import { ProblemError } from "../../problem.ts";
import { problemResponses } from "../../problem-responses.ts";
import { collectPersonalData } from "./collect-personal-data.ts";
import { personalExportSchema } from "./schema.ts";

/** What the personal routes need. */
export interface MeDeps {
  db: Database;
  now: () => Date;
}

const exportRoute = createRoute({
  method: "get",
  path: "/api/v1/me/export",
  description:
    "Anyone signed in downloads everything Pathways holds about them: their person, assessments, evidence, plans, feedback and account, as one file.",
  tags: ["me"],
  summary: "Download everything Pathways holds about you, as JSON",
  responses: {
    200: {
      description: "Your data, as an attachment",
      content: { "application/json": { schema: personalExportSchema } },
    },
    ...problemResponses(401, 404),
  },
});

/** A file name that is safe in a header and on any disk: letters, digits and dashes. */
function fileName(name: string, today: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `pathways-${slug || "export"}-${today}.json`;
}

/**
 * Mounts the signed-in person's own routes: `GET /api/v1/me/export`, all of their data as a
 * JSON attachment.
 *
 * @example
 * mountMe(app, { db, now: () => new Date() });
 */
export function mountMe(app: OpenAPIHono<AppEnv>, deps: MeDeps): void {
  app.openapi(exportRoute, async (c) => {
    const actor = signedIn(c);
    if (actor.personId === null) {
      throw new ProblemError({
        kind: "not-found",
        detail:
          "This account is not linked to a person in the organisation, so it holds no personal record to export.",
      });
    }
    const loaded = await loadPersonFacts(deps.db, actor, actor.personId);
    authorize(c, "person:read", loaded.facts);
    const now = deps.now();
    const data = await collectPersonalData(deps.db, actor, loaded, now);
    await audit(c, deps.db, {
      action: "me:export",
      targetType: "person",
      targetId: loaded.person.id,
    });
    c.header(
      "Content-Disposition",
      `attachment; filename="${fileName(loaded.person.name, dayInTimeZone(now, c.get("organisation")?.timeZone ?? "UTC"))}"`,
    );
    c.header("Cache-Control", "no-store");
    return c.json(data, 200);
  });
}
