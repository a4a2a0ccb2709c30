import { useMe } from "../hooks/use-me.ts";

/**
 * A link that downloads everything Pathways holds about the signed-in person as JSON; their
 * record is theirs. Shows nothing without a session.
 *
 * @example
 * <ExportMyData />
 */
export function ExportMyData() {
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <p className="export-my-data">
      <a href="/api/v1/me/export" download>
        Export my data (JSON)
      </a>
    </p>
  );
}
