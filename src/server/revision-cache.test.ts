import { describe, expect, it } from "vitest";
import { createRevisionCache } from "./revision-cache.ts";

const counter = () => {
  let calls = 0;
  return {
    compute: async () => ++calls,
    get calls() {
      return calls;
    },
  };
};

describe("createRevisionCache", () => {
  it("computes once per key while the revision stays", async () => {
    const cache = createRevisionCache();
    const load = counter();
    const scope = { orgId: "org-1", revision: 4 };
    expect(await cache.remember(scope, "a", load.compute)).toBe(1);
    expect(await cache.remember(scope, "a", load.compute)).toBe(1);
    expect(await cache.remember(scope, "b", load.compute)).toBe(2);
    expect(load.calls).toBe(2);
  });

  it("computes again once the revision moves on", async () => {
    const cache = createRevisionCache();
    const load = counter();
    await cache.remember({ orgId: "org-1", revision: 4 }, "a", load.compute);
    expect(await cache.remember({ orgId: "org-1", revision: 5 }, "a", load.compute)).toBe(2);
    expect(await cache.remember({ orgId: "org-1", revision: 5 }, "a", load.compute)).toBe(2);
  });

  it("never keeps or serves a value for a revision older than the newest seen", async () => {
    const cache = createRevisionCache();
    const load = counter();
    await cache.remember({ orgId: "org-1", revision: 5 }, "a", load.compute);
    expect(await cache.remember({ orgId: "org-1", revision: 4 }, "a", load.compute)).toBe(2);
    expect(await cache.remember({ orgId: "org-1", revision: 4 }, "a", load.compute)).toBe(3);
    expect(await cache.remember({ orgId: "org-1", revision: 5 }, "a", load.compute)).toBe(1);
  });

  it("keeps nothing when the revision is not known", async () => {
    const cache = createRevisionCache();
    const load = counter();
    await cache.remember({ orgId: "org-1", revision: null }, "a", load.compute);
    await cache.remember({ orgId: "org-1", revision: null }, "a", load.compute);
    expect(load.calls).toBe(2);
    expect(cache.size).toBe(0);
  });

  it("keeps organisations apart", async () => {
    const cache = createRevisionCache();
    const load = counter();
    await cache.remember({ orgId: "org-1", revision: 9 }, "a", load.compute);
    expect(await cache.remember({ orgId: "org-2", revision: 9 }, "a", load.compute)).toBe(2);
    // A newer revision in one organisation leaves the other's values alone.
    await cache.remember({ orgId: "org-2", revision: 10 }, "a", load.compute);
    expect(await cache.remember({ orgId: "org-1", revision: 9 }, "a", load.compute)).toBe(1);
  });

  it("shares one computation between concurrent requests", async () => {
    const cache = createRevisionCache();
    const load = counter();
    const scope = { orgId: "org-1", revision: 1 };
    const both = await Promise.all([
      cache.remember(scope, "a", load.compute),
      cache.remember(scope, "a", load.compute),
    ]);
    expect(both).toEqual([1, 1]);
    expect(load.calls).toBe(1);
  });

  it("does not keep a failed computation", async () => {
    const cache = createRevisionCache();
    const scope = { orgId: "org-1", revision: 1 };
    await expect(
      cache.remember(scope, "a", async () => {
        throw new Error("database went away");
      }),
    ).rejects.toThrow("database went away");
    expect(cache.size).toBe(0);
    expect(await cache.remember(scope, "a", async () => "loaded")).toBe("loaded");
  });

  it("keeps at most maxEntries values, dropping the least recently used", async () => {
    const cache = createRevisionCache({ maxEntries: 2 });
    const load = counter();
    const scope = { orgId: "org-1", revision: 1 };
    await cache.remember(scope, "a", load.compute);
    await cache.remember(scope, "b", load.compute);
    await cache.remember(scope, "a", load.compute);
    await cache.remember(scope, "c", load.compute);
    expect(cache.size).toBe(2);
    expect(await cache.remember(scope, "a", load.compute)).toBe(1);
    expect(await cache.remember(scope, "b", load.compute)).toBe(4);
  });

  it("keeps nothing with maxEntries 0", async () => {
    const cache = createRevisionCache({ maxEntries: 0 });
    const load = counter();
    const scope = { orgId: "org-1", revision: 1 };
    await cache.remember(scope, "a", load.compute);
    await cache.remember(scope, "a", load.compute);
    expect(load.calls).toBe(2);
  });
});
