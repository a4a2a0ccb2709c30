import { describe, expect, it } from "vitest";
import { nextDraftVersion } from "./next-draft-version.ts";

describe("nextDraftVersion", () => {
  it("takes the next minor version", () => {
    expect(nextDraftVersion("1.2.3", ["1.2.3"])).toBe("1.3.0");
  });

  it("skips versions already stored", () => {
    expect(nextDraftVersion("2.0.0-rc.1", ["2.1.0", "2.2.0"])).toBe("2.3.0");
  });
});
