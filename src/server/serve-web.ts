import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { PageViewer } from "../pages/web-pages.ts";
import type { AppEnv } from "./app-env.ts";
import { readSessionCookie } from "./auth/session-cookie.ts";
import { pagePreloads, type WebManifest } from "./page-preloads.ts";
import { commonSecurityHeaders, webContentSecurityPolicy } from "./security-headers.ts";

/** Options of {@link serveWeb}. */
export interface ServeWebOptions {
  /** The built web app (default: dist/web of this checkout). */
  root?: string;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The headers every page and asset of the web app is sent with; the security-header middleware
 * (`security-headers.ts`) adds the rest and keeps this policy.
 */
export const webSecurityHeaders: Record<string, string> = {
  ...commonSecurityHeaders,
  "content-security-policy": webContentSecurityPolicy,
};

const serverPaths = /^\/(api(\/|$)|healthz$|readyz$)/;
const defaultRoot = fileURLToPath(new URL("../../dist/web/", import.meta.url));

/** True when the web app is built in `root`, so its Start page can take the one-time setup link. */
export function isWebBuilt(root: string = defaultRoot): boolean {
  return existsSync(resolve(root, "index.html"));
}

async function readIfFile(path: string): Promise<Buffer | null> {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** The precompressed copies the build writes (scripts/precompress-assets.ts), best first. */
const encodings = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

function accepts(c: Context, encoding: string): boolean {
  const header = c.req.header("accept-encoding") ?? "";
  return header.split(",").some((part) => {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    return name.trim() === encoding && !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
  });
}

/** The file itself, or its precompressed copy when the browser accepts that encoding. */
async function readEncoded(
  c: Context,
  path: string,
): Promise<{ body: Buffer; encoding: string | null } | null> {
  for (const encoding of encodings) {
    if (!accepts(c, encoding.name)) continue;
    const body = await readIfFile(`${path}${encoding.suffix}`);
    if (body) return { body, encoding: encoding.name };
  }
  const body = await readIfFile(path);
  return body ? { body, encoding: null } : null;
}

function send(
  c: Context,
  file: { body: Buffer; encoding: string | null },
  path: string,
  cache: string,
): Response {
  const type = contentTypes[extname(path)] ?? "application/octet-stream";
  return c.body(new Uint8Array(file.body), 200, {
    ...webSecurityHeaders,
    "content-type": type,
    "cache-control": cache,
    // The same URL answers differently by Accept-Encoding: caches must keep them apart.
    vary: "accept-encoding",
    ...(file.encoding ? { "content-encoding": file.encoding } : {}),
  });
}

async function readManifest(root: string): Promise<WebManifest | null> {
  const text = await readIfFile(resolve(root, ".vite", "manifest.json"));
  if (!text) return null;
  try {
    return JSON.parse(text.toString("utf8")) as WebManifest;
  } catch {
    return null;
  }
}

const visitor: PageViewer = { signedIn: false, personId: null };

/** Who opens the page, read through the app's own session route so the same rules apply. */
async function viewerOf(app: OpenAPIHono<AppEnv>, c: Context): Promise<PageViewer> {
  if (!readSessionCookie(c)) return visitor;
  const answer = await app.request("/api/v1/session", {
    headers: { cookie: c.req.header("cookie") ?? "" },
  });
  if (!answer.ok) return visitor;
  const body = (await answer.json()) as { session: { user: { personId: string | null } } | null };
  return body.session ? { signedIn: true, personId: body.session.user.personId ?? null } : visitor;
}

/**
 * Serves the built web app from the same origin as the API: files from `root` (hashed assets
 * cached for a year), and `index.html` for any other GET so the app's own router takes over.
 * `/api`, `/healthz` and `/readyz` are never shadowed.
 *
 * @example
 * createApp({ db, frameworks, extend: serveWeb() });
 */
export function serveWeb(options: ServeWebOptions = {}): (app: OpenAPIHono<AppEnv>) => void {
  const root = resolve(options.root ?? defaultRoot);
  return function mountWeb(app) {
    app.get("*", async (c, next) => {
      const path = c.req.path;
      if (serverPaths.test(path)) return next();
      const decoded = safeDecode(path);
      if (decoded === null) return next();
      const file = resolve(root, `.${decoded}`);
      if (file.startsWith(`${root}${sep}`)) {
        const body = await readEncoded(c, file);
        if (body) {
          const hashed = file.startsWith(`${root}${sep}assets${sep}`);
          return send(c, body, file, hashed ? "public, max-age=31536000, immutable" : "no-cache");
        }
        if (extname(path) !== "") return next();
      }
      const index = await readIfFile(resolve(root, "index.html"));
      if (!index) {
        return c.text("The web app is not built yet: run `npm run build`, then reload.", 404);
      }
      // Read with the page, like index.html, so a rebuild under a running server is picked up.
      const manifest = await readManifest(root);
      const links = pagePreloads(decoded, await viewerOf(app, c), manifest);
      const html = Buffer.from(index.toString("utf8").replace("</head>", `  ${links}\n  </head>`));
      // The page names the reads of whoever is signed in: only their browser may keep it.
      const page = accepts(c, "gzip")
        ? { body: gzipSync(html), encoding: "gzip" }
        : { body: html, encoding: null };
      const sent = send(c, page, "index.html", "private, no-cache");
      sent.headers.set("vary", "accept-encoding, cookie");
      return sent;
    });
  };
}
