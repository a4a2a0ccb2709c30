import { matchRoute } from "../pages/match-route.ts";
import { notFoundPage, type PageViewer, shellReads, webPages } from "../pages/web-pages.ts";

/** One chunk of the built web app, as Vite's manifest (`.vite/manifest.json`) lists it. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** Vite's build manifest: chunks by source path relative to `src/web`, e.g. `pages/plan-page.tsx`. */
export type WebManifest = Record<string, ManifestChunk>;

function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

/** The page's chunk and the chunks it imports that the entry does not already bring. */
function chunksOf(manifest: WebManifest, module: string): { scripts: string[]; styles: string[] } {
  const entry = manifest["index.html"];
  const loaded = new Set([...(entry?.imports ?? []), "index.html"]);
  const styles = new Set(entry?.css ?? []);
  const scripts: string[] = [];
  const pageStyles: string[] = [];
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (loaded.has(key) || !chunk) return;
    loaded.add(key);
    scripts.push(chunk.file);
    for (const css of chunk.css ?? []) {
      if (styles.has(css)) continue;
      styles.add(css);
      pageStyles.push(css);
    }
    for (const child of chunk.imports ?? []) visit(child);
  };
  visit(`pages/${module}.tsx`);
  return { scripts, styles: pageStyles };
}

/**
 * The `<link>` tags that start a page's own script, its styles and the API reads it opens with
 * (`src/pages/web-pages.ts`) together with the page, instead of one after another once the app
 * runs. The reads are the very requests the app makes, so the browser hands them over when it
 * asks; on a slow phone network that saves two or three round trips before the page shows.
 *
 * @example
 * pagePreloads("/paths", { signedIn: true, personId: "p1" }, manifest);
 * // '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/v1/session">…'
 */
export function pagePreloads(
  pathname: string,
  viewer: PageViewer,
  manifest: WebManifest | null,
): string {
  const page = matchRoute(webPages, pathname)?.route ?? notFoundPage;
  const reads = [...shellReads(viewer), ...(page.reads?.(viewer) ?? [])];
  const { scripts, styles } = manifest
    ? chunksOf(manifest, page.module)
    : { scripts: [], styles: [] };
  return [
    ...scripts.map(
      (file) => `<link rel="modulepreload" crossorigin href="/${escapeAttribute(file)}">`,
    ),
    ...styles.map((file) => `<link rel="stylesheet" crossorigin href="/${escapeAttribute(file)}">`),
    ...[...new Set(reads)].map(
      (url) =>
        `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeAttribute(url)}">`,
    ),
  ].join("\n    ");
}
