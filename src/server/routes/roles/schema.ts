import { z } from "@hono/zod-openapi";

const roleId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "role ids are lower-case words joined by dashes, e.g. senior-pm")
  .max(100);

/** The query of a role comparison. */
export const compareQuerySchema = z.object({
  from: roleId.openapi({
    param: { name: "from", in: "query" },
    description: "The role to compare from, such as pm.",
    example: "pm",
  }),
  to: roleId.openapi({
    param: { name: "to", in: "query" },
    description: "The role to compare with, such as senior-pm.",
    example: "senior-pm",
  }),
});

const change = z.object({ competency: z.string(), from: z.number(), to: z.number() });

/** What moving from one role to another asks of a person. */
export const roleChangeSchema = z
  .object({
    frameworkVersion: z.string(),
    from: z.string(),
    to: z.string(),
    rising: z.array(change),
    newExpectations: z.array(z.object({ competency: z.string(), level: z.number() })),
    lowered: z.array(change),
    newResponsibilities: z.array(z.string()),
    skillsToDevelop: z.array(
      z.object({ competency: z.string(), name: z.string(), description: z.string() }),
    ),
    whatChanges: z.array(z.string()),
    summary: z.string(),
  })
  .openapi("RoleChange", { description: "What moving from one role to another asks of a person." });
