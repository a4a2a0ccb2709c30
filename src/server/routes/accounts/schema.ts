import { z } from "@hono/zod-openapi";
import type { AccountView } from "../../../app/account-view.ts";
import type { ErasedCounts } from "../../../app/erase-person-data.ts";
import { orgRoles } from "../../../storage/tables/users.ts";
import { exactSchema } from "../../exact-schema.ts";
import { idSaying } from "../../id-schema.ts";

/** An organisation role, with the words to fix a wrong one. */
export const orgRoleSchema = z
  .enum(orgRoles, { error: "role must be owner, admin or member." })
  .openapi({ example: "admin" });

/** A person's account: sign-in email, organisation role and whether it is active. */
export const accountSchema = exactSchema<AccountView>()(
  z
    .object({
      personId: z.string(),
      email: z.string().openapi({ example: "ivy@acme.example" }),
      role: z.enum(orgRoles),
      status: z.enum(["active", "deactivated"]),
      deactivatedAt: z.string().nullable().openapi({ example: null }),
    })
    .openapi("Account", {
      description: "A person's account: sign-in email, organisation role and whether it is active.",
    }),
);

/** A change of organisation role. */
export const rolePatchSchema = z
  .object({ role: orgRoleSchema })
  .openapi("AccountRolePatch", { description: "A change of organisation role." });

/** Whom ownership goes to. */
export const transferSchema = z
  .object({
    personId: idSaying(
      "personId must be the id of a person with an account, as the people list gives it",
    ),
  })
  .openapi("OwnershipTransfer", { description: "Whom ownership goes to." });

/** The confirmation of an erasure: the person's name, typed. */
export const eraseSchema = z
  .object({
    confirm: z
      .string({ error: "confirm must be the person's name, typed as Pathways shows it." })
      .min(1, "Type the person's name to confirm.")
      .max(200)
      .openapi({ example: "Ivy Chen" }),
  })
  .openapi("EraseConfirmation", {
    description: "The confirmation of an erasure: the person's name, typed.",
  });

/** What an erasure removed. */
export const erasedSchema = exactSchema<ErasedCounts>()(
  z
    .object({
      assessmentsAboutThem: z.number().int(),
      feedbackTheyGave: z.number().int(),
      evidence: z.number().int(),
      growthPlans: z.number().int(),
      feedbackRequests: z.number().int(),
      account: z.boolean(),
    })
    .openapi("ErasedData", { description: "What an erasure removed." }),
);
