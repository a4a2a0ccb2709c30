const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A calendar day (YYYY-MM-DD) as people read it: "15 June 2026". */
export function homeDate(day: string): string {
  return longDate.format(new Date(`${day}T00:00:00Z`));
}
