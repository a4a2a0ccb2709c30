import type { Profile, RoleFit, Standing } from "../api/types.ts";
import { ReadinessTag } from "../components/readiness-tag.tsx";
import type { FrameworkLabels } from "../lib/framework-labels.ts";

/**
 * The verdict, before any detail: where the person stands, their readiness for the role they are
 * working towards, and how certain the picture is. With `personName`, it speaks about them.
 *
 * @example
 * <VerdictCard labels={labels} profile={profile} fits={fits} standing={standing} roleId="pm" />
 */
export function VerdictCard({
  labels,
  profile,
  fits,
  standing,
  roleId,
  personName,
}: {
  labels: FrameworkLabels;
  profile: Profile;
  fits: RoleFit[];
  standing: Standing;
  roleId: string | null;
  personName?: string | undefined;
}) {
  const next = profile.nextRole;
  const fit = next ? fits.find((entry) => entry.roleId === next.roleId) : undefined;
  const who = personName ?? "You";
  return (
    <section aria-labelledby="verdict-heading" className="card profile-verdict">
      <h2 id="verdict-heading">
        Where {personName ?? "you"} stand{personName ? "s" : ""}
      </h2>
      <p className="verdict-line">
        {roleId ? (
          <>
            {who} {personName ? "is" : "are"} a <strong>{labels.role(roleId)}</strong>.
          </>
        ) : null}{" "}
        {next && fit ? (
          <>
            Next step: <strong>{labels.role(next.roleId)}</strong>{" "}
            <ReadinessTag readiness={fit.readiness} lowConfidence={fit.lowConfidence} />
          </>
        ) : null}
      </p>
      {fit ? <p>{fit.reason}</p> : null}
      {next ? <p className="meta">{next.reason}</p> : null}
      <p>{standing.summary}</p>
      <h3>How certain this picture is</h3>
      {profile.selfOnly ? (
        <p className="notice">
          This picture comes only from {personName ? `${personName}'s` : "your"} own ratings. A
          manager's or a peer's view will make it more certain.
        </p>
      ) : null}
      <p>{profile.reason}</p>
      {profile.history ? <p>{profile.history}</p> : null}
    </section>
  );
}
