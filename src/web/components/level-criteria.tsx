import { Fragment } from "react";

/**
 * A level descriptor as the framework wrote it: one sentence, or its observable criteria one to
 * a line, each marked with a bullet. Phrasing content only, so it fits inside labels and cells.
 */
export function LevelCriteria({ criteria }: { criteria: readonly string[] }) {
  if (criteria.length <= 1) return <>{criteria[0] ?? ""}</>;
  return (
    <>
      {criteria.map((criterion, index) => (
        <Fragment key={criterion}>
          {index > 0 ? <br /> : null}
          {`• ${criterion}`}
        </Fragment>
      ))}
    </>
  );
}
