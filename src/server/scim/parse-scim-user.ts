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

/** The attributes a PATCH may name in its path, as SCIM writes them. */
const keptAttributes = "userName, name, displayName, externalId, title and active";

/** Parses an operation's value, reporting problems at the attribute the operation names. */
function parseAt<T>(schema: z.ZodType<T>, value: unknown, path: PropertyKey[]): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new z.ZodError(
    parsed.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
  );
}

function refused(path: PropertyKey[], message: string, input: unknown): z.ZodError {
  return new z.ZodError([{ code: "custom", path, message, input }]);
}

const pathFields: Record<string, (value: unknown) => Partial<ScimUserFields>> = {
  active: (value) => ({ active: parseAt(booleanish, value, ["active"]) }),
  username: (value) => ({ userName: parseAt(z.email(), value, ["userName"]) }),
  externalid: (value) => ({
    externalId: value === null ? null : parseAt(text, value, ["externalId"]),
  }),
  title: (value) => ({ title: value === null ? null : parseAt(text, value, ["title"]) }),
  displayname: (value) => ({ name: parseAt(text, value, ["displayName"]) }),
  "name.formatted": (value) => ({ name: parseAt(text, value, ["name", "formatted"]) }),
};

/**
 * The changes of a SCIM PATCH (RFC 7644 §3.5.2): `replace`/`add` of active, userName,
 * externalId, title, displayName or name (with a path, or as one value object, as Okta and
 * Entra ID send them). Throws a ZodError, whose issues name the attribute, for anything else.
 */
export function scimPatchFields(body: unknown): Partial<ScimUserFields> {
  const { Operations } = patchSchema.parse(body);
  let change: Partial<ScimUserFields> = {};
  const parts: { givenname?: string; familyname?: string } = {};
  for (const [index, operation] of Operations.entries()) {
    const op = operation.op.toLowerCase();
    if (op === "remove") {
      if (operation.path?.toLowerCase() === "externalid") change.externalId = null;
      else if (operation.path?.toLowerCase() === "title") change.title = null;
      else
        throw refused(
          ["Operations", index, "path"],
          operation.path
            ? `Pathways cannot remove ${operation.path}: only externalId and title can be removed. To end someone's access, replace active with false.`
            : "A remove operation needs a path naming externalId or title. To end someone's access, replace active with false.",
          operation,
        );
      continue;
    }
    const part = operation.path?.toLowerCase().replace(/^name\./, "");
    if (part === "givenname" || part === "familyname") {
      const at = ["name", part === "givenname" ? "givenName" : "familyName"];
      parts[part] = parseAt(text, operation.value, at);
      continue;
    }
    if (operation.path) {
      const apply = pathFields[operation.path.toLowerCase()];
      if (!apply) {
        throw refused(
          ["Operations", index, "path"],
          `Pathways does not keep the attribute ${operation.path}; it keeps ${keptAttributes}. Leave ${operation.path} out of the identity provider's attribute mappings for Pathways.`,
          operation.path,
        );
      }
      change = { ...change, ...apply(operation.value) };
      continue;
    }
    const value = parseAt(scimUserSchema.partial(), operation.value, [
      "Operations",
      index,
      "value",
    ]);
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
