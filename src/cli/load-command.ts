import type { Command } from "commander";
import type { CommandVerb } from "./command-summaries.ts";

/**
 * Loads one top-level command's module and builds it: only the verb that runs pays for what it
 * imports (the PDF renderer, the embedded database, the PostgreSQL driver).
 */
export const loadCommand: Record<CommandVerb, () => Promise<Command>> = {
  framework: async () => (await import("./commands/framework.ts")).frameworkCommand(),
  people: async () => (await import("./commands/people.ts")).peopleCommand(),
  export: async () => (await import("./commands/export.ts")).exportCommand(),
  report: async () => (await import("./commands/report.ts")).reportCommand(),
  plan: async () => (await import("./commands/plan.ts")).planCommand(),
  assess: async () => (await import("./commands/assess.ts")).assessCommand(),
  backup: async () => (await import("./commands/backup.ts")).backupCommand(),
  restore: async () => (await import("./commands/restore.ts")).restoreCommand(),
  audit: async () => (await import("./commands/audit.ts")).auditCommand(),
  org: async () => (await import("./commands/org.ts")).orgCommand(),
  sso: async () => (await import("./commands/sso.ts")).ssoCommand(),
  analytics: async () => (await import("./commands/analytics.ts")).analyticsCommand(),
  serve: async () => (await import("./commands/serve.ts")).serveCommand(),
};
