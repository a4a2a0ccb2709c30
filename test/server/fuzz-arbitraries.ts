import fc from "fast-check";

/** The part of a JSON Schema (as the OpenAPI document writes it) the fuzzer reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  example?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** What the fuzzer draws well-formed values from, so requests get past the first refusal. */
export interface FuzzPools {
  components: Record<string, JsonSchema>;
  /** Ids of records that exist, so writes reach the database. */
  ids: readonly string[];
  /** The framework's ids, for the fields that name them. */
  roles: readonly string[];
  competencies: readonly string[];
  tracks: readonly string[];
}

/** Put into fuzzed text, so a test can check that no log line repeats what a request carried. */
export const fuzzMarker = "fuzz-marker";

const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((unit) => String.fromCharCode(unit));

/** Text no database can store, text spreadsheets run, and text that is merely odd or long. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "\u0000",
    `${fuzzMarker}\u0000tail`,
    "\ud800",
    `${fuzzMarker}\udc00`,
    "\ud83d",
    "",
    " ",
    `=HYPERLINK("http://x","${fuzzMarker}")`,
    "+1",
    "-1",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    `${fuzzMarker} ü ß 🙂 ٣`,
    "null",
    "0",
    "1e400",
    "NaN",
    `'; drop table people; -- ${fuzzMarker}`,
    "../..",
    "%00",
    `${fuzzMarker}${"x".repeat(5000)}`,
    "X".repeat(300),
  ),
  fc
    .tuple(fc.string({ maxLength: 8 }), loneSurrogate, fc.string({ maxLength: 8 }))
    .map(([before, unit, after]) => `${before}${fuzzMarker}${unit}${after}`),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ maxLength: 30 }).map((text) => `${text}\u0000${fuzzMarker}`),
);

/** Values of the wrong kind, or at the edges of their kind. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom(
    1e308,
    -1e308,
    2 ** 64,
    Number.MAX_SAFE_INTEGER + 2,
    -0,
    0.5,
    -1,
    0,
    true,
    false,
    null,
    {},
    [],
    [[[]]],
    { __proto__: { polluted: true } },
  ),
  fc.integer(),
  fc.double({ noNaN: true }),
);

function resolve(schema: JsonSchema, pools: FuzzPools): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace("#/components/schemas/", "");
  return pools.components[name] ?? {};
}

/** An id that exists, the same id in upper case, or a well-formed id of nothing. */
export function idValue(ids: readonly string[]): fc.Arbitrary<string> {
  const known = ids.length > 0 ? ids : ["00000000-0000-4000-8000-000000000000"];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.constantFrom(...known).map((id) => id.toUpperCase()) },
    { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
  );
}

/** The framework ids a field is likely to name, by its name; every id when the name says nothing. */
function wordsFor(key: string, pools: FuzzPools): readonly string[] {
  const name = key.toLowerCase();
  if (name.includes("competenc")) return pools.competencies;
  if (name.includes("role") || name === "from" || name === "to" || name === "target") {
    return pools.roles;
  }
  if (name.includes("track")) return pools.tracks;
  return [...pools.roles, ...pools.competencies];
}

function stringValue(schema: JsonSchema, pools: FuzzPools, key: string): fc.Arbitrary<string> {
  if (schema.format === "uuid") return idValue(pools.ids);
  if (schema.format === "date") return fc.constantFrom("2026-05-01", "2024-02-29", "1999-12-31");
  if (schema.format === "email") {
    return fc.constantFrom("ava@example.com", "new.person@example.com", "MAYA@Example.com");
  }
  const words = wordsFor(key, pools);
  const examples = typeof schema.example === "string" ? [schema.example] : [];
  if (schema.pattern) return fc.constantFrom(...(examples.length > 0 ? examples : words));
  const name = key.toLowerCase();
  if (name.includes("competenc") || name.includes("role")) return fc.constantFrom(...words);
  return fc.constantFrom(...words, ...examples, "A plain title", "Payments");
}

