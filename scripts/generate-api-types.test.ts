import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { apiTypesPath, generateApiTypes } from "./generate-api-types.ts";

describe("generateApiTypes", () => {
  it("matches the checked-in src/web/api/schema.d.ts", async () => {
    const generated = await generateApiTypes();
    const checkedIn = await readFile(apiTypesPath, "utf8");
    if (generated !== checkedIn) {
      expect.fail("the generated API types are stale: run npm run generate:api");
    }
  });

  it("gives the same text on every run", async () => {
    expect(await generateApiTypes()).toBe(await generateApiTypes());
  });
});
