import type { Visibility } from "../api/types.ts";

/** Each visibility with its name and who can read an entry that has it. */
export const visibilityChoices: readonly { value: Visibility; label: string; who: string }[] = [
  { value: "private", label: "Only me", who: "Nobody but you can read it." },
  {
    value: "manager",
    label: "Me and my managers",
    who: "Your manager, and their managers up the line, can read it and use it in assessments.",
  },
  {
    value: "org",
    label: "Everyone in the organisation",
    who: "Anyone signed in to your organisation can read it, for example peers giving feedback.",
  },
];

/** The short name of a visibility, as the log shows it. */
export function visibilityLabel(visibility: Visibility): string {
  return visibilityChoices.find((choice) => choice.value === visibility)?.label ?? visibility;
}
