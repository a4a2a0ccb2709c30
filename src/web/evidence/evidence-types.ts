/** Who can see an evidence entry. */
export type Visibility = "private" | "manager" | "org";

/** One entry of a person's evidence log. */
export interface EvidenceEntry {
  id: string;
  personId: string;
  date: string;
  title: string;
  outcome: string | null;
  competencies: string[];
  visibility: Visibility;
}

/** A new evidence entry as the form sends it. */
export interface EvidenceInput {
  date: string;
  title: string;
  outcome?: string;
  competencies: string[];
  visibility: Visibility;
}
