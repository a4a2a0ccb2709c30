import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { galleryFrameworks } from "../framework/gallery.ts";
import { parseFramework } from "../framework/parse-framework.ts";
import { galleryFrameworkPath, readGalleryFramework } from "./read-gallery-framework.ts";

describe("the gallery of starting points", () => {
  it("ships every file in frameworks/, each valid without warnings and listed in the format guide", async () => {
    const files = readdirSync(new URL("../../frameworks/", import.meta.url)).sort();
    expect(files).toEqual(galleryFrameworks.map((item) => `${item.id}.yaml`).sort());
    const guide = readFileSync(new URL("../../docs/framework-format.md", import.meta.url), "utf8");
    for (const item of galleryFrameworks) {
      const { framework, source } = await readGalleryFramework(item.id);
      expect(framework.id).toBe(item.id);
      const parsed = parseFramework(source, { fileName: galleryFrameworkPath(item.id) });
      expect(parsed.ok && parsed.warnings).toEqual([]);
      expect(guide).toContain(`frameworks/${item.id}.yaml`);
    }
  });
});
