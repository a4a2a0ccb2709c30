import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressDirectory } from "../../scripts/precompress-assets.ts";
import { seedCast } from "../../test/server/seed-cast.ts";
import { createTestApp, type TestApp } from "../../test/server/test-app.ts";
import { serveWeb } from "./serve-web.ts";

const builtPage =
  '<!doctype html><html><head><title>app</title><script type="module" src="/assets/index-1.js"></script></head><body></body></html>';

/** A Vite manifest as the build writes it: the entry, a shared chunk and two pages. */
const manifest = {
  "index.html": {
    file: "assets/index-1.js",
    imports: ["_shared-1.js"],
    css: ["assets/index-1.css"],
  },
  "_shared-1.js": { file: "assets/shared-1.js", css: ["assets/shared-1.css"] },
  "_chart-1.js": { file: "assets/chart-1.js" },
  "pages/paths-page.tsx": {
    file: "assets/paths-page-1.js",
    imports: ["_shared-1.js", "_chart-1.js"],
    css: ["assets/paths-page-1.css"],
  },
  "pages/career-map-page.tsx": { file: "assets/career-map-page-1.js", imports: ["_shared-1.js"] },
};

function linksOf(html: string): string[] {
  return [...html.matchAll(/<link [^>]*>/g)].map((match) => match[0]);
}

describe("serveWeb", () => {
  let root: string;
  let test: TestApp;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "pathways-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(root, "assets", "index-abc123.js"), "console.log(1)");
    writeFileSync(join(root, "robots.txt"), "User-agent: *");
    const script = "console.log('a bundle');\n".repeat(100);
    writeFileSync(join(root, "assets", "entry-def456.js"), script);
    precompressDirectory(root);
    test = await createTestApp({ extend: serveWeb({ root }) });
  });

  afterAll(async () => {
    await test.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("answers an app path with index.html and the security headers", async () => {
    const res = await test.app.request("/roles/senior-pm");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>app</title>");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    // The page names the signed-in person's reads, so only their browser keeps it.
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    expect(res.headers.get("vary")).toBe("accept-encoding, cookie");
  });

  it("caches hashed assets for a year with their content type", async () => {
    const res = await test.app.request("/assets/index-abc123.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/javascript");
    expect(res.headers.get("cache-control")).toContain("immutable");
  });

  it("sends the precompressed copy the browser accepts, brotli first, and says it varies", async () => {
    const path = "/assets/entry-def456.js";
    const brotli = await test.app.request(path, { headers: { "accept-encoding": "gzip, br" } });
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(brotli.headers.get("vary")).toBe("accept-encoding");
    expect(brotli.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const body = Buffer.from(await brotli.arrayBuffer());
    expect(brotliDecompressSync(body).toString()).toContain("a bundle");
    expect(body.length).toBeLessThan(200);
    const gzip = await test.app.request(path, { headers: { "accept-encoding": "gzip, br;q=0" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toContain("a bundle");
    const plain = await test.app.request(path);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("accept-encoding");
    expect(await plain.text()).toContain("a bundle");
  });

  it("serves other files at the root without the long cache", async () => {
    const res = await test.app.request("/robots.txt");
    expect(await res.text()).toBe("User-agent: *");
    expect(res.headers.get("cache-control")).toBe("no-cache");
  });

  it("never shadows the API or the health checks", async () => {
    const api = await test.app.request("/api/v1/nothing-here");
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
    expect((await test.app.request("/healthz")).status).toBe(200);
    expect(await (await test.app.request("/api/v1/setup")).json()).toEqual({ open: false });
  });

  it("answers a missing file with a not-found problem instead of the page", async () => {
    const res = await test.app.request("/assets/missing-123.js");
    expect(res.status).toBe(404);
  });

  it("does not serve files outside its folder", async () => {
    const res = await test.app.request("/..%2f..%2fetc%2fpasswd");
    expect(await res.text()).not.toContain("root:");
  });

  describe("with a built page and its manifest", () => {
    let built: string;
    let app: TestApp;

    beforeAll(async () => {
      built = mkdtempSync(join(tmpdir(), "pathways-web-built-"));
      mkdirSync(join(built, ".vite"));
      writeFileSync(join(built, "index.html"), builtPage);
      writeFileSync(join(built, ".vite", "manifest.json"), JSON.stringify(manifest));
      app = await createTestApp({ extend: serveWeb({ root: built }) });
    });

    afterAll(async () => {
      await app.close();
      rmSync(built, { recursive: true, force: true });
    });

    it("starts a visitor's page script, styles and reads with the page", async () => {
      const res = await app.app.request("/paths", { headers: { "accept-encoding": "gzip" } });
      expect(res.headers.get("content-encoding")).toBe("gzip");
      const html = gunzipSync(Buffer.from(await res.arrayBuffer())).toString();
      expect(linksOf(html)).toEqual([
        '<link rel="modulepreload" crossorigin href="/assets/paths-page-1.js">',
        '<link rel="modulepreload" crossorigin href="/assets/chart-1.js">',
        '<link rel="stylesheet" crossorigin href="/assets/paths-page-1.css">',
        '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/v1/session">',
      ]);
      expect(html).toMatch(/<\/head><body><\/body><\/html>$/);
    });

    it("names the signed-in person's own reads, and nobody else's", async () => {
      const cast = await seedCast(app.db);
      const html = await (
        await app.app.request("/paths", {
          headers: { cookie: cast.members.self.headers.cookie ?? "" },
        })
      ).text();
      const me = cast.members.self.personId;
      expect(linksOf(html).filter((link) => link.includes('as="fetch"'))).toEqual(
        [
          "/api/v1/session",
          "/api/v1/feedback-requests?limit=100",
          `/api/v1/people?reportsTo=${me}&amp;depth=direct&amp;limit=1`,
          "/api/v1/frameworks/current",
          `/api/v1/people/${me}`,
          `/api/v1/people/${me}/paths`,
        ].map((url) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${url}">`),
      );
      expect(html).not.toContain(cast.members.peer.personId);
    });

    it("treats a cookie that names no live session as a visitor", async () => {
      const html = await (
        await app.app.request("/map", { headers: { cookie: "pathways_session=not-a-session" } })
      ).text();
      expect(linksOf(html).filter((link) => link.includes('as="fetch"'))).toEqual([
        '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/v1/session">',
        '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/v1/frameworks/current">',
      ]);
    });
  });

  it("says how to build the app when it is not built", async () => {
    const bare = await createTestApp({ extend: serveWeb({ root: join(root, "missing") }) });
    try {
      const res = await bare.app.request("/");
      expect(res.status).toBe(404);
      expect(await res.text()).toContain("npm run build");
    } finally {
      await bare.close();
    }
  });
});
