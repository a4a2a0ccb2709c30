import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { fieldErrors } from "./field-errors.ts";
import { problemKindNames, problemKinds, problemTypeBase } from "./problem.ts";
import { fixSummary } from "./validation-hook.ts";

/** Words of HTTP, schemas and code that a person should never read in an error. */
const jargon = [
  /\bConflict\b/,
  /\bUnauthori[sz]ed\b/i,
  /\bForbidden\b/i,
  /\bUnprocessable\b/i,
  /\bexpected\b/i,
  /\bschema\b/i,
  /<=|>=/,
  /\bstring\b/i,
  /\bnumber\b/i,
  /\bnull\b/i,
  /\bundefined\b/i,
  /\bHTTP\b/,
  /\bstatus\b/i,
  /\bpayload\b/i,
  /\bJSON\b/i,
  /\bUUID\b/i,
  /\bCSRF\b/,
  /\bboolean\b/i,
  /\binvalid input\b/i,
  /\bregex\b/i,
];

const jargonIn = (text: string): string[] =>
  jargon.filter((word) => word.test(text)).map((word) => word.source);

/** Each string literal a problem's detail is written from: `detail: "..."`, refusals and conflicts. */
function detailsInSource(): Array<{ file: string; text: string }> {
  const found: Array<{ file: string; text: string }> = [];
  const literal = String.raw`("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\`(?:[^\`\\]|\\.)*\`)`;
  const patterns = [
    new RegExp(String.raw`\bdetail:\s*${literal}`, "g"),
    new RegExp(String.raw`new ConflictError\(\s*${literal}`, "g"),
    new RegExp(String.raw`new Refusal\(\s*"[a-z-]+",\s*${literal}`, "g"),
    new RegExp(String.raw`\bdeny\(\s*${literal}`, "g"),
  ];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "scim") walk(path);
      } else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        const source = readFileSync(path, "utf8");
        for (const pattern of patterns)
          for (const match of source.matchAll(pattern))
            found.push({ file: path, text: (match[1] ?? "").replace(/\$\{[^}]*\}/g, "…") });
      }
    }
  };
  for (const dir of ["src/server", "src/app", "src/storage"]) walk(dir);
  return found;
}

describe("problems in people's words", () => {
  it("gives every kind of problem a title and detail without HTTP or schema words", () => {
    const found = problemKindNames.flatMap((kind) => {
      const { title, detail } = problemKinds[kind];
      const words = [...jargonIn(title), ...jargonIn(detail)];
      return words.length > 0 ? [`${problemTypeBase}${kind}: ${words.join(", ")}`] : [];
    });
    expect(found, "reword these titles or details in src/server/problem.ts").toEqual([]);
  });

  it("writes every detail in the code without HTTP or schema words", () => {
    const details = detailsInSource();
    expect(details.length).toBeGreaterThan(30);
    const found = details
      .filter(({ text }) => jargonIn(text).length > 0)
      .map(({ file, text }) => `${file}: ${text} (${jargonIn(text).join(", ")})`);
    expect(found, "reword these details for a person").toEqual([]);
  });

  it("gives each status one title in the documentation", () => {
    expect(problemKinds["sign-in-failed"].title).toBe("Email or password is wrong");
    expect(problemKinds.conflict.title).not.toMatch(/conflict/i);
  });
});

function issuesOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("the value should be refused");
  return result.error.issues;
}

describe("field errors in people's words", () => {
  const cases: Array<[string, z.ZodType, unknown]> = [
    ["missing", z.object({ name: z.string() }), {}],
    ["wrong kind", z.object({ progress: z.number() }), { progress: "half" }],
    ["whole amount", z.object({ peers: z.number().int() }), { peers: 1.5 }],
    ["too big", z.object({ progress: z.number().max(100) }), { progress: 120 }],
    ["too small", z.object({ progress: z.number().min(0) }), { progress: -1 }],
    ["too long", z.object({ note: z.string().max(3) }), { note: "long" }],
    ["empty", z.object({ note: z.string().min(1) }), { note: "" }],
    ["too few", z.object({ tags: z.array(z.string()).min(2) }), { tags: [] }],
    ["too many", z.object({ tags: z.array(z.string()).max(1) }), { tags: ["a", "b"] }],
    ["email", z.object({ email: z.email() }), { email: "nope" }],
    ["pattern", z.object({ id: z.string().regex(/^[a-z]+$/) }), { id: "A" }],
    ["choice", z.object({ track: z.enum(["ic", "management"]) }), { track: "x" }],
    ["unknown field", z.strictObject({}), { colour: "red" }],
    ["multiple", z.object({ step: z.number().multipleOf(5) }), { step: 3 }],
    ["refined", z.object({ a: z.string().refine(() => false, "pick another") }), { a: "x" }],
    ["yes or no", z.object({ done: z.boolean() }), { done: "yes" }],
    ["union", z.object({ at: z.union([z.number(), z.boolean()]) }), { at: "x" }],
  ];

  it.each(cases)("words %s without schema terms, one error per field", (_, schema, value) => {
    const errors = fieldErrors("json", issuesOf(schema, value));
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((error) => error.path)).size).toBe(errors.length);
    for (const error of errors) {
      expect(jargonIn(error.message), error.message).toEqual([]);
      expect(jargonIn(error.hint), error.hint).toEqual([]);
      expect(error.hint).not.toBe(error.message);
    }
    expect(jargonIn(fixSummary(errors))).toEqual([]);
  });

  it("says a number over its maximum as a person would", () => {
    const schema = z.object({ progress: z.number().int().min(0).max(100) });
    expect(fieldErrors("json", issuesOf(schema, { progress: 120 }))).toEqual([
      { path: "progress", message: "Progress is at most 100.", hint: "Use at most 100." },
    ]);
  });

  it("keeps the author's own words as the hint and reports a password once", () => {
    const schema = z.object({
      password: z.string().min(12, "use at least 12 characters").max(1024).regex(/\d/),
    });
    const errors = fieldErrors("json", issuesOf(schema, { password: "short" }));
    expect(errors).toEqual([
      { path: "password", message: "Password is too short.", hint: "Use at least 12 characters." },
    ]);
    expect(fixSummary(errors)).toBe("Check Password; nothing was changed.");
  });
});
