import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { readMailPreferences, setMailPreferences } from "../../../app/mail/mail-preferences.ts";
import { optionalMailKinds } from "../../../app/mail/optional-mail-kinds.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";

/** What the mail preference routes need. */
export interface MailPreferencesDeps {
  db: Database;
}

const mailPreferencesSchema = z
  .object({
    off: z
      .array(
        z.enum(optionalMailKinds, {
          error: `each entry of off must be one of ${optionalMailKinds.join(", ")}.`,
        }),
      )
      .max(optionalMailKinds.length * 2)
      .openapi({
        description:
          "The optional mails you turned off. Invitations and password resets always come.",
        example: ["check-in-due"],
      }),
  })
  .openapi("MailPreferences", {
    description: "Which optional mails a person gets; mails about their account always go out.",
  });

const path = "/api/v1/me/mail-preferences";
const ok = (description: string) => ({
  description,
  content: { "application/json": { schema: mailPreferencesSchema } },
});

const readRoute = createRoute({
  method: "get",
  path,
  description: "The signed-in person's choice of optional mails, such as reminders.",
  tags: ["me"],
  summary: "Which optional mails you get",
  responses: { 200: ok("The mails you turned off"), ...problemResponses(401, 404) },
});

const setRoute = createRoute({
  method: "put",
  path,
  tags: ["me"],
  summary: "Turn optional mails off or on",
  description:
    'Feedback requests, "your manager submitted an assessment of you" and check-in reminders can be turned off; list those you do not want.',
  request: {
    body: { required: true, content: { "application/json": { schema: mailPreferencesSchema } } },
  },
  responses: { 200: ok("The mails you turned off, saved"), ...problemResponses(400, 401, 404) },
});

/**
 * Mounts `GET` and `PUT /api/v1/me/mail-preferences`: the signed-in person's optional mails.
 *
 * @example
 * mountMailPreferences(app, { db });
 */
export function mountMailPreferences(app: OpenAPIHono<AppEnv>, deps: MailPreferencesDeps): void {
  app.openapi(readRoute, async (c) => c.json(await readMailPreferences(deps.db, signedIn(c)), 200));
  app.openapi(setRoute, async (c) => {
    const saved = await setMailPreferences(deps.db, signedIn(c), c.req.valid("json"));
    return c.json(saved, 200);
  });
}
