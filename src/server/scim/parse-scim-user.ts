import { z } from "zod";
import type { ScimUserFields } from "../../app/scim/scim-user-fields.ts";

const text = z.string().trim().min(1).max(300);
const booleanish = z.union([
  z.boolean(),
  z.enum(["true", "false", "True", "False"]).transform((value) => value.toLowerCase() === "true"),
]);

const nameSchema = z.object({
  formatted: text.optional(),
  givenName: text.optional(),
  familyName: text.optional(),
});

/** A SCIM User as IdPs send it on create and replace; unknown attributes are ignored. */
export const scimUserSchema = z.object({
  userName: z.email().max(320),
  name: nameSchema.optional(),
  displayName: text.optional(),
  emails: z
    .array(z.object({ value: z.email().max(320), primary: booleanish.optional() }))
    .optional(),
  externalId: text.nullable().optional(),
  title: text.nullable().optional(),
  active: booleanish.optional(),
});

/** The name to show: formatted, else given and family names, else the display name or email. */
function nameOf(input: {
  name?: z.infer<typeof nameSchema> | undefined;
  displayName?: string | undefined;
}): string | undefined {
  const parts = [input.name?.givenName, input.name?.familyName].filter(Boolean).join(" ");
  return input.name?.formatted ?? (parts || undefined) ?? input.displayName;
}

/** A create or replace body in Pathways' terms. */
export function scimUserFields(body: z.infer<typeof scimUserSchema>): ScimUserFields {
  return {
    userName: body.userName,
    name: nameOf(body) ?? body.userName,
    externalId: body.externalId ?? null,
    title: body.title ?? null,
    active: body.active ?? true,
  };
}

const patchSchema = z.object({
  Operations: z
    .array(
      z.object({
        op: z.string().regex(/^(add|replace|remove)$/i),
        path: z.string().max(200).optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1)
    .max(50),
});

const pathFields: Record<string, (value: unknown) => Partial<ScimUserFields>> = {
  active: (value) => ({ active: booleanish.parse(value) }),
  username: (value) => ({ userName: z.email().parse(value) }),
  externalid: (value) => ({ externalId: value === null ? null : text.parse(value) }),
  title: (value) => ({ title: value === null ? null : text.parse(value) }),
  displayname: (value) => ({ name: text.parse(value) }),
  "name.formatted": (value) => ({ name: text.parse(value) }),
};

/**
 * The changes of a SCIM PATCH (RFC 7644 §3.5.2): `replace`/`add` of active, userName,
 * externalId, title, displayName or name (with a path, or as one value object, as Okta and
 * Entra ID send them). Throws a ZodError for anything else.
 */
export function scimPatchFields(body: unknown): Partial<ScimUserFields> {
  const { Operations } = patchSchema.parse(body);
  let change: Partial<ScimUserFields> = {};
  const parts: { givenname?: string; familyname?: string } = {};
  for (const operation of Operations) {
    const op = operation.op.toLowerCase();
    if (op === "remove") {
      if (operation.path?.toLowerCase() === "externalid") change.externalId = null;
      else if (operation.path?.toLowerCase() === "title") change.title = null;
      else
        throw new z.ZodError([
          {
            code: "custom",
            path: ["Operations"],
            message: `Cannot remove ${operation.path ?? "the whole user"}.`,
            input: operation,
          },
        ]);
      continue;
    }
    const part = operation.path?.toLowerCase().replace(/^name\./, "");
    if (part === "givenname" || part === "familyname") {
      parts[part] = text.parse(operation.value);
      continue;
    }
    if (operation.path) {
      const apply = pathFields[operation.path.toLowerCase()];
      if (!apply) {
        throw new z.ZodError([
          {
            code: "custom",
            path: ["Operations", "path"],
            message: `${operation.path} is not an attribute Pathways keeps.`,
            input: operation.path,
          },
        ]);
      }
      change = { ...change, ...apply(operation.value) };
      continue;
    }
    const value = scimUserSchema.partial().parse(operation.value);
    const name = nameOf(value);
    change = {
      ...change,
      ...(value.userName !== undefined ? { userName: value.userName } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(value.externalId !== undefined ? { externalId: value.externalId } : {}),
      ...(value.title !== undefined ? { title: value.title } : {}),
      ...(value.active !== undefined ? { active: value.active } : {}),
    };
  }
  const fromParts = [parts.givenname, parts.familyname].filter(Boolean).join(" ");
  if (change.name === undefined && fromParts) change.name = fromParts;
  return change;
}
