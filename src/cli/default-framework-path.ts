import { relative } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The bundled default framework, shown relative to the working directory so messages stay short
 * but the command works from any folder.
 */
export function defaultFrameworkPath(): string {
  const absolute = fileURLToPath(
    new URL("../../frameworks/product-management.yaml", import.meta.url),
  );
  const shown = relative(process.cwd(), absolute);
  return shown.startsWith("..") ? absolute : shown;
}
