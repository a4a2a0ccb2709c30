import type { Context } from "hono";
import type { AppEnv } from "./app-env.ts";

/** Where a value was computed: an organisation's data at one revision (null: not known). */
export interface RevisionScope {
  orgId: string;
  revision: number | null;
}

/**
 * Values computed from an organisation's data, kept while its revision stays where it was.
 * Every committed change moves the revision on (database triggers keep it, on whichever server
 * wrote), and each request reads the revision with its session, so a kept value is never older
 * than the data the request could see.
 */
export interface RevisionCache {
  /**
   * The value of `key` at the scope's revision, computed once and shared while the revision
   * stays. A request that read an older revision than the newest one seen, or none, gets a
   * computation of its own that is not kept. Kept values are shared: never change them.
   */
  remember<T>(scope: RevisionScope, key: string, compute: () => Promise<T>): Promise<T>;
  /** How many values are kept now. */
  readonly size: number;
}

interface Entry {
  revision: number;
  value: Promise<unknown>;
}

/** Values kept when no limit is given: a few megabytes of profiles and analytics. */
export const defaultRevisionCacheEntries = 1000;

/**
 * A revision cache in this process's memory, keeping the most recently used `maxEntries`
 * values across organisations.
 *
 * @example
 * const cache = createRevisionCache();
 * const sources = await cache.remember({ orgId, revision }, `profile ${id}`, () => load(id));
 */
export function createRevisionCache(options: { maxEntries?: number } = {}): RevisionCache {
  const maxEntries = options.maxEntries ?? defaultRevisionCacheEntries;
  const newest = new Map<string, number>();
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, Entry>();

  function keep(id: string, entry: Entry): void {
    entries.delete(id);
    entries.set(id, entry);
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
  }

  return {
    remember<T>(scope: RevisionScope, key: string, compute: () => Promise<T>): Promise<T> {
      const { orgId, revision } = scope;
      const seen = newest.get(orgId);
      if (revision === null || (seen !== undefined && revision < seen)) return compute();
      if (seen === undefined || revision > seen) newest.set(orgId, revision);
      const id = `${orgId} ${key}`;
      const hit = entries.get(id);
      if (hit?.revision === revision) {
        keep(id, hit);
        return hit.value as Promise<T>;
      }
      const entry: Entry = { revision, value: compute() };
      if (maxEntries > 0) keep(id, entry);
      // A failed computation is not kept; the caller still sees its error.
      entry.value.catch(() => {
        if (entries.get(id) === entry) entries.delete(id);
      });
      return entry.value as Promise<T>;
    },
    get size() {
      return entries.size;
    },
  };
}

/**
 * The scope of a signed-in request: its organisation at the revision its session lookup read.
 *
 * @example
 * const profile = await cache.remember(requestScope(actor, c), `profile ${id}`, load);
 */
export function requestScope(actor: { orgId: string }, c: Context<AppEnv>): RevisionScope {
  return { orgId: actor.orgId, revision: c.get("orgRevision") };
}
