/**
 * Each top-level command's one-line summary: `pathways --help` lists them without loading any
 * command, and each command describes itself with the same words.
 */
export const commandSummaries = {
  framework: "Validate, show, render, diff, import and publish career frameworks.",
  people:
    "Import people from an HRIS export, map job titles to framework roles, invite people, change organisation roles, deactivate and reactivate accounts.",
  export: "Export people, submitted ratings or team analytics as CSV.",
  report:
    "Write a person's growth report (profile, fits, paths, growth plan, check-ins and evidence) as Markdown or PDF.",
  plan: "Show a person's current growth plan (target role, focus, goals, actions, check-ins), or a draft for their next role.",
  assess:
    "Rate yourself on each competency in the terminal (up/down to choose, enter to confirm, n for a note, b to go back, q to quit without saving), then review before saving. Piped input takes lines like execution=3, one per competency (--partial to save fewer).",
  backup:
    "Write an organisation's whole state to one archive file (gzip'd JSON lines), also while `pathways serve` runs. Uses DATABASE_URL when set, else the embedded database.",
  restore:
    "Load a backup archive into a database without that organisation, in one transaction, also while `pathways serve` runs. Uses DATABASE_URL when set, else the embedded database.",
  audit: "Show who did what to whom, and when: the organisation's audit log.",
  org: "Show or change the organisation's settings.",
  sso: "Set up single sign-on (OpenID Connect) and SCIM provisioning.",
  analytics: "Maintain the analytics kept for each person.",
  serve: "Run the Pathways server. Uses DATABASE_URL when set, else the embedded database.",
} as const;

/** A top-level `pathways` verb. */
export type CommandVerb = keyof typeof commandSummaries;
