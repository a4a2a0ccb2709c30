import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { GalleryFrameworkId } from "../framework/gallery.ts";
import { parseFramework } from "../framework/parse-framework.ts";
import type { Framework } from "../framework/schema.ts";

/** Where a starting point's file is, in the installed package's `frameworks/` folder. */
export function galleryFrameworkPath(id: GalleryFrameworkId): string {
  return fileURLToPath(new URL(`../../frameworks/${id}.yaml`, import.meta.url));
}

/**
 * Reads and checks a starting point from the gallery; they ship valid, so a problem here is a
 * broken installation and throws.
 *
 * @example const { framework, source } = await readGalleryFramework("minimal-pm-ladder");
 */
export async function readGalleryFramework(
  id: GalleryFrameworkId,
): Promise<{ framework: Framework; source: string }> {
  const path = galleryFrameworkPath(id);
  const source = await readFile(path, "utf8");
  const result = parseFramework(source, { fileName: path });
  if (!result.ok) throw new Error(`${path} is not a valid framework: reinstall Pathways`);
  return { framework: result.framework, source };
}
