import { Command } from "commander";
import { growthReport, type ReportPlan } from "../../app/growth-report.ts";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { planLines } from "../../reports/plan-lines.ts";
import { roleTitle } from "../../reports/report-names.ts";
import type { StoredPerson } from "../../storage/queries/people.ts";
import { reportCliErrors } from "../cli-error.ts";
import { commandSummaries } from "../command-summaries.ts";
import { localUseCaseDeps } from "../local-use-case-deps.ts";
import { writeJson, writeOut } from "../output.ts";
import { resolvePerson } from "../resolve-person.ts";
import { terminalPlanText } from "../terminal-plan-text.ts";
import { withDatabase, withDatabaseOption } from "../with-database.ts";

/** Options of `pathways plan`, as commander parses them. */
interface PlanOptions {
  person: string;
  org?: string;
  json?: boolean;
  dataDir?: string;
}

/** The plan as stable JSON: fixed keys, no timestamps, goals and check-ins in stored order. */
function planJson(person: StoredPerson, plan: ReportPlan) {
  const who = { id: person.id, name: person.name, email: person.email, roleId: person.roleId };
  if (plan.kind === "none") return { person: who, kind: plan.kind, reason: plan.reason };
  if (plan.kind === "draft") return { person: who, kind: plan.kind, draft: plan.draft };
  const { id, targetRoleId, status, focusCompetencies, actions, checkInEveryDays } = plan.plan;
  return {
    person: who,
    kind: plan.kind,
    plan: {
      id,
      targetRoleId,
      status,
      focusCompetencies,
      actions: actions.map(({ competency, text, done }) => ({ competency, text, done })),
      checkInEveryDays,
      goals: plan.plan.goals.map(({ id, title, competency, measure, dueDate, status }) => ({
        id,
        title,
        competency,
        measure,
        dueDate,
        status,
      })),
      checkIns: plan.plan.checkIns.map(({ id, date, progress, notes, feedback }) => ({
        id,
        date,
        progress,
        notes,
        feedback,
      })),
    },
  };
}

async function plan(options: PlanOptions): Promise<void> {
  await withDatabase(options, async ({ db }) => {
    const resolved = await resolvePerson(db, {
      email: options.person,
      ...(options.org === undefined ? {} : { org: options.org }),
    });
    const { person, framework } = resolved;
    const report = await growthReport(
      localUseCaseDeps(db, resolved),
      localAdminActor(resolved.organisation.id),
      person.id,
    );
    if (options.json) {
      writeJson(planJson(person, report.plan));
      return;
    }
    const heading = report.plan.kind === "current" ? "Growth plan" : "Growth plan draft";
    const title = `${heading} for ${person.name} (${roleTitle(framework, person.roleId)})`;
    writeOut(terminalPlanText(title, planLines(framework, report.plan)));
  });
}

/**
 * `pathways plan --person EMAIL [--json]`: the person's current growth plan, or a draft from
 * their gaps to the next role when they have none.
 *
 * @example pathways plan --person ava@example.com --json
 */
export function planCommand(): Command {
  return withDatabaseOption(
    new Command("plan")
      .description(commandSummaries.plan)
      .requiredOption("--person <email>", "the person's email")
      .option("--org <name>", "organisation name or id, when the database holds several")
      .option("--json", "print stable JSON instead of text"),
  )
    .exitOverride()
    .showHelpAfterError()
    .action((options: PlanOptions) => reportCliErrors(() => plan(options)));
}
