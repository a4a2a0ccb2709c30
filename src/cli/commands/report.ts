import { writeFile } from "node:fs/promises";
import { Command, Option } from "commander";
import { growthReport } from "../../app/growth-report.ts";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { renderReportMarkdown } from "../../reports/render-report-markdown.ts";
import { renderReportPdf } from "../../reports/render-report-pdf.ts";
import { CliError, reportCliErrors } from "../cli-error.ts";
import { commandSummaries } from "../command-summaries.ts";
import { localUseCaseDeps } from "../local-use-case-deps.ts";
import { writeOut } from "../output.ts";
import { resolvePerson } from "../resolve-person.ts";
import { withDatabase, withDatabaseOption } from "../with-database.ts";

/** Options of `pathways report`, as commander parses them. */
interface ReportOptions {
  person: string;
  format: "md" | "pdf";
  out?: string;
  org?: string;
  includePrivate?: boolean;
  dataDir?: string;
}

async function report(options: ReportOptions): Promise<void> {
  if (options.format === "pdf" && options.out === undefined && process.stdout.isTTY) {
    throw new CliError("A PDF would garble the terminal: add --out FILE, e.g. --out report.pdf.");
  }
  const content = await withDatabase(options, async ({ db }) => {
    const resolved = await resolvePerson(db, {
      email: options.person,
      ...(options.org === undefined ? {} : { org: options.org }),
    });
    // The person's own copy has every entry (and is on the audit record); otherwise what their
    // managers may see.
    const actor = localAdminActor(resolved.organisation.id);
    const report = await growthReport(localUseCaseDeps(db, resolved), actor, resolved.person.id, {
      includePrivate: options.includePrivate === true,
    });
    return options.format === "pdf" ? renderReportPdf(report) : renderReportMarkdown(report);
  });
  if (options.out === undefined) {
    if (typeof content === "string") writeOut(content);
    else process.stdout.write(content);
    return;
  }
  await writeFile(options.out, content);
  writeOut(`wrote the growth report for ${options.person} to ${options.out}`);
}

/**
 * `pathways report --person EMAIL --format pdf|md [--out FILE]`: a person's growth report, fit
 * to attach to a promotion discussion.
 *
 * @example pathways report --person ava@example.com --format pdf --out ava.pdf
 */
export function reportCommand(): Command {
  return withDatabaseOption(
    new Command("report")
      .description(commandSummaries.report)
      .requiredOption("--person <email>", "the person's email")
      .addOption(
        new Option("--format <format>", "md (Markdown) or pdf")
          .choices(["md", "pdf"])
          .default("md"),
      )
      .option("--out <file>", "write to this file instead of standard output")
      .option("--org <name>", "organisation name or id, when the database holds several")
      .option("--include-private", "also include private evidence: only for the person's own copy"),
  )
    .exitOverride()
    .showHelpAfterError()
    .action((options: ReportOptions) => reportCliErrors(() => report(options)));
}
