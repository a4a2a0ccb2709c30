import { Command } from "commander";

/** `pathways framework ...`: validate, show, render and diff career frameworks. */
export function frameworkCommand(): Command {
  return new Command("framework").description("Validate, show, render and diff career frameworks.");
}
