import { lazy, Suspense, useDeferredValue, useMemo } from "react";
import type { Framework } from "../api/types.ts";
import { LoadingState } from "../components/loading-state.tsx";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { Link } from "../router/link.tsx";
import { FitBars } from "./fit-bars.tsx";
import { radarData } from "./radar-data.ts";
import { RadarTable } from "./radar-table.tsx";
import { ReportLinks } from "./report-links.tsx";
import { StandingView } from "./standing-view.tsx";
import { TrendSection } from "./trend-section.tsx";
import { VerdictCard } from "./verdict-card.tsx";
import "./profile.css";
import type { Profile, RoleFit, Standing } from "../api/types.ts";

const RadarChart = lazy(() => import("./radar-chart.tsx"));

/** What a profile page shows: the person's profile, fits and standing in their framework. */
interface ProfileParts {
  framework: Framework;
  profile: Profile;
  fits: RoleFit[];
  standing: Standing;
  roleId: string | null;
  personName?: string;
}

/**
 * The profile page's body: the verdict first (where the person stands, readiness for the next
 * step, how certain it is), then the detail: the radar chart with its table, fit for every role,
 * standing per track and competency, and the trend. With `personName`, it speaks about that person
 * rather than "you".
 *
 * @example
 * <ProfileView framework={framework} profile={profile} fits={fits} standing={standing} roleId="pm" />
 */
export function ProfileView(props: ProfileParts) {
  const { framework, profile, fits, standing, roleId, personName } = props;
  const labels = useMemo(() => frameworkLabels(framework), [framework]);
  // The server names the next role, as the team page and the growth report do.
  const next = profile.nextRole?.roleId ?? null;
  // The verdict paints first; the detail below it renders in the background right after, so a
  // slow phone shows where the person stands without waiting for every chart and table.
  const showDetail = useDeferredValue(true, false);
  return (
    <>
      <VerdictCard
        labels={labels}
        profile={profile}
        fits={fits}
        standing={standing}
        roleId={roleId}
        personName={personName}
      />
      <ReportLinks personId={profile.personId} own={personName === undefined} />
      {showDetail ? (
        <ProfileDetail {...props} labels={labels} next={next} />
      ) : (
        // Holds the page's height meanwhile, so nothing below (the footer) moves when it arrives.
        <div className="profile-detail-pending" />
      )}
    </>
  );
}

/** Everything below the verdict: the radar chart, fit for every role, standing and trend. */
function ProfileDetail({
  framework,
  labels,
  profile,
  fits,
  standing,
  roleId,
  next,
  personName,
}: ProfileParts & { labels: ReturnType<typeof frameworkLabels>; next: string | null }) {
  const radar = useMemo(
    () =>
      radarData({
        framework,
        profile,
        currentRoleId: roleId,
        nextRoleId: next,
        ...(personName ? { personName } : {}),
      }),
    [framework, profile, roleId, next, personName],
  );
  const max = Math.max(...framework.scale.map((step) => step.level));
  return (
    <>
      <section aria-labelledby="radar-heading">
        <h2 id="radar-heading">
          {personName ?? "You"}
          {roleId ? ` against ${labels.role(roleId)}` : ""}
          {next ? ` and ${labels.role(next)}` : ""}
        </h2>
        <Suspense
          fallback={
            // As tall as the chart and its legend, so the chart's arrival moves nothing below.
            <div className="radar-placeholder">
              <LoadingState label="Drawing the chart…" />
            </div>
          }
        >
          <RadarChart axes={radar.axes} series={radar.series} max={max} />
        </Suspense>
        <details className="text-alternative">
          <summary>Show the chart as a table</summary>
          <RadarTable axes={radar.axes} series={radar.series} />
        </details>
      </section>
      <section aria-labelledby="fit-heading">
        <h2 id="fit-heading">Fit for every role</h2>
        <p>
          How much of each role's expectations {personName ? `${personName} meets` : "you meet"}{" "}
          today. A low fit is not a verdict: it shows where to grow if that role is wanted.{" "}
          {personName ? null : <Link to="/paths">See your paths</Link>}
        </p>
        <FitBars fits={fits} labels={labels} />
      </section>
      <section aria-labelledby="standing-heading">
        <h2 id="standing-heading">Per track and per competency</h2>
        <StandingView
          framework={framework}
          labels={labels}
          standing={standing}
          profile={profile}
          roleId={roleId}
          personName={personName}
        />
      </section>
      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">Trend over time</h2>
        <p>
          How each level moved over the submitted assessments. Growth takes as long as it takes; a
          dip is a topic for a check-in, not a verdict.
        </p>
        <TrendSection framework={framework} labels={labels} personId={profile.personId} />
      </section>
    </>
  );
}
