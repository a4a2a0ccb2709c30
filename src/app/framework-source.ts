import type { FrameworkLineage } from "../engine/profile/framework-lineage.ts";
import type { Framework } from "../framework/schema.ts";

/** A framework the app answers with, and the stored version it is pinned to. */
export interface FrameworkInUse {
  framework: Framework;
  version: string;
  /** The stored framework version's id; null for the server's default outside any organisation. */
  versionId: string | null;
  /** The versions whose assessments count, newest (this one) first: see carryAssessments. */
  lineage: FrameworkLineage;
}

/** Where requests get their framework: an organisation's published version, or the default. */
export interface FrameworkSource {
  /** The published framework of an organisation; with null, the default framework of this server. */
  current(orgId: string | null): Promise<FrameworkInUse>;
  /** The server's default framework and its source text, published for new organisations. */
  readonly defaultFramework: { framework: Framework; source: string };
  /** Drops what is cached for an organisation, e.g. after it publishes a version. */
  forget(orgId: string): void;
}
