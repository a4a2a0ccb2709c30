import { PersonProfile } from "../profile/person-profile.tsx";
import type { PageProps } from "../router/routes.ts";

/** A report's (or any visible person's) profile: `/people/:id/profile`. */
export default function PersonProfilePage({ params }: PageProps) {
  return <PersonProfile personId={params.id ?? ""} />;
}
