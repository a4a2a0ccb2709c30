/**
 * The database schema, one set of tables for PGlite and PostgreSQL; drizzle-kit generates the
 * migrations in `drizzle/` from it.
 */
export * from "./tables/analytics-aggregates.ts";
export * from "./tables/api-tokens.ts";
export * from "./tables/assessments.ts";
export * from "./tables/audit-log.ts";
export * from "./tables/cycles.ts";
export * from "./tables/evidence.ts";
export * from "./tables/feedback-requests.ts";
export * from "./tables/framework-versions.ts";
export * from "./tables/growth-plans.ts";
export * from "./tables/import-jobs.ts";
export * from "./tables/invitations.ts";
export * from "./tables/login-throttles.ts";
export * from "./tables/organisations.ts";
export * from "./tables/outbox.ts";
export * from "./tables/password-resets.ts";
export * from "./tables/people.ts";
export * from "./tables/promotion-cases.ts";
export * from "./tables/sso.ts";
export * from "./tables/title-mappings.ts";
export * from "./tables/users.ts";
