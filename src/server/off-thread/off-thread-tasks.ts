import type { GrowthReport } from "../../app/growth-report.ts";
import type { FrameworkSourceText } from "../../app/parse-framework-source.ts";
import type { PromotionCase } from "../../app/promotion-cases/promotion-case-types.ts";
import {
  type PersonAssessments,
  personAggregates,
} from "../../engine/analytics/person-aggregate.ts";
import { parseFramework } from "../../framework/parse-framework.ts";
import type { Framework } from "../../framework/schema.ts";
import {
  type PlanPeopleFileInput,
  planPeopleFile,
} from "../../storage/people-import/plan-people-file.ts";
import {
  type AnalyticsAnswerInput,
  analyticsAnswer,
} from "../routes/analytics/analytics-answer.ts";
import {
  type OrgHeatmapInput,
  orgHeatmapEntries,
} from "../routes/analytics/org-heatmap-entries.ts";
import { orgSpanEntries } from "../routes/analytics/org-span-entries.ts";

/**
 * The CPU-bound, IO-free work the server hands to worker threads: each takes plain data and
 * returns plain data (structured-cloned both ways), so the request thread stays free. PDF and
 * workbook tasks load their libraries on first use, so a worker that only computes analytics
 * never holds them.
 */
export const offThreadTasks = {
  parseFramework: (input: FrameworkSourceText) =>
    parseFramework(input.source, { fileName: input.fileName }),
  importFrameworkFile: async (input: FrameworkSourceText) =>
    (await import("../../app/parse-framework-source.ts")).parseFrameworkText(input),
  planPeopleFile: (input: PlanPeopleFileInput) => planPeopleFile(input),
  renderReportPdf: async (report: GrowthReport) =>
    (await import("../../reports/render-report-pdf.ts")).renderReportPdf(report),
  renderCasePdf: async (item: PromotionCase) =>
    (await import("../../reports/render-case-pdf.ts")).renderCasePdf(item),
  analyticsAnswer: (input: AnalyticsAnswerInput) => analyticsAnswer(input),
  orgHeatmapEntries: (input: OrgHeatmapInput) => orgHeatmapEntries(input),
  orgSpanEntries: (input: OrgHeatmapInput) => orgSpanEntries(input),
  personAggregates: (input: { framework: Framework; people: PersonAssessments[] }) =>
    personAggregates(input.framework, input.people),
};

/** The tasks by name. */
export type OffThreadTasks = typeof offThreadTasks;

/** A task's name. */
export type OffThreadTask = keyof OffThreadTasks;
