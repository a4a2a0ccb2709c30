import { z } from "@hono/zod-openapi";
import type { ApiTokenView } from "../../../app/api-token-view.ts";
import { defaultTokenDays, maxTokenDays } from "../../../app/personal-access-tokens.ts";
import { exactSchema } from "../../exact-schema.ts";
import { idSchema } from "../../id-schema.ts";

/** A personal access token in a list: never the token itself. */
export const apiTokenSchema = exactSchema<ApiTokenView>()(
  z
    .object({
      id: z.string(),
      name: z.string().openapi({ example: "Nightly export" }),
      hint: z.string().openapi({ example: "x7Qa" }),
      scope: z.enum(["read", "read-write"]),
      status: z.enum(["active", "expired", "revoked"]),
      createdAt: z.string(),
      expiresAt: z.string(),
      lastUsedAt: z.string().nullable(),
      revokedAt: z.string().nullable(),
    })
    .openapi("ApiToken", {
      description: "A personal access token in a list: never the token itself.",
    }),
);

/** A new token: its name, scope and lifetime. */
export const newApiTokenSchema = z
  .object({
    name: z
      .string({ error: "name must be text, e.g. Nightly export." })
      .trim()
      .min(1, "Give the token a name that says what uses it, e.g. Nightly export.")
      .max(100, "Keep the name to 100 characters."),
    scope: z
      .enum(["read", "read-write"], { error: "scope must be read or read-write." })
      .openapi({ example: "read" }),
    expiresInDays: z
      .number({ error: `expiresInDays must be a whole number of days, 1 to ${maxTokenDays}.` })
      .int(`expiresInDays must be a whole number of days, 1 to ${maxTokenDays}.`)
      .min(1, "A token lives at least 1 day.")
      .max(maxTokenDays, `A token lives at most ${maxTokenDays} days; create a new one then.`)
      .optional()
      .openapi({
        description: `Days until it expires (default ${defaultTokenDays}).`,
        example: 90,
      }),
  })
  .openapi("NewApiToken", { description: "A new token: its name, scope and lifetime." });

/** A token just created: the only answer that carries the token. */
export const createdApiTokenSchema = z
  .object({
    token: z.string().openapi({
      description:
        "Send it as Authorization: Bearer <token>. Shown once; Pathways keeps only a digest.",
      example: "pw_2Zp0vE7…",
    }),
    details: apiTokenSchema,
  })
  .openapi("CreatedApiToken", {
    description: "A token just created: the only answer that carries the token.",
  });

/** A token id in the path. */
export const tokenIdParamSchema = z.object({
  id: idSchema.openapi({ param: { name: "id", in: "path" } }),
});
