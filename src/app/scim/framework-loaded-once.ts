import type { FrameworkSource } from "../framework-source.ts";

/**
 * A framework source answering the organisation's framework as read now, so a use case called
 * inside a transaction never reads it on a second connection (PGlite has only one).
 */
export async function frameworkLoadedOnce(
  frameworks: FrameworkSource,
  orgId: string,
): Promise<FrameworkSource> {
  const inUse = await frameworks.current(orgId);
  return {
    current: async () => inUse,
    defaultFramework: frameworks.defaultFramework,
    forget: (id) => frameworks.forget(id),
  };
}
