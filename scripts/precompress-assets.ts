import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

const compressible = /\.(js|css|html|svg|json|txt|map)$/;
const minimumBytes = 1024;

/**
 * Writes `file.br` and `file.gz` beside every compressible file of at least 1 KB under `dir`,
 * at the strongest settings (they are made once, at build time), for the server to send as is.
 *
 * @example precompressDirectory("dist/web");
 */
export function precompressDirectory(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      precompressDirectory(path);
      continue;
    }
    if (!compressible.test(entry.name) || statSync(path).size < minimumBytes) continue;
    const body = readFileSync(path);
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  }
}

/** A Vite plugin that precompresses the build output once it is written. */
export function precompressAssets(): Plugin {
  let outDir = "";
  return {
    name: "pathways-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDirectory(outDir);
    },
  };
}
