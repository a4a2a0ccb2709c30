import { accountRouteRows } from "./account-route-rows.ts";
import { cycleRouteRows } from "./cycle-route-rows.ts";
import { invitationRouteRows } from "./invitation-route-rows.ts";
import { mailRouteRows } from "./mail-route-rows.ts";
import type { MatrixContext, Row } from "./matrix-row.ts";
import { organisationRouteRows } from "./organisation-route-rows.ts";
import { peopleRouteRows } from "./people-route-rows.ts";
import { promotionCaseRouteRows } from "./promotion-case-route-rows.ts";
import { recordRouteRows } from "./record-route-rows.ts";

export type { MatrixContext, Row } from "./matrix-row.ts";

/** Every route of the API as a row of the access matrix; organisation rows last (see there). */
export function routeMatrixRows(get: () => MatrixContext): Row[] {
  return [
    ...peopleRouteRows(get),
    ...recordRouteRows(get),
    // Invitations, password resets and the People page.
    ...invitationRouteRows(get),
    ...accountRouteRows(get),
    ...mailRouteRows(get),
    ...cycleRouteRows(get),
    ...promotionCaseRouteRows(get),
    ...organisationRouteRows(get),
  ];
}
