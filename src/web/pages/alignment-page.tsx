import { AlignmentItemCard } from "../alignment/alignment-item-card.tsx";
import { AlignmentOutcomeForm } from "../alignment/alignment-outcome-form.tsx";
import type { CycleAlignment, Framework } from "../api/types.ts";
import { QueryView } from "../components/query-view.tsx";
import { useAlignment } from "../hooks/use-alignment.ts";
import { useFramework } from "../hooks/use-framework.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import type { PageProps } from "../router/routes.ts";
import "../alignment/alignment.css";

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

function Conversation({
  alignment,
  framework,
}: {
  alignment: CycleAlignment;
  framework: Framework;
}) {
  const labels = frameworkLabels(framework);
  const names =
    alignment.reader === "person"
      ? {
          self: "Your view",
          manager: `${firstName(alignment.managerName ?? "Your manager")}'s view`,
        }
      : { self: `${firstName(alignment.person.name)}'s view`, manager: "Manager's view" };
  const outcome = alignment.outcome;
  return (
    <>
      <p className="lead">{alignment.summary}</p>
      {outcome ? (
        <section aria-labelledby="agreed-heading">
          <h2 id="agreed-heading">What was agreed</h2>
          <p>{outcome.note}</p>
          <p className="meta">
            Recorded by {outcome.recordedBy ?? "someone no longer in Pathways"} on{" "}
            {new Date(outcome.recordedAt).toLocaleDateString("en-GB", { dateStyle: "long" })}.
          </p>
        </section>
      ) : null}
      <h2>Per competency</h2>
      <ul className="alignment-list">
        {alignment.conversation.items.map((item) => (
          <AlignmentItemCard key={item.competency} item={item} labels={labels} names={names} />
        ))}
      </ul>
      {alignment.ready ? (
        <AlignmentOutcomeForm alignment={alignment} framework={framework} labels={labels} />
      ) : null}
    </>
  );
}

/** The alignment conversation of a person in a cycle, for the person and their managers. */
export default function AlignmentPage({ params }: PageProps) {
  const cycleId = params.id ?? "";
  const personId = params.personId ?? "";
  const alignment = useAlignment(cycleId, personId);
  const framework = useFramework();
  const title = alignment.data
    ? alignment.data.reader === "person"
      ? `Your alignment conversation, ${alignment.data.cycle.name}`
      : `Alignment with ${alignment.data.person.name}, ${alignment.data.cycle.name}`
    : "Alignment conversation";
  return (
    <>
      <h1>{title}</h1>
      <QueryView query={framework}>
        {({ framework: current }) => (
          <QueryView query={alignment}>
            {(read) => <Conversation alignment={read} framework={current} />}
          </QueryView>
        )}
      </QueryView>
    </>
  );
}