/** A value the schema accepts, as near as the fuzzer can tell (known ids, in-range numbers). */
export function validValue(
  schema: JsonSchema,
  pools: FuzzPools,
  depth = 0,
  key = "",
): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, pools);
  const choices = resolved.anyOf ?? resolved.oneOf ?? resolved.allOf;
  if (choices && choices.length > 0) {
    return fc.oneof(...choices.map((choice) => validValue(choice, pools, depth, key)));
  }
  if (resolved.enum && resolved.enum.length > 0) return fc.constantFrom(...resolved.enum);
  if (resolved.const !== undefined) return fc.constant(resolved.const);
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type ?? "object"];
  return fc.oneof(...types.map((type) => ofType(type, resolved, pools, depth, key)));
}

function ofType(
  type: string,
  schema: JsonSchema,
  pools: FuzzPools,
  depth: number,
  key: string,
): fc.Arbitrary<unknown> {
  switch (type) {
    case "string":
      return stringValue(schema, pools, key);
    case "integer":
      return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 400 });
    case "number":
      return fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 400, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return depth > 4
        ? fc.constant([])
        : fc.array(validValue(schema.items ?? {}, pools, depth + 1, key), { maxLength: 3 });
    default: {
      if (depth > 4) return fc.constant({});
      const properties = Object.entries(schema.properties ?? {});
      return fc.record(
        Object.fromEntries(
          properties.map(([name, child]) => [name, validValue(child, pools, depth + 1, name)]),
        ),
        { requiredKeys: (schema.required ?? []).filter((key) => schema.properties?.[key]) },
      );
    }
  }
}

/** Every place in a JSON value: the value itself, then each property and item, depth first. */
function placesOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const places = [at];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) places.push(...placesOf(item, [...at, index]));
  } else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) places.push(...placesOf(child, [...at, key]));
  }
  return places;
}

/** The value with the thing at `place` replaced; the root place replaces the whole value. */
function replaceAt(value: unknown, place: (string | number)[], by: unknown): unknown {
  if (place.length === 0) return by;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of place.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[place.at(-1) as string | number] = by;
  return copy;
}

/**
 * A value for a JSON Schema: one the schema accepts, or one with exactly one place swapped — most
 * often a text field for a NUL, a lone surrogate, a formula or a long string; else any field, item
 * or the whole value for a huge number, a wrong type or an empty object — so the odd value
 * reaches as far into the server as it can go.
 */
export function fuzzValue(schema: JsonSchema, pools: FuzzPools, key = ""): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      validValue(schema, pools, 0, key),
      fc.nat(),
      nastyString,
      nastyValue,
      fc.nat({ max: 19 }),
    )
    .map(([valid, pick, text, odd, mode]) => {
      if (mode < 5) return valid;
      if (mode < 7 && valid !== null && typeof valid === "object" && !Array.isArray(valid)) {
        return { ...valid, [`extra ${fuzzMarker}`]: odd };
      }
      const places = placesOf(valid);
      const texts = places.filter((place) => typeof valueAt(valid, place) === "string");
      if (mode < 16 && texts.length > 0) {
        return replaceAt(valid, texts[pick % texts.length] ?? [], text);
      }
      // Prefer a place inside the value: replacing the whole of it is the rarer case.
      const inner = places.length > 1 ? places.slice(1) : places;
      return replaceAt(valid, inner[pick % inner.length] ?? [], odd);
    });
}

function valueAt(value: unknown, place: (string | number)[]): unknown {
  let current = value;
  for (const key of place) current = (current as Record<string | number, unknown>)[key];
  return current;
}

/** A whole request body: a fuzzed value of the schema, or one that is not what the route reads. */
export function fuzzBody(schema: JsonSchema | undefined, pools: FuzzPools): fc.Arbitrary<string> {
  const schemaBody = fuzzValue(schema ?? { type: "object" }, pools).map(
    (value) => JSON.stringify(value) ?? "null",
  );
  return fc.oneof(
    { weight: 8, arbitrary: schemaBody },
    { weight: 1, arbitrary: nastyValue.map((value) => JSON.stringify(value) ?? "null") },
    {
      weight: 1,
      arbitrary: fc.constantFrom("", "{", "{}", "null", "[]", '{"a":1e400}', '"\\u0000"'),
    },
  );
}
