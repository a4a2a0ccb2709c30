import { z } from "@hono/zod-openapi";
import type { PublishPreview } from "../../../engine/migration/publish-plan-types.ts";
import { exactSchema } from "../../exact-schema.ts";

const roleId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "role ids are lower-case words joined by dashes, e.g. senior-pm");

/** What an admin decides when publishing: where holders of a dropped role go. */
export const publishRequestSchema = z
  .strictObject({
    roleMapping: z
      .record(roleId, roleId)
      .default({})
      .openapi({
        description:
          "Old role id -> the role its holders take in the version being published, for roles it drops.",
        example: { "group-pm": "senior-pm" },
      }),
  })
  .openapi("PublishRequest", {
    description: "What an admin decides when publishing: where holders of a dropped role go.",
  });

const bucket = z.enum(["ready", "close", "stretch", "none"]);
const counts = z.object({
  ready: z.number(),
  close: z.number(),
  stretch: z.number(),
  none: z.number(),
});

/** The impact of publishing a version, before anything changes. */
export const publishPreviewSchema = exactSchema<PublishPreview>()(
  z
    .object({
      from: z.object({ name: z.string(), version: z.string() }).nullable(),
      to: z.object({ name: z.string(), version: z.string() }),
      historyCarriesOver: z.boolean(),
      roleChanges: z.array(
        z.object({
          personId: z.string(),
          name: z.string(),
          fromRoleId: z.string(),
          fromTitle: z.string(),
          toRoleId: z.string().nullable(),
          toTitle: z.string().nullable(),
          kind: z.enum(["renamed", "merged", "mapped", "removed"]),
        }),
      ),
      unmappedRoles: z.array(
        z.object({
          roleId: z.string(),
          title: z.string(),
          people: z.array(z.string()),
          sentence: z.string(),
        }),
      ),
      competencies: z.array(
        z.object({
          competencyId: z.string(),
          name: z.string(),
          fate: z.enum(["carried", "renamed", "merged", "split", "dropped", "new"]),
          into: z.array(z.string()),
          ratings: z.number(),
          sentence: z.string(),
        }),
      ),
      readiness: z.object({
        before: counts,
        after: counts,
        moves: z.array(
          z.object({
            from: bucket,
            to: bucket,
            count: z.number(),
            people: z.array(z.string()),
            why: z.string(),
            sentence: z.string(),
          }),
        ),
      }),
      roleChoices: z.array(z.object({ roleId: z.string(), title: z.string() })),
      canPublish: z.boolean(),
      summary: z.array(z.string()),
    })
    .openapi("PublishPreview", {
      description: "The impact of publishing a version, before anything changes.",
    }),
);
