import type { z } from "zod";
import { ordinal } from "../../framework/entry-words.ts";

type Issue = z.core.$ZodIssue;

/** What a SCIM request carried, so a detail about the whole request names what was expected. */
export type ScimRequestKind = "user" | "patch";

const wholeRequest: Record<ScimRequestKind, string> = {
  user: 'Pathways expects a SCIM User with at least a userName, such as {"userName": "ada@example.com", "name": {"givenName": "Ada", "familyName": "Lovelace"}}.',
  patch:
    'Pathways expects a SCIM PatchOp with a list of Operations, such as {"Operations": [{"op": "replace", "path": "active", "value": false}]}.',
};

/** How a value of each kind is called in an identity provider's attribute mappings. */
const kindWords: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a complex attribute (sub-attributes in braces)",
  array: "a multi-valued attribute (a list in square brackets)",
};

/** What each attribute Pathways reads holds, to say what was expected of it. */
const attributeWords: Record<string, string> = {
  userName: "the person's work email address, such as ada@example.com",
  "emails.value": "an email address, such as ada@example.com",
  "emails.primary": "true or false",
  emails: 'a list of emails, such as [{"value": "ada@example.com", "primary": true}]',
  name: 'a complex attribute with givenName and familyName, such as {"givenName": "Ada", "familyName": "Lovelace"}',
  active: "true or false",
  Operations: "a list of operations",
  "Operations.op": "add, replace or remove",
  "Operations.path": "the name of one attribute, such as active or title",
  "Operations.value":
    'the attributes to change, such as {"active": false}, when the operation names no path',
};

/** What to change in the identity provider when an attribute it sends is refused. */
const attributeFixes: Record<string, string> = {
  userName: "Map the user's email to userName in the identity provider's attribute mappings.",
  "emails.value": "Check which attribute the identity provider maps to the user's emails.",
};

/** The attribute an issue is about, in SCIM's dotted notation, with the list entry it is in. */
function attributeOf(path: readonly PropertyKey[]): { name: string; where: string } {
  const name = path.filter((key) => typeof key === "string").join(".");
  const index = path.find((key) => typeof key === "number");
  const list = name.split(".")[0] === "Operations" ? "operation" : "entry";
  const where = typeof index === "number" ? ` (the ${ordinal(index + 1)} ${list})` : "";
  return { name, where };
}

function expectedOf(name: string, fallback: string): string {
  return attributeWords[name.replace(/^Operations\.value\./, "")] ?? fallback;
}

/** One issue as a sentence an identity-provider admin can act on: the attribute, what was wrong, what to send. */
function sentenceFor(issue: Issue, kind: ScimRequestKind): string {
  const { name, where } = attributeOf(issue.path);
  if (name === "" && issue.code !== "custom") return wholeRequest[kind];
  const attribute = `${name}${where}`;
  const own = attributeFixes[name.replace(/^Operations\.value\./, "")];
  const fix = own ? ` ${own}` : "";
  switch (issue.code) {
    case "invalid_type": {
      const expected = expectedOf(name, kindWords[issue.expected] ?? "a different kind of value");
      // zod leaves the input out of its issues; its own message says when nothing was sent.
      return issue.message.includes("received undefined")
        ? `${attribute} is missing: send it as ${expected}.${fix}`
        : `${attribute} must be ${expected}.${fix}`;
    }
    case "invalid_format":
      return `${attribute} must be ${expectedOf(name, "in the form SCIM defines for it")}.${fix}`;
    case "invalid_union":
    case "invalid_value":
      return `${attribute} must be ${expectedOf(name, "one of the values SCIM defines for it")}.`;
    case "too_small":
      if (issue.origin === "array")
        return `${attribute} is empty: send at least ${String(issue.minimum)}.`;
      return `${attribute} is empty: leave it out, or map it to an attribute that has a value.`;
    case "too_big":
      if (issue.origin === "array")
        return `${attribute} has too many entries: send at most ${String(issue.maximum)} at once.`;
      return `${attribute} is longer than the ${String(issue.maximum)} characters Pathways keeps: shorten it.${fix}`;
    case "custom":
      return issue.message;
    default:
      return `${attribute} cannot be read: check what the identity provider maps to it.`;
  }
}

/**
 * The `detail` of a SCIM error for a refused request: one sentence per attribute (the first issue
 * of each, at most three) saying what was wrong and what to send instead, in words an identity
 * provider's admin recognises from their attribute mappings.
 *
 * @example scimIssueDetail(error.issues, "user") // "userName must be the person's work email address, such as ada@example.com. Map …"
 */
export function scimIssueDetail(issues: readonly Issue[], kind: ScimRequestKind): string {
  const seen = new Set<string>();
  const sentences: string[] = [];
  for (const issue of issues) {
    const { name } = attributeOf(issue.path);
    if (seen.has(name)) continue;
    seen.add(name);
    sentences.push(sentenceFor(issue, kind));
  }
  return sentences.slice(0, 3).join(" ") || wholeRequest[kind];
}
