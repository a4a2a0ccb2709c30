import { writeFile } from "node:fs/promises";
import { Command } from "commander";
import type { Rating } from "../../engine/types.ts";
import type { Framework } from "../../framework/schema.ts";
import { CliError, reportCliErrors } from "../cli-error.ts";
import { commandSummaries } from "../command-summaries.ts";
import { loadFrameworkForCommand } from "../load-framework.ts";
import { writeError, writeOut } from "../output.ts";
import { resolvePerson } from "../resolve-person.ts";
import { withDatabase, withDatabaseOption } from "../with-database.ts";
import { readRatingLines } from "./assess-lines.ts";
import { saveSelfAssessment } from "./assess-save.ts";
import { runAssessSession, type TerminalInput } from "./assess-session.ts";
import { assessCompetencies } from "./assess-state.ts";

/** Options of `pathways assess`, as commander parses them. */
interface AssessOptions {
  person?: string;
  out?: string;
  framework?: string;
  org?: string;
  dataDir?: string;
}

async function readAll(input: TerminalInput): Promise<string> {
  let text = "";
  input.setEncoding("utf8");
  for await (const chunk of input) text += String(chunk);
  return text;
}

/** Collects ratings at a terminal, or from piped lines; null when the person leaves. */
async function collectRatings(framework: Framework): Promise<Rating[] | null> {
  const input: TerminalInput = process.stdin;
  const competencies = assessCompetencies(framework);
  if (!input.isTTY) {
    const read = readRatingLines(await readAll(input), framework);
    if (!read.ok) throw new CliError(`Nothing was saved.\n${read.problems.join("\n")}`);
    return read.ratings;
  }
  const state = await runAssessSession({ input, output: process.stdout, competencies });
  return state.phase === "done" ? state.ratings : null;
}

async function assessToFile(options: AssessOptions & { out: string }): Promise<void> {
  const framework = await loadFrameworkForCommand(options.framework);
  if (!framework) return;
  const ratings = await collectRatings(framework);
  if (!ratings) return writeError("Left without saving; nothing was written.");
  const document = {
    kind: "self-assessment",
    framework: { id: framework.id, version: framework.version },
    submittedAt: new Date().toISOString(),
    ratings,
  };
  await writeFile(options.out, `${JSON.stringify(document, null, 2)}\n`);
  writeOut(`Saved a self-assessment of ${ratings.length} competencies to ${options.out}.`);
}

async function assessToDatabase(options: AssessOptions & { person: string }): Promise<void> {
  const where = { email: options.person, ...(options.org ? { org: options.org } : {}) };
  // Resolve first and reopen to save, so the database is not held while the person thinks.
  const found = await withDatabase(options, ({ db }) => resolvePerson(db, where));
  const ratings = await collectRatings(found.framework);
  if (!ratings) return writeError("Left without saving; nothing was written.");
  await withDatabase(options, ({ db }) =>
    saveSelfAssessment(db, {
      orgId: found.organisation.id,
      personId: found.person.id,
      frameworkVersionId: found.frameworkVersionId,
      ratings,
    }),
  );
  writeOut(
    `Saved a submitted self-assessment of ${ratings.length} competencies for ${found.person.name}.`,
  );
}

async function assess(options: AssessOptions): Promise<void> {
  if (options.person !== undefined && options.out !== undefined) {
    throw new CliError("Choose one place to save: --person EMAIL (the database) or --out FILE.");
  }
  if (options.out !== undefined) return assessToFile({ ...options, out: options.out });
  if (options.person === undefined) {
    throw new CliError(
      "Say where to save: --person EMAIL saves to the database, --out FILE to a JSON file.",
    );
  }
  if (options.framework !== undefined) {
    throw new CliError(
      "--framework is for --out: an assessment saved for a person uses their organisation's published framework.",
    );
  }
  return assessToDatabase({ ...options, person: options.person });
}

/**
 * `pathways assess [--person EMAIL | --out FILE]`: a quick self-assessment in the terminal,
 * saved as a submitted self-assessment or to a JSON file.
 *
 * @example pathways assess --out me.json
 */
export function assessCommand(): Command {
  return withDatabaseOption(
    new Command("assess")
      .description(commandSummaries.assess)
      .option("--person <email>", "save as this person's submitted self-assessment")
      .option("--out <file>", "save to a JSON file instead (no database needed)")
      .option("--framework <file>", "framework for --out (default: the bundled one)")
      .option("--org <name>", "organisation name or id, when the database holds several"),
  )
    .addHelpText(
      "after",
      "\nExit codes: 0 saved; 1 nothing saved (left with q, bad input or an unknown person).",
    )
    .exitOverride()
    .showHelpAfterError()
    .action((options: AssessOptions) => reportCliErrors(() => assess(options)));
}
