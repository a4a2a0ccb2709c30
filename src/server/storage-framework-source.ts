import type { Framework } from "../framework/schema.ts";
import type { Database } from "../storage/database.ts";
import { getPublishedFrameworkVersion } from "../storage/queries/framework-versions.ts";
import type { FrameworkInUse, FrameworkSource } from "./framework-source.ts";
import { ProblemError } from "./problem.ts";

/** Options of {@link storageFrameworkSource}. */
export interface StorageFrameworkSourceOptions {
  db: Database;
  defaultFramework: { framework: Framework; source: string };
  /** How long a published version is reused before asking the database again (default 5 s). */
  ttlMs?: number;
  now?: () => number;
}

/**
 * Reads each organisation's published framework from the database, caching it briefly: a
 * framework document is large, and another instance may publish a new one at any time.
 *
 * @example
 * const frameworks = storageFrameworkSource({ db, defaultFramework: { framework, source } });
 */
export function storageFrameworkSource(options: StorageFrameworkSourceOptions): FrameworkSource {
  const ttlMs = options.ttlMs ?? 5000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { inUse: FrameworkInUse; at: number }>();
  const { framework } = options.defaultFramework;
  const fallback: FrameworkInUse = { framework, version: framework.version, versionId: null };

  async function load(orgId: string): Promise<FrameworkInUse> {
    const row = await getPublishedFrameworkVersion(options.db, orgId);
    if (!row) {
      throw new ProblemError({
        kind: "conflict",
        detail:
          "This organisation has no published framework yet; an admin imports and publishes one.",
      });
    }
    return { framework: row.document, version: row.version, versionId: row.id };
  }

  return {
    defaultFramework: options.defaultFramework,
    async current(orgId) {
      if (orgId === null) return fallback;
      const hit = cache.get(orgId);
      if (hit && now() - hit.at < ttlMs) return hit.inUse;
      const inUse = await load(orgId);
      cache.set(orgId, { inUse, at: now() });
      return inUse;
    },
    forget(orgId) {
      cache.delete(orgId);
    },
  };
}
