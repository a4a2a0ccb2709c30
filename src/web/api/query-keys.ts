/**
 * Every TanStack Query key of the app in one place, built so that a shorter key is the prefix of
 * the longer ones it should refresh: invalidating `queryKeys.insights(id)` refreshes that person's
 * profile, role fits, standing, paths and trend.
 *
 * @example
 * useQuery({ queryKey: queryKeys.person(personId), queryFn });
 * client.invalidateQueries({ queryKey: queryKeys.analytics });
 */
export const queryKeys = {
  me: ["session", "me"] as const,
  setupStatus: ["setup"] as const,
  ssoStatus: ["sso"] as const,

  currentFramework: ["frameworks", "current"] as const,
  frameworkVersions: ["frameworks", "versions"] as const,
  frameworkDiff: (versionId: string, againstId: string | null) =>
    ["frameworks", "diff", versionId, againstId] as const,
  publishPreview: (versionId: string, roleMapping: Record<string, string>) =>
    ["frameworks", "publish-preview", versionId, roleMapping] as const,
  frameworkDraft: (versionId: string) => ["frameworks", "draft", versionId] as const,
  roleCompare: (from: string | null, to: string | null) => ["roles", "compare", from, to] as const,

  // Accounts: a person's account, my tokens, the audit log.
  account: (personId: string) => ["people", personId, "account"] as const,
  myTokens: ["me", "tokens"] as const,
  home: ["me", "home"] as const,
  colleagues: (search: string) => ["colleagues", search] as const,
  auditLog: (filters: Record<string, string>) => ["audit", filters] as const,

  // Promotion cases: the list one may see and each case, filled when read.
  promotionCases: ["promotion-cases"] as const,
  promotionCase: (caseId: string) => ["promotion-cases", caseId] as const,
  // Check-in cycles: the list, and each cycle's completion per filter.
  cycles: ["cycles"] as const,
  cycleCompletion: (cycleId: string, filters: Record<string, string>) =>
    ["cycles", cycleId, "completion", filters] as const,
  calibration: (cycleId: string) => ["cycles", cycleId, "calibration"] as const,
  alignment: (cycleId: string, personId: string) =>
    ["cycles", cycleId, "alignment", personId] as const,

  people: ["people"] as const,
  peopleList: ["people", "list"] as const,
  directReports: (managerId: string) => ["people", "reports", managerId] as const,
  hasReports: (managerId: string) => ["people", "reports", managerId, "any"] as const,
  person: (personId: string) => ["people", personId] as const,
  evidence: (personId: string) => ["people", personId, "evidence"] as const,
  personPlans: (personId: string) => ["people", personId, "plans"] as const,
  planDraft: (personId: string, targetRoleId: string) =>
    ["people", personId, "plan-draft", targetRoleId] as const,

  plans: ["plans"] as const,
  plan: (planId: string | null) => ["plans", planId] as const,

  insights: (personId: string) => ["insights", personId] as const,
  insight: (personId: string, name: "profile" | "role-fits" | "standing" | "paths" | "trend") =>
    ["insights", personId, name] as const,

  selfDraft: (personId: string) => ["assessments", personId, "self-draft"] as const,
  assessmentHistory: (personId: string) => ["assessments", personId, "history"] as const,
  managerDraft: (personId: string, managerId: string) =>
    ["assessments", personId, "manager-draft", managerId] as const,

  feedbackInbox: ["feedback-requests", "inbox"] as const,
  feedbackInboxOf: (personId: string) => ["feedback-requests", "inbox", personId] as const,

  analytics: ["analytics"] as const,
  orgAnalytics: ["analytics", "org"] as const,
  orgSummary: ["analytics", "org", "summary"] as const,
  orgSpans: ["analytics", "org", "span-of-control"] as const,
  teamAnalytics: (managerId: string) => ["analytics", "team", managerId] as const,

  titleMappings: ["imports", "title-mappings"] as const,
  importJob: (id: string) => ["imports", "jobs", id] as const,

  // Invitations and the People page.
  invitationLink: (token: string) => ["invitation-links", token] as const,
  peopleDirectory: (filter: Record<string, string | undefined>) =>
    ["people", "directory", filter] as const,
  directoryPerson: (personId: string) => ["people", "directory-person", personId] as const,
  outbox: ["outbox"] as const,
  outboxPage: (status: string | null, cursor: string | null) => ["outbox", status, cursor] as const,
  mailPreferences: ["me", "mail-preferences"] as const,
};
