import type { FrameworkInUse, FrameworkSource } from "../app/framework-source.ts";
import { loadPublishedFramework } from "../app/load-published-framework.ts";
import { singleVersionLineage } from "../engine/profile/framework-lineage.ts";
import type { Framework } from "../framework/schema.ts";
import type { Database } from "../storage/database.ts";
import { listFrameworkVersions } from "../storage/queries/framework-versions.ts";
import { ProblemError } from "./problem.ts";

/** Options of {@link storageFrameworkSource}. */
export interface StorageFrameworkSourceOptions {
  db: Database;
  defaultFramework: { framework: Framework; source: string };
  /** How long a published version is reused before asking the database again (default 5 s). */
  ttlMs?: number;
  now?: () => number;
}

interface Cached {
  inUse: FrameworkInUse;
  at: number;
}

/**
 * Reads each organisation's published framework from the database and keeps it in memory.
 * Another instance may publish at any time, so after `ttlMs` it asks which version is published
 * (a small query) and reloads the large document only when that changed; publishing here
 * forgets it at once. Concurrent requests share one load.
 *
 * @example
 * const frameworks = storageFrameworkSource({ db, defaultFramework: { framework, source } });
 */
export function storageFrameworkSource(options: StorageFrameworkSourceOptions): FrameworkSource {
  const ttlMs = options.ttlMs ?? 5000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, Cached>();
  const loading = new Map<string, Promise<FrameworkInUse>>();
  const { framework } = options.defaultFramework;
  const fallback: FrameworkInUse = {
    framework,
    version: framework.version,
    versionId: null,
    lineage: singleVersionLineage(framework),
  };

  async function load(orgId: string): Promise<FrameworkInUse> {
    const inUse = await loadPublishedFramework(options.db, orgId);
    if (!inUse) {
      throw new ProblemError({
        kind: "conflict",
        detail:
          "This organisation has no published framework yet; an admin imports and publishes one.",
      });
    }
    return inUse;
  }

  async function refresh(orgId: string, stale: Cached | undefined): Promise<FrameworkInUse> {
    if (stale) {
      const versions = await listFrameworkVersions(options.db, orgId);
      const published = versions.find((version) => version.status === "published");
      // Keeping the same document object keeps the engine's per-framework indexes warm.
      if (published?.id === stale.inUse.versionId) return stale.inUse;
    }
    return load(orgId);
  }

  return {
    defaultFramework: options.defaultFramework,
    async current(orgId) {
      if (orgId === null) return fallback;
      const hit = cache.get(orgId);
      if (hit && now() - hit.at < ttlMs) return hit.inUse;
      const pending = loading.get(orgId);
      if (pending) return pending;
      const next = refresh(orgId, hit)
        .then((inUse) => {
          if (loading.get(orgId) === next) cache.set(orgId, { inUse, at: now() });
          return inUse;
        })
        .finally(() => {
          if (loading.get(orgId) === next) loading.delete(orgId);
        });
      loading.set(orgId, next);
      return next;
    },
    forget(orgId) {
      cache.delete(orgId);
      loading.delete(orgId);
    },
  };
}
