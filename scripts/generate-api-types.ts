import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { buildApiDocument } from "./api-document.ts";

/** Where the web app's generated API types live. */
export const apiTypesPath = fileURLToPath(new URL("../src/web/api/schema.d.ts", import.meta.url));

const header = `/**
 * The Pathways API as TypeScript types, generated from the OpenAPI document the server serves at
 * /api/openapi.json. Do not edit: change the route schemas, then run \`npm run generate:api\`.
 */

`;

/** Formats TypeScript the way `biome check` expects it, so the generated file passes the lint. */
function formatWithBiome(source: string, filePath: string): string {
  const biome = fileURLToPath(new URL("../node_modules/.bin/biome", import.meta.url));
  return execFileSync(biome, ["format", `--stdin-file-path=${filePath}`], {
    input: source,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * The text of `src/web/api/schema.d.ts`: openapi-typescript's `paths`, `components` and
 * `operations` for the app's OpenAPI document, formatted by Biome. The same routes always give the
 * same text.
 *
 * @example
 * writeFileSync(apiTypesPath, await generateApiTypes());
 */
export async function generateApiTypes(): Promise<string> {
  const document = await buildApiDocument();
  // The served JSON is an OpenAPI 3.1 document; openapi-typescript types it more narrowly.
  const nodes = await openapiTS(document as unknown as OpenAPI3, {
    alphabetize: true,
    // A defaulted field may be left out of a request; answers list theirs as required (filledSchema).
    defaultNonNullable: false,
    silent: true,
  });
  return formatWithBiome(header + astToString(nodes), apiTypesPath);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(apiTypesPath, await generateApiTypes());
  console.log(`Wrote ${apiTypesPath}.`);
}
