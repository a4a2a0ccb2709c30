/**
 * What goes with a competency removed from the draft, in plain words: the roles that expect it,
 * what each level looks like, and whether ratings of it stop counting at publish.
 */
export function CompetencyRemovalWords({
  roles,
  rated,
}: {
  /** Titles of the roles that expect it. */
  roles: readonly string[];
  /** Whether the published framework has it, so people may have ratings of it. */
  rated: boolean;
}) {
  return (
    <ul>
      <li>
        {roles.length === 0
          ? "No role expects it."
          : `${roles.length === 1 ? "1 role expects" : `${roles.length} roles expect`} it (${roles.join(", ")}); each role's expectation of it, any mandatory mark and the skills to develop that grow it go with it.`}
      </li>
      <li>What each level looks like and its growth actions go with it.</li>
      <li>
        {rated
          ? "Once this draft is published, ratings of it no longer count; the review before publishing shows how many there are."
          : "Nobody has been rated on it: it is new in this draft."}
      </li>
    </ul>
  );
}
