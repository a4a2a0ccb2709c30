/**
 * The Pathways API as TypeScript types, generated from the OpenAPI document the server serves at
 * /api/openapi.json. Do not edit: change the route schemas, then run `npm run generate:api`.
 */

export interface paths {
  "/api/v1/analytics/org": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisation analytics (admins) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The analytics */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OrgAnalytics"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/org/heatmap": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every team's competency heatmap, a page at a time (admins)
     * @description The organisation analytics list only the largest teams; this reads all of them, in name order.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number | null;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The analytics */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OrgHeatmapPage"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/org/summary": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the organisation page shows: distribution and span of control (admins)
     * @description A small part of the organisation analytics, with the managers' names: a page that shows only these need not download the rest.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The analytics */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OrgSummary"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/team/{managerId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Analytics of a manager's reports, direct and indirect */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          managerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The analytics */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["TeamAnalytics"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/assessments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a draft self or manager assessment, pinned to the published framework */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["NewAssessment"];
        };
      };
      responses: {
        /** @description The draft */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Assessment"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/assessments/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an assessment (drafts only for whoever writes them) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The assessment */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Assessment"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/assessments/{id}/ratings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Autosave a draft's ratings */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["DraftRatings"];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Assessment"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/assessments/{id}/submit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a draft; from then on it counts and no longer changes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          "application/json": components["schemas"]["SubmitAssessment"];
        };
      };
      responses: {
        /** @description Submitted */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Assessment"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the audit log (admins)
     * @description Every write and sensitive read, newest first, in words: who did what to whom, and when. Filter by action, by the acting account, by target and by time.
     */
    get: {
      parameters: {
        query?: {
          action?: string;
          actorUserId?: string;
          cursor?: string;
          /** @description Entries at or after this date or time (dates start at midnight UTC). */
          from?: string;
          limit?: number;
          /** @description Entries a person took part in: done to them, or done by their account. */
          personId?: string;
          targetId?: string;
          targetType?: string;
          /** @description Entries before this date or time (dates start at midnight UTC). */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of audit entries */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["AuditEntry"][];
              /** @description Pass as `cursor` for the next page; null on the last page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/colleagues": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Colleagues you can ask for feedback, by name (names only)
     * @description People of your organisation other than you, matching a part of their name; only id and name, so choosing someone reveals nothing else about them.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description Part of a name. */
          search?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Colleagues, by name */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["Colleague"][];
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cycles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the organisation's check-in cycles
     * @description Open cycles first, then the latest window first.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The cycles */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["Cycle"][];
            };
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /**
     * Open a check-in cycle (admins)
     * @description Its people are the population as it stands now, each with the manager they have today. Reminders go out 7 and 2 days before the window closes.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["OpenCycleInput"];
        };
      };
      responses: {
        /** @description The cycle, open */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Cycle"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cycles/{id}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a check-in cycle (admins)
     * @description Keeps a snapshot of everyone's profile and readiness as they stand now; later changes never rewrite it. Closing a closed cycle changes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The cycle, closed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Cycle"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cycles/{id}/completion": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who has done their part of a cycle
     * @description Per person: self, manager and peers, counted from assessments submitted and feedback answered inside the window. Admins see everyone, managers the people under them.
     */
    get: {
      parameters: {
        query?: {
          managerId?: string;
          status?: "complete" | "incomplete";
          team?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The completion */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CycleCompletion"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cycles/{id}/nudges": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remind a person of what a cycle still asks of them (admins and their managers)
     * @description One reminder mail per person and day, through the outbox.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["NudgeInput"];
        };
      };
      responses: {
        /** @description Whether a mail was queued, and why not */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["NudgeResult"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/evidence/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an evidence entry */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The entry */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Evidence"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete an evidence entry (your own): hidden from every read, kept for the audit trail */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change an evidence entry (your own) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["EvidencePatch"];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Evidence"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/v1/exports/people.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * People as CSV (admins)
     * @description name, email, job title, role id, manager email, team, start date: the people import's columns, so an edited export imports as it is.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The CSV file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/csv": string;
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/exports/ratings.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Submitted ratings as CSV (admins)
     * @description One row per rating of every submitted assessment.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The CSV file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/csv": string;
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/exports/team-analytics.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Team analytics as CSV
     * @description Per team and competency, the mean level and how many people it rests on. Admins get the whole organisation; with managerId, a manager gets their reports.
     */
    get: {
      parameters: {
        query?: {
          managerId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The CSV file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/csv": string;
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/feedback-requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open feedback requests addressed to the caller */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["FeedbackRequest"][];
              /** @description Pass as `cursor` for the next page; null on the last page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/feedback-requests/{id}/answer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer a request addressed to you, rating only the competencies asked
     * @description A peer's answer is a peer assessment of the competencies asked. A request to rate yourself (addressed to the person it is about) is answered by a self-assessment: your latest one, with the competencies asked put in.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["FeedbackAnswer"];
        };
      };
      responses: {
        /** @description Answered */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FeedbackRequest"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/feedback-requests/{id}/decline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline a request addressed to you */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Declined */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FeedbackRequest"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's framework versions, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Versions */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["FrameworkVersion"][];
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Import a framework file as a draft version (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["FrameworkSource"];
        };
      };
      responses: {
        /** @description Stored as a draft */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FrameworkVersion"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks/{id}/diff": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What changed from another version (default: the published one) */
    get: {
      parameters: {
        query?: {
          against?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The differences */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FrameworkDiff"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks/{id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a version and apply its migration; the previous one retires (admins)
     * @description People's roles and preferences, growth plans, title mappings and open feedback requests follow the new version's ids in the same transaction. Refused (400, naming each role) while anyone would be left without a role, unless `roleMapping` says where they go.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          "application/json": components["schemas"]["PublishRequest"];
        };
      };
      responses: {
        /** @description Published */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FrameworkVersion"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks/{id}/publish-preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * What publishing a version would change, changing nothing (admins)
     * @description Whose role is renamed, merged or lost, which competencies' history carries over, merges or is dropped (with rating counts), and how readiness for the next role moves across the organisation, for the role mapping given.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          "application/json": components["schemas"]["PublishRequest"];
        };
      };
      responses: {
        /** @description The impact of publishing */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PublishPreview"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks/current": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The published framework document (the server's default without an account) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The framework */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CurrentFramework"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks/validate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check a framework file without storing it (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["FrameworkSource"];
        };
      };
      responses: {
        /** @description Every problem found, with line and column */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FrameworkValidation"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/imports/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Progress of a people import (admins)
     * @description Any server of the organisation answers; an import whose server stopped before it finished reads as failed, with nothing written.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The import */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/imports/people": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import people from an HRIS CSV export (admins)
     * @description Send the CSV as text/csv (add ?dryRun=true to plan only) or as JSON {csv, dryRun}. A dry run answers the plan. Otherwise a file with any problem is refused whole (400, one error per row and column); a good file is applied in the background: the 202 answer's id is polled at GET /api/v1/imports/{id} for progress.
     */
    post: {
      parameters: {
        query?: {
          dryRun?: "true" | "false";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: {
        content: {
          "application/json": components["schemas"]["PeopleImportInput"];
          "text/csv": string;
        };
      };
      responses: {
        /** @description The plan of a dry run */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PeopleImportPlan"];
          };
        };
        /** @description The import started */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ImportJob"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/imports/title-mappings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Job titles mapped to framework roles (admins) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The mappings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["TitleMapping"][];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    /**
     * Map a job title to a framework role (admins)
     * @description Titles compare without case and punctuation; mapping a title again replaces its role.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["TitleMapping"];
        };
      };
      responses: {
        /** @description The saved mapping */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["TitleMapping"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitation-links/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an invitation link is for, and whether it still works (no sign-in) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The invitation's state; names only while it is open */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["InvitationLink"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitation-links/{token}/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an invitation with a new password, and sign in
     * @description The password needs 12 to 256 characters, must not be one of the most common passwords, nor the email or the organisation's name. Creates the account (a member) linked to the invited person.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["AcceptInvitation"];
        };
      };
      responses: {
        /** @description Account created and signed in */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite people to create their accounts (admins)
     * @description Each person gets a mail with a single-use link that works for 7 days. People with an account, without an email or with a working link are skipped, with the reason.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["InviteInput"];
        };
      };
      responses: {
        /** @description Who was invited and who was skipped */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["InviteOutcome"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitations/{id}/resend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an invitation again with a new link (admins)
     * @description The old link stops working; the new one works for 7 days.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Sent again */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Invitation"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitations/{id}/revoke": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke an invitation (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Revoked */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Invitation"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download everything Pathways holds about you, as JSON */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Your data, as an attachment */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PersonalExport"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/home": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where you stand, your plan's progress and your tasks, in one answer
     * @description Your current role, readiness for the role you are working towards with the top three gaps and how certain the picture is, your active plan's progress and next check-in, and your tasks soonest first. Managers also get counts of what is open across their team; admins across the organisation.
     */
    get: {
      parameters: {
        query?: {
          /** @description How many tasks to list (1 to 50); 8 unless given. */
          taskLimit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Home */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Home"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/mail-preferences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which optional mails you get */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The mails you turned off */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["MailPreferences"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    /**
     * Turn optional mails off or on
     * @description Feedback requests, "your manager submitted an assessment of you" and check-in reminders can be turned off; list those you do not want.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["MailPreferences"];
        };
      };
      responses: {
        /** @description The mails you turned off, saved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["MailPreferences"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/tokens": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My personal access tokens (for scripts) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every token of the signed-in account, newest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["ApiToken"][];
            };
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /**
     * Create a personal access token
     * @description The token acts as you under the same rules, read-only or read-write, until it expires (90 days by default, one year at most) or is revoked. The answer is the only time the token is shown. Sign in to create one: a token cannot create tokens.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["NewApiToken"];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CreatedApiToken"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/tokens/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke one of my tokens
     * @description It stops working at once.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Revoked */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ApiToken"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organisation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change the organisation's settings: its time zone (admins)
     * @description The time zone decides what day it is for the organisation: the start date of a role change, the date on growth reports and imports, and the `today` every session carries.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["OrganisationPatch"];
        };
      };
      responses: {
        /** @description The organisation with its new settings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Organisation"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/v1/organisation/transfer-ownership": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand ownership to another person (owners)
     * @description In one step the person becomes an owner and the owner asking becomes an admin. Answers the new owner's account.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["OwnershipTransfer"];
        };
      };
      responses: {
        /** @description The account */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Account"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/outbox": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the mails Pathways sends (admins)
     * @description Every mail, newest first, with how it stands and its link. Without an SMTP server, mails are kept here so their links can be passed on by hand.
     */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          status?: "pending" | "sent" | "kept" | "failed";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of mails */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["OutboxMail"][];
              /** @description Pass as `cursor` for the next page; null on the last page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/outbox/{id}/retry": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a failed mail again (admins)
     * @description Puts a failed mail back in the queue with fresh attempts; the worker sends it at once.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The mail, waiting to be sent */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["OutboxMail"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/password-resets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for a password reset link by mail
     * @description Answers 202 with the same words whether or not an account has the email. The link works once, for one hour. Requests are limited per email and per client address like sign-in (429 with Retry-After).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PasswordResetRequest"];
        };
      };
      responses: {
        /** @description If an account has the email, a link is on its way */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PasswordResetRequested"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Too many attempts */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/password-resets/{token}/complete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password through a reset link
     * @description The password needs 12 to 256 characters and must not be a common password, the email or the organisation's name. Every session of the account ends; sign in with the new password.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PasswordReset"];
        };
      };
      responses: {
        /** @description Password changed */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List people
     * @description Admins see everyone; others see themselves and the people who report to them, directly or through others. With reportsTo, only that manager's team (direct reports only with depth=direct), for the manager, the managers above and admins.
     */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          /** @description With reportsTo: direct reports only, or everyone under the manager (all). */
          depth?: "direct" | "all";
          limit?: number;
          reportsTo?: string;
          team?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of people */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["Person"][];
              /** @description Pass as `cursor` for the next page; null on the last page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Add a person (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PersonInput"];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Person"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people-directory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everyone with role, manager, team and account status (admins)
     * @description Searchable by name or email, filterable by account status (none, invited, active, deactivated), team and role; by name, a page at a time.
     */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          roleId?: string;
          /** @description Part of a name or email. */
          search?: string;
          status?: "none" | "invited" | "active" | "deactivated";
          team?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of people */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["DirectoryEntry"][];
              /** @description Pass as `cursor` for the next page; null on the last page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people-directory/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person with their account status and role history (admins) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The person */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["DirectoryPerson"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a person */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The person */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Person"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a person and everything that is theirs (admins) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Removed */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /**
     * Change a person
     * @description People change their own name, background and preferences; role, manager and team changes are for admins. A role change is recorded in the role history.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PersonPatch"];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Person"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/v1/people/{id}/account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's account: sign-in email, organisation role, active or deactivated
     * @description For admins and owners, and for the person themself.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The account */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Account"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a person's organisation role (admins; owners for owner changes)
     * @description Owner, admin or member. Admins change members and admins; only owners make owners or change an owner's role. The organisation always keeps at least one active owner: demoting the last one answers 409.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["AccountRolePatch"];
        };
      };
      responses: {
        /** @description The account */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Account"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/v1/people/{id}/account/deactivate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deactivate a person's account (admins)
     * @description They can no longer sign in, and every session and API token of theirs ends at once; their history stays. The last active owner cannot be deactivated (409).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The account */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Account"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/account/reactivate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Let a deactivated account sign in again (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The account */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Account"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/assessments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's assessments the caller may see, newest first */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["Assessment"][];
              /** @description Pass as `cursor` for the next page; null on the last page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/erase": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete this person's data, on their request (admins)
     * @description Removes the person and everything about them (assessments, evidence, growth plans, feedback requests), the peer feedback they gave and their account. Manager assessments they wrote stay as their reports' history, without a rater. The audit trail stays: entries about them lose their details, and the erasure itself is recorded with counts. Confirm by sending the person's name. Refused (409) while they are the last owner.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["EraseConfirmation"];
        };
      };
      responses: {
        /** @description Erased */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["ErasedData"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/evidence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's evidence the caller may see, newest first; narrowed by words, competency and dates */
    get: {
      parameters: {
        query?: {
          competency?: string;
          cursor?: string;
          /** @description On or after this date. */
          from?: string;
          limit?: number;
          /** @description Words found in the title or the outcome. */
          q?: string;
          /** @description On or before this date. */
          to?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["Evidence"][];
              /** @description Pass as `cursor` for the next page; null on the last page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Log evidence of impact (your own) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["EvidenceInput"];
        };
      };
      responses: {
        /** @description Logged */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Evidence"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/feedback-requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask someone to rate chosen competencies of a person (the person or their managers) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["FeedbackAsk"];
        };
      };
      responses: {
        /** @description Asked */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["FeedbackRequest"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/paths": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The best routes from the person's role to target roles, each step explained */
    get: {
      parameters: {
        query?: {
          k?: number;
          /** @description One role to route to. Without it: the person's target roles plus the next role their profile names on each track (so a track filter always has something to show), or every reachable role when they chose no target. */
          target?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Paths: moves forward or at the same scope before any step back, then best fit for the person (and their preferred tracks) first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              frameworkVersion: string;
              paths: components["schemas"]["CareerPath"][];
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/placement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Save a placement as a person's starting point (admins)
     * @description Places the person from the background (and optional self-ratings) given, then saves that background and the starting role: the first-ranked option, or another offered one named in `roleId`. The role change is recorded in the role history.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["SavePlacementRequest"];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SavedPlacement"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/plan-draft": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A growth plan draft towards a target role, from the person's gaps */
    get: {
      parameters: {
        query: {
          target: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The draft */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["GrowthPlanDraft"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/plans": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's growth plans, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Plans */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["GrowthPlan"][];
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /** Start a growth plan (the person or their managers) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["GrowthPlanInput"];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["GrowthPlan"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/profile": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's aggregated profile per competency */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The profile */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Profile"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/report.md": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's growth report as Markdown, fit to attach to a promotion discussion */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/markdown": string;
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/report.pdf": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's growth report as an A4 PDF */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/pdf": string;
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/role-fits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's fit for every role, with gaps and reasons */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One fit per role */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              fits: components["schemas"]["RoleFit"][];
              frameworkVersion: string;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/standing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where a person stands, per track and per competency */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The standing */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Standing"] & {
              frameworkVersion: string;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/trend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How a person's level moved per competency over their submitted assessments */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One trend per competency, oldest point first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              frameworkVersion: string;
              trends: components["schemas"]["CompetencyTrend"][];
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/placement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Suggest where a newcomer enters the ladder
     * @description Works without an account: signed-in callers are placed on their organisation's framework, others on this server's default framework.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PlacementRequest"];
        };
      };
      responses: {
        /** @description The placement */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Placement"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/plans/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A growth plan with its goals and check-ins */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The plan */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["GrowthPlan"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a growth plan (the person or their managers; attributed) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["GrowthPlanPatch"];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["GrowthPlan"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/v1/plans/{id}/check-ins": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a check-in: progress, notes, feedback */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CheckInInput"];
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["CheckIn"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/plans/{id}/goals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a goal to a growth plan (the person or their managers; attributed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["GoalInput"];
        };
      };
      responses: {
        /** @description Added */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Goal"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/plans/{id}/goals/{goalId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a goal: status, progress, due date, actions ticked (attributed) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          goalId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["GoalPatch"];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Goal"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    trace?: never;
  };
  "/api/v1/promotion-cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The promotion cases you may see
     * @description Admins see every case; managers the cases of the people under them; everyone their own cases once shared with them. Open cases first.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The cases */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: components["schemas"]["PromotionCaseSummary"][];
            };
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    /**
     * Open a promotion case for one of your people (their managers)
     * @description Toward a role of the published framework; one open case per person and role. The case is filled by the engine whenever it is read.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["OpenPromotionCaseInput"];
        };
      };
      responses: {
        /** @description The case, filled */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PromotionCase"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A promotion case, filled by the engine now
     * @description The fit for the target role, each expectation with its ratings and evidence, the gaps and the confidence. The person's managers and admins read it; the person once it is shared.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The case */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["PromotionCase"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}/case.md": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A promotion case as Markdown */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The case */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "text/markdown": string;
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}/case.pdf": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A promotion case as an A4 PDF for the committee */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The case */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/pdf": string;
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the committee's decision on an open case (admins)
     * @description Promote now, not yet, or promote with a plan; audited, and read by the person's managers.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PromotionDecisionInput"];
        };
      };
      responses: {
        /** @description The decision */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              decidedAt: string;
              /** @enum {string} */
              decision: "promote-now" | "not-yet" | "with-a-plan";
              words: string;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}/narrative": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save a case's narrative (the person's managers, while it is open) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PromotionCaseNarrativeInput"];
        };
      };
      responses: {
        /** @description The narrative as saved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              narrative: string;
              updatedAt: string;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}/sharing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Show a case to the person it is about, or stop (the person's managers) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PromotionCaseSharingInput"];
        };
      };
      responses: {
        /** @description Whether the person sees it */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              sharedWithPerson: boolean;
            };
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/rating-requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask everyone, or a manager's people, to rate themselves on competencies (admins)
     * @description After a new framework version adds competencies: each person gets a request to rate themselves in their feedback list, and a mail. People with the same request open, or who cannot sign in, are not asked; the answer counts them.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["RatingRequestAsk"];
        };
      };
      responses: {
        /** @description Asked */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RatingRequestResult"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/roles/compare": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changes from one role to another
     * @description Works without an account on this server's default framework; signed-in callers compare on their organisation's framework.
     */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The comparison */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["RoleChange"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with email and password
     * @description Sets the session cookie. Attempts are limited per email and per client address, across every server; over a limit the answer is 429 with Retry-After, the same whether or not an account has the email. Where the organisation requires single sign-on, a right password is refused (403) except the break-glass owner's.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["Login"];
        };
      };
      responses: {
        /** @description Signed in */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Too many attempts */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed out */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in user, their organisation's time zone and today's date there, and the CSRF token
     * @description With a session cookie or a bearer token; the CSRF token is empty for bearer requests, which need none.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed in */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change your own password
     * @description The current password is required. Every session of yours ends, on every device; this one starts again with the answer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PasswordChange"];
        };
      };
      responses: {
        /** @description Changed; signed in again here */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Too many attempts */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session/sign-out-everywhere": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out on every device
     * @description Ends every session of the signed-in user, this one included, on every server; each device has to sign in again.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every session ended */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/setup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the first-start setup is still open */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Setup status */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SetupStatus"];
          };
        };
      };
    };
    put?: never;
    /** Create the organisation and its owner with the one-time setup token */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["Setup"];
        };
      };
      responses: {
        /** @description Created and signed in as the owner */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/sso": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether single sign-on is set up here */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description SSO status */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": components["schemas"]["SsoStatus"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/sso/callback": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where the OpenID provider sends the browser back
     * @description Checks the state, exchanges the code, verifies the ID token, signs the person in and redirects to where the sign-in started. Failures answer a page (for a browser) or problem+json saying what to do.
     */
    get: {
      parameters: {
        query?: {
          code?: string;
          error?: string;
          error_description?: string;
          iss?: string;
          state?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Sent on in the browser (Location) */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Sign-in required */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Service unavailable */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/sso/start": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Start signing in with the organisation's OpenID provider
     * @description Redirects the browser to the provider (authorization code flow with PKCE S256, state and nonce kept in a signed cookie for ten minutes).
     */
    get: {
      parameters: {
        query?: {
          /** @description The invitation token the sign-in continues, accepted once signed in. */
          invitation?: string;
          /** @description The organisation, when several on this server have single sign-on. */
          organisation?: string;
          /** @description Where to go once signed in. */
          returnTo?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Sent on in the browser (Location) */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
        /** @description Service unavailable */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": components["schemas"]["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcceptInvitation: {
      /** @example river otter under the bridge */
      password: string;
    };
    Account: {
      /** @example null */
      deactivatedAt: string | null;
      /** @example ivy@acme.example */
      email: string;
      personId: string;
      /** @enum {string} */
      role: "member" | "admin" | "owner";
      /** @enum {string} */
      status: "active" | "deactivated";
    };
    AccountRolePatch: {
      /**
       * @example admin
       * @enum {string}
       */
      role: "member" | "admin" | "owner";
    };
    Alignment: {
      aligned: number;
      compared: number;
      rate: number | null;
      reason: string;
    };
    ApiToken: {
      createdAt: string;
      expiresAt: string;
      /** @example x7Qa */
      hint: string;
      id: string;
      lastUsedAt: string | null;
      /** @example Nightly export */
      name: string;
      revokedAt: string | null;
      /** @enum {string} */
      scope: "read" | "read-write";
      /** @enum {string} */
      status: "active" | "expired" | "revoked";
    };
    Assessment: {
      frameworkVersion: string;
      id: string;
      personId: string;
      /** @enum {string} */
      raterKind: "self" | "manager" | "peer";
      raterPersonId: string | null;
      ratings: components["schemas"]["Rating"][];
      /** @enum {string} */
      status: "draft" | "submitted";
      submittedAt: string | null;
      updatedAt: string;
    };
    AuditEntry: {
      /** @example export:people */
      action: string;
      actor: {
        /** @example Erin Lee */
        name: string;
        userId: string | null;
        /** @enum {string} */
        via: "web or API" | "command line" | "Pathways itself";
      };
      /** @example 2026-06-01T09:30:00.000Z */
      at: string;
      id: number;
      /** @example Erin Lee exported the people of Acme as CSV. */
      summary: string;
      target: {
        id: string | null;
        /** @example Acme */
        name: string;
        /** @example organisation */
        type: string;
      };
    };
    Background: {
      bootcamp?: boolean;
      domainExpertise: boolean;
      internalTransfer?: boolean;
      newGraduate?: boolean;
      /** @description Led people outside product management. */
      peopleLeadership: boolean;
      startupExperience: boolean;
      /** @example 6 */
      yearsExperience: number;
      /**
       * @description Years working as a product manager, anywhere.
       * @example 0
       */
      yearsInProduct?: number;
      /** @example 4 */
      yearsInProductAdjacent: number;
    };
    BenchStrength: {
      close: number;
      /** @description The first 100 people close, in name order; `close` counts all. */
      closePeople: string[];
      ready: number;
      /** @description The first 100 people ready, in name order; `ready` counts all. */
      readyPeople: string[];
      reason: string;
      roleId: string;
    };
    CareerPath: {
      cost: number;
      rank: number;
      reason: string;
      steps: components["schemas"]["PathStep"][];
      target: string;
    };
    CheckIn: {
      date: string;
      feedback: string | null;
      id: string;
      notes: string | null;
      progress: number | null;
    };
    CheckInInput: {
      /**
       * Format: date
       * @example 2026-09-30
       */
      date: string;
      feedback?: string;
      notes?: string;
      progress?: number;
    };
    Colleague: {
      id: string;
      name: string;
    };
    CollectionDiff: {
      added: {
        id: string;
        name: string;
      }[];
      changed: {
        changes: {
          /** @description Dotted field name, e.g. `levels.3`. */
          field: string;
          from?: unknown;
          to?: unknown;
        }[];
        id: string;
      }[];
      removed: {
        id: string;
        name: string;
      }[];
      renamed: {
        from: string;
        to: string;
      }[];
    };
    Competency: {
      area: string;
      description: string;
      growth: {
        [key: string]: string[];
      };
      id: string;
      levels: {
        [key: string]: string | string[];
      };
      name: string;
    };
    CompetencyScore: {
      byRater: {
        manager?: number;
        peer?: number;
        self?: number;
      };
      competency: string;
      confidence: number;
      /** @enum {string} */
      confidenceLevel: "high" | "medium" | "low";
      evidenceCount: number;
      /** @description null when nobody rated it: unknown, never zero. */
      level: number | null;
      lowConfidence: boolean;
      raters: number;
      reason: string;
      selfVsManager: number | null;
      spread: number;
    };
    CompetencyTrend: {
      /** @description Last level minus first; null with fewer than two points. */
      change: number | null;
      competency: string;
      points: {
        at: string;
        level: number;
      }[];
      reason: string;
    };
    CreatedApiToken: {
      details: components["schemas"]["ApiToken"];
      /**
       * @description Send it as Authorization: Bearer <token>. Shown once; Pathways keeps only a digest.
       * @example pw_2Zp0vE7…
       */
      token: string;
    };
    CurrentFramework: {
      framework: components["schemas"]["Framework"];
      version: string;
    };
    Cycle: {
      closedAt: string | null;
      createdAt: string;
      /** @example 2027-02-05 */
      endsOn: string;
      id: string;
      name: string;
      /** @description How many people the cycle is for. */
      participants: number;
      raters: {
        manager: boolean;
        peers: number;
        self: boolean;
      };
      /** @example 2027-01-11 */
      startsOn: string;
      /** @enum {string} */
      status: "open" | "closed";
    };
    CycleCompletion: {
      /** @description Of the people listed, how many are done. */
      complete: number;
      cycle: components["schemas"]["Cycle"];
      people: components["schemas"]["ParticipantCompletion"][];
    };
    CycleRaters: {
      /** @description Ask each person's manager for an assessment. */
      manager: boolean;
      /**
       * @description How many peers to hear from per person; 0 for none.
       * @example 2
       */
      peers: number;
      /** @description Ask each person for a self-assessment. */
      self: boolean;
    };
    DirectoryEntry: {
      /** @enum {string} */
      accountStatus: "none" | "invited" | "active" | "deactivated";
      email: string | null;
      invitation: {
        expired: boolean;
        expiresAt: string;
        id: string;
        lastSentAt: string;
        sendCount: number;
      } | null;
      managerId: string | null;
      managerName: string | null;
      name: string;
      /** @enum {string|null} */
      orgRole: "member" | "admin" | "owner" | null;
      personId: string;
      roleId: string | null;
      team: string | null;
    };
    DirectoryPerson: components["schemas"]["DirectoryEntry"] & {
      roleHistory: {
        from: string;
        roleId: string;
        to: string | null;
      }[];
    };
    Distribution: {
      reason: string;
      roles: {
        people: number;
        roleId: string;
        title: string;
        /** @enum {string} */
        track: "management" | "ic" | "adjacent";
      }[];
      tracks: {
        people: number;
        /** @enum {string} */
        track: "management" | "ic" | "adjacent";
      }[];
      withoutRole: number;
    };
    DraftRatings: {
      ratings: components["schemas"]["Rating"][];
      /** @default [] */
      remove?: string[];
    };
    EntryOption: {
      reason: string;
      roleId: string;
      roleTitle: string;
      routeId: string;
    };
    EraseConfirmation: {
      /** @example Ivy Chen */
      confirm: string;
    };
    ErasedData: {
      account: boolean;
      assessmentsAboutThem: number;
      evidence: number;
      feedbackRequests: number;
      feedbackTheyGave: number;
      growthPlans: number;
    };
    Evidence: {
      competencies: string[];
      date: string;
      id: string;
      outcome: string | null;
      personId: string;
      title: string;
      /**
       * @description private: only you; manager: you and your manager chain; org: everyone in the organisation.
       * @enum {string}
       */
      visibility: "private" | "manager" | "org";
    };
    EvidenceInput: {
      /** @default [] */
      competencies?: string[];
      /**
       * Format: date
       * @example 2026-03-14
       */
      date: string;
      /** @example Activation up 12% in six weeks */
      outcome?: string;
      /** @example Launched self-serve onboarding */
      title: string;
      /**
       * @description private: only you; manager: you and your manager chain; org: everyone in the organisation.
       * @default private
       * @enum {string}
       */
      visibility?: "private" | "manager" | "org";
    };
    EvidencePatch: {
      competencies?: string[];
      /**
       * Format: date
       * @example 2026-03-14
       */
      date?: string;
      outcome?: string;
      title?: string;
      /**
       * @description private: only you; manager: you and your manager chain; org: everyone in the organisation.
       * @enum {string}
       */
      visibility?: "private" | "manager" | "org";
    };
    FeedbackAnswer: {
      ratings: components["schemas"]["Rating"][];
    };
    FeedbackAsk: {
      /** Format: uuid */
      addresseePersonId: string;
      competencies: string[];
      message?: string;
    };
    FeedbackRequest: {
      addresseePersonId: string;
      assessmentId: string | null;
      /** @description Why the request closed without an answer, in words. */
      closedReason: string | null;
      competencies: string[];
      createdAt: string;
      id: string;
      message: string | null;
      personId: string;
      /** @description Who asked: their name, or null when their account is gone. */
      requesterName: string | null;
      /**
       * @description `withdrawn`: a new framework version left nothing in the request to rate.
       * @enum {string}
       */
      status: "open" | "answered" | "declined" | "withdrawn";
    };
    FieldError: {
      /** @example Use a whole number from 1 to 5. */
      hint: string;
      /** @example Too big: expected number to be <=5 */
      message: string;
      /** @example ratings.0.level */
      path: string;
    };
    Framework: {
      competencies: components["schemas"]["Competency"][];
      description?: string;
      entryRoutes: {
        description: string;
        enterAt: {
          note?: string;
          role: string;
          when?: {
            all: {
              atLeast?: number;
              atMost?: number;
              /** @enum {string} */
              fact:
                | "yearsExperience"
                | "yearsInProduct"
                | "yearsInProductAdjacent"
                | "domainExpertise"
                | "startupExperience"
                | "peopleLeadership"
                | "newGraduate"
                | "internalTransfer"
                | "bootcamp";
            }[];
            any: {
              atLeast?: number;
              atMost?: number;
              /** @enum {string} */
              fact:
                | "yearsExperience"
                | "yearsInProduct"
                | "yearsInProductAdjacent"
                | "domainExpertise"
                | "startupExperience"
                | "peopleLeadership"
                | "newGraduate"
                | "internalTransfer"
                | "bootcamp";
            }[];
          };
        }[];
        id: string;
        name: string;
        when: {
          all: {
            atLeast?: number;
            atMost?: number;
            /** @enum {string} */
            fact:
              | "yearsExperience"
              | "yearsInProduct"
              | "yearsInProductAdjacent"
              | "domainExpertise"
              | "startupExperience"
              | "peopleLeadership"
              | "newGraduate"
              | "internalTransfer"
              | "bootcamp";
          }[];
          any: {
            atLeast?: number;
            atMost?: number;
            /** @enum {string} */
            fact:
              | "yearsExperience"
              | "yearsInProduct"
              | "yearsInProductAdjacent"
              | "domainExpertise"
              | "startupExperience"
              | "peopleLeadership"
              | "newGraduate"
              | "internalTransfer"
              | "bootcamp";
          }[];
        };
      }[];
      guidance: {
        body: string;
        id: string;
        title: string;
      }[];
      id: string;
      migration?: {
        competencies: {
          [key: string]: string | string[] | null;
        };
        fromFramework?: string;
        fromVersion: string;
        levels?: {
          [key: string]: number;
        };
        roles: {
          [key: string]: string | null;
        };
      };
      name: string;
      roles: components["schemas"]["Role"][];
      scale: {
        description: string;
        label: string;
        level: number;
      }[];
      spanOfControl?: {
        max: number;
        min: number;
      };
      tracks: {
        description: string;
        /** @enum {string} */
        id: "management" | "ic" | "adjacent";
        name: string;
      }[];
      transitions: components["schemas"]["Transition"][];
      version: string;
    };
    FrameworkDiff: {
      competencies: components["schemas"]["CollectionDiff"];
      expectations: {
        competency: string;
        from: number | null;
        role: string;
        to: number | null;
      }[];
      from: {
        id: string;
        version: string;
      };
      roles: components["schemas"]["CollectionDiff"];
      to: {
        id: string;
        version: string;
      };
    };
    FrameworkSource: {
      /**
       * @description How `source` is written: text, or base64 for a binary file such as XLSX.
       * @default text
       * @enum {string}
       */
      encoding?: "text" | "base64";
      /**
       * @description The file's name; its extension (.yaml, .json, .csv, .xlsx, .md) tells its shape.
       * @default framework.yaml
       */
      fileName?: string;
      /** @description The framework file: YAML or JSON text, a one-sheet ladder (CSV, or XLSX in base64), Markdown with front matter, or a job-family table. */
      source: string;
    };
    FrameworkValidation: {
      /** @description What was filled in because the file did not say it, in plain words. */
      assumed: string[];
      issues: {
        code: string;
        column: number | null;
        hint: string;
        line: number | null;
        message: string;
        path: string;
      }[];
      /**
       * @description The shape the file was read as.
       * @enum {string|null}
       */
      shape:
        | "yaml"
        | "json"
        | "multi-sheet-csv"
        | "matrix-csv"
        | "matrix-xlsx"
        | "markdown"
        | "job-family-csv"
        | "job-family-xlsx"
        | null;
      valid: boolean;
    };
    FrameworkVersion: {
      createdAt: string;
      frameworkId: string;
      id: string;
      publishedAt: string | null;
      /** @enum {string} */
      status: "draft" | "published" | "retired";
      version: string;
    };
    Gap: {
      /** @description null when unrated. */
      actual: number | null;
      competency: string;
      expected: number;
      mandatory: boolean;
      shortfall: number;
      weight: number;
    };
    Goal: {
      actions: {
        done: boolean;
        text: string;
      }[];
      competency: string | null;
      dueDate: string | null;
      id: string;
      lastChange: components["schemas"]["LastChange"];
      measure: string | null;
      progress: number | null;
      /**
       * @description open: not started yet; in-progress; done; dropped.
       * @enum {string}
       */
      status: "open" | "in-progress" | "done" | "dropped";
      title: string;
    };
    GoalInput: {
      /** @default [] */
      actions?: {
        /** @default false */
        done?: boolean;
        text: string;
      }[];
      competency?: string;
      /**
       * Format: date
       * @example 2026-09-30
       */
      dueDate?: string;
      measure?: string;
      /** @description Percent done. */
      progress?: number;
      /**
       * @description open: not started yet; in-progress; done; dropped.
       * @default open
       * @enum {string}
       */
      status?: "open" | "in-progress" | "done" | "dropped";
      title: string;
    };
    GoalPatch: {
      actions?: {
        /** @default false */
        done?: boolean;
        text: string;
      }[];
      competency?: string | null;
      /**
       * Format: date
       * @example 2026-09-30
       */
      dueDate?: string | null;
      measure?: string;
      /** @description Percent done. */
      progress?: number | null;
      /**
       * @description open: not started yet; in-progress; done; dropped.
       * @enum {string}
       */
      status?: "open" | "in-progress" | "done" | "dropped";
      title?: string;
    };
    GrowthPlan: {
      actions: {
        competency: string;
        done: boolean;
        text: string;
      }[];
      checkInEveryDays: number;
      checkIns?: {
        date: string;
        feedback: string | null;
        id: string;
        notes: string | null;
        progress: number | null;
      }[];
      focusCompetencies: string[];
      goals?: {
        actions: {
          done: boolean;
          text: string;
        }[];
        competency: string | null;
        dueDate: string | null;
        id: string;
        lastChange: components["schemas"]["LastChange"];
        measure: string | null;
        progress: number | null;
        /**
         * @description open: not started yet; in-progress; done; dropped.
         * @enum {string}
         */
        status: "open" | "in-progress" | "done" | "dropped";
        title: string;
      }[];
      id: string;
      lastChange: components["schemas"]["LastChange"];
      personId: string;
      /** @enum {string} */
      status: "active" | "completed" | "archived";
      targetRoleId: string | null;
    };
    GrowthPlanDraft: {
      actions: {
        competency: string;
        level: number;
        text: string;
      }[];
      checkInCadenceDays: number;
      focus: {
        actual: number;
        competency: string;
        expected: number;
        mandatory: boolean;
        reason: string;
        shortfall: number;
      }[];
      frameworkVersion: string;
      goals: {
        competency: string;
        text: string;
      }[];
      reason: string;
      targetRoleId: string;
    };
    GrowthPlanInput: {
      /** @default [] */
      actions?: {
        competency: string;
        /** @default false */
        done?: boolean;
        text: string;
      }[];
      /** @default 14 */
      checkInEveryDays?: number;
      /** @default [] */
      focusCompetencies?: string[];
      /** @default [] */
      goals?: components["schemas"]["GoalInput"][];
      /** @default null */
      targetRoleId?: string | null;
    };
    GrowthPlanPatch: {
      actions?: {
        competency: string;
        /** @default false */
        done?: boolean;
        text: string;
      }[];
      checkInEveryDays?: number;
      focusCompetencies?: string[];
      /** @enum {string} */
      status?: "active" | "completed" | "archived";
      targetRoleId?: string | null;
    };
    Home: {
      organisation: components["schemas"]["TaskSummary"];
      person: {
        id: string;
        name: string;
      } | null;
      plan: {
        goalsDone: number;
        goalsTotal: number;
        /** @description A day on the organisation's calendar (YYYY-MM-DD). */
        lastCheckIn: string | null;
        /** @description A day on the organisation's calendar (YYYY-MM-DD). */
        nextCheckIn: string;
        planId: string;
        progress: number | null;
        sentence: string;
        targetRoleId: string | null;
        targetTitle: string | null;
      } | null;
      standing: {
        confidence: string;
        currentRole: {
          roleId: string;
          title: string;
        } | null;
        gaps: {
          competency: string;
          /** @enum {string|null} */
          confidence: "high" | "medium" | "low" | null;
          mandatory: boolean;
          name: string;
          sentence: string;
          shortfall: string;
        }[];
        next: {
          lowConfidence: boolean;
          /** @enum {string} */
          readiness: "ready" | "close" | "stretch";
          reason: string;
          roleId: string;
          title: string;
          verdict: string;
        } | null;
        selfOnly: boolean;
      } | null;
      tasks: {
        items: components["schemas"]["Task"][];
        /** @description All tasks, when the list is cut short. */
        total: number;
      };
      team: components["schemas"]["TaskSummary"];
      /** @description A day on the organisation's calendar (YYYY-MM-DD). */
      today: string;
    };
    ImportJob: {
      counts: {
        create: number;
        unchanged: number;
        update: number;
      };
      error: string | null;
      /** Format: uuid */
      id: string;
      processed: number;
      result: {
        created: number;
        unchanged: number;
        updated: number;
      } | null;
      /** @enum {string} */
      status: "running" | "done" | "failed";
      total: number;
    };
    Invitation: {
      email: string;
      expiresAt: string;
      id: string;
      lastSentAt: string;
      personId: string;
      sendCount: number;
      /** @enum {string} */
      status: "open" | "expired" | "accepted" | "revoked";
    };
    InvitationLink: {
      /** @description What to do now, in words. */
      advice: string;
      email: string | null;
      expiresAt: string | null;
      organisationName: string | null;
      personName: string | null;
      /** @description Where to continue with single sign-on instead of a password. */
      ssoStartUrl: string | null;
      /** @enum {string} */
      state: "open" | "expired" | "accepted" | "revoked" | "unknown";
    };
    InviteInput:
      | {
          personIds: string[];
        }
      | {
          /**
           * @description Invite everyone who has an email but no account and no invitation yet.
           * @enum {boolean}
           */
          everyoneUninvited: true;
        }
      | {
          /**
           * Format: uuid
           * @description Invite the people this finished people import created (its id, from POST /api/v1/imports/people), and nobody else.
           */
          createdByImport: string;
        };
    InviteOutcome: {
      invited: {
        email: string;
        /** @description When the link stops working. */
        expiresAt: string;
        name: string;
        personId: string;
      }[];
      skipped: {
        name: string;
        personId: string;
        reason: string;
      }[];
    };
    /** @description Who last changed it and when. */
    LastChange: {
      /** @description When, as an ISO timestamp. */
      at: string;
      name: string;
      personId: string | null;
    } | null;
    Login: {
      /**
       * Format: email
       * @example ava@example.com
       */
      email: string;
      /** @example correct horse battery */
      password: string;
    };
    MailPreferences: {
      /**
       * @description The optional mails you turned off. Invitations and password resets always come.
       * @example [
       *       "check-in-due"
       *     ]
       */
      off: ("feedback-request" | "assessment-submitted" | "check-in-due" | "cycle-reminder")[];
    };
    NewApiToken: {
      /**
       * @description Days until it expires (default 90).
       * @example 90
       */
      expiresInDays?: number;
      name: string;
      /**
       * @example read
       * @enum {string}
       */
      scope: "read" | "read-write";
    };
    NewAssessment: {
      /** Format: uuid */
      personId: string;
      /**
       * @description Peers rate through the feedback requests addressed to them.
       * @enum {string}
       */
      raterKind: "self" | "manager";
      /** @default [] */
      ratings?: components["schemas"]["Rating"][];
    };
    NudgeInput: {
      /** Format: uuid */
      personId: string;
    };
    NudgeResult: {
      message: string;
      queued: boolean;
    };
    OpenCycleInput: {
      /**
       * Format: date
       * @example 2027-02-05
       */
      endsOn: string;
      /** @example H1 2027 career check-in */
      name: string;
      /** @description Who the cycle is for: everyone, everyone under a manager (team), or a list of people. */
      population:
        | {
            /** @enum {string} */
            kind: "everyone";
          }
        | {
            /** @enum {string} */
            kind: "team";
            /** Format: uuid */
            managerId: string;
          }
        | {
            /** @enum {string} */
            kind: "people";
            personIds: string[];
          };
      raters: components["schemas"]["CycleRaters"];
      /**
       * Format: date
       * @example 2027-01-11
       */
      startsOn: string;
    };
    OpenPromotionCaseInput: {
      /** Format: uuid */
      cycleId?: string | null;
      narrative?: string;
      /** Format: uuid */
      personId: string;
      /** @example senior-pm */
      targetRoleId: string;
    };
    OrgAnalytics: {
      alignment: components["schemas"]["Alignment"];
      /** @description One entry per role. */
      bench: components["schemas"]["BenchStrength"][];
      distribution: components["schemas"]["Distribution"];
      /** @description The 100 largest teams at most, in name order; `heatmapTeams` counts all (every team page by page: GET /api/v1/analytics/org/heatmap). */
      heatmap: components["schemas"]["TeamHeatmap"][];
      /** @description How many teams there are, listed in heatmap or not. */
      heatmapTeams: number;
      /** @description At most 100 raters: those furthest from the other raters of the same people, in people order. */
      leniency: components["schemas"]["RaterLeniency"][];
      /** @description How many raters had ratings to compare, listed or not. */
      leniencyRaters: number;
      people: number;
      reason: string;
      spanOfControl: components["schemas"]["SpanOfControl"][];
    };
    Organisation: {
      id: string;
      name: string;
      /** @example Europe/Berlin */
      timeZone: string;
    };
    OrganisationPatch: {
      /**
       * @description The IANA time zone whose calendar decides what day it is for the organisation, e.g. Europe/Berlin.
       * @example Europe/Berlin
       */
      timeZone: string;
    };
    OrgHeatmapPage: {
      /** @description The page's teams, in name order. */
      items: components["schemas"]["TeamHeatmap"][];
      /** @description Pass as `offset` for the next page; null on the last page. */
      nextOffset: number | null;
      offset: number;
      /** @description How many teams there are in all. */
      teams: number;
    };
    OrgSummary: {
      distribution: components["schemas"]["Distribution"];
      /** @description The name of each manager in spanOfControl. */
      managers: {
        id: string;
        name: string;
      }[];
      people: number;
      reason: string;
      spanOfControl: components["schemas"]["SpanOfControl"][];
    };
    OutboxMail: {
      attempts: number;
      /** @example 2026-06-01T09:30:00.000Z */
      createdAt: string;
      id: string;
      /** @enum {string} */
      kind:
        | "invitation"
        | "password-reset"
        | "feedback-request"
        | "assessment-submitted"
        | "check-in-due"
        | "cycle-reminder";
      /** @description Why the last attempt failed. */
      lastError: string | null;
      /** @description The mail's one link. */
      link: string | null;
      /** @description When a pending mail is tried next. */
      nextAttemptAt: string | null;
      sentAt: string | null;
      /**
       * @description pending: waiting to be sent or tried again; sent; kept: no SMTP server is configured, so the link is passed on by hand; failed: every attempt failed.
       * @enum {string}
       */
      status: "pending" | "sent" | "kept" | "failed";
      /** @example Ben asked for your feedback */
      subject: string;
      /** @example ava@example.com */
      to: string;
    };
    OwnershipTransfer: {
      /** Format: uuid */
      personId: string;
    };
    ParticipantCompletion: {
      complete: boolean;
      /** @enum {string} */
      manager: "done" | "to-do" | "not-asked";
      managerId: string | null;
      /** @description The manager the person had when the cycle opened. */
      managerName: string | null;
      name: string;
      peers: {
        asked: number;
        done: number;
      };
      personId: string;
      /** @enum {string} */
      self: "done" | "to-do" | "not-asked";
      team: string | null;
    };
    PasswordChange: {
      currentPassword: string;
      newPassword: string;
    };
    PasswordReset: {
      /** @example river otter under the bridge */
      password: string;
    };
    PasswordResetRequest: {
      /**
       * Format: email
       * @example ava@example.com
       */
      email: string;
    };
    PasswordResetRequested: {
      message: string;
    };
    PathStep: {
      cost: number;
      /** @description null for an entry step. */
      from: string | null;
      gaps: components["schemas"]["Gap"][];
      /** @enum {string} */
      kind: "promotion" | "track-switch" | "lateral" | "skip" | "pivot" | "entry";
      /** @description The framework's note on why this move works. */
      note?: string;
      reason: string;
      to: string;
    };
    PeopleImportInput: {
      /**
       * @example name,email,job title
       *     Ava,ava@acme.test,Product Manager
       */
      csv: string;
      /** @default false */
      dryRun?: boolean;
    };
    PeopleImportPlan: {
      changes: {
        /** @enum {string} */
        action: "create" | "update";
        changes: string[];
        email: string;
        roleId: string;
        row: number;
      }[];
      /** @description At most 1,000 changed rows are listed. */
      changesShown: number;
      counts: {
        create: number;
        unchanged: number;
        update: number;
      };
      /** @enum {string} */
      status: "planned";
      unmatchedTitles: {
        rows: number[];
        title: string;
      }[];
    };
    Person: {
      background: components["schemas"]["Background"] | null;
      email: string | null;
      id: string;
      managerId: string | null;
      name: string;
      preferences: components["schemas"]["Preferences"] | null;
      roleId: string | null;
      team: string | null;
    };
    PersonalExport: {
      assessments: (components["schemas"]["Assessment"] & {
        raterName: string | null;
      })[];
      evidence: components["schemas"]["Evidence"][];
      exportedAt: string;
      feedbackRequests: {
        aboutMe: (components["schemas"]["FeedbackRequest"] & {
          addresseeName: string | null;
        })[];
        askedOfMe: (components["schemas"]["FeedbackRequest"] & {
          personName: string | null;
        })[];
      };
      /** @enum {string} */
      format: "pathways-personal-export";
      /** @enum {number} */
      formatVersion: 1;
      growthPlans: components["schemas"]["GrowthPlan"][];
      person: components["schemas"]["Person"];
      roleHistory: {
        from: string;
        roleId: string;
        to: string | null;
      }[];
    };
    PersonInput: {
      background?: components["schemas"]["Background"];
      /**
       * Format: email
       * @default null
       * @example ava@example.com
       */
      email?: string | null;
      /**
       * Format: uuid
       * @default null
       */
      managerId?: string | null;
      /** @example Ava Lindqvist */
      name: string;
      preferences?: components["schemas"]["Preferences"];
      /**
       * @default null
       * @example senior-pm
       */
      roleId?: string | null;
      /**
       * @default null
       * @example Payments
       */
      team?: string | null;
    };
    PersonPatch: {
      background?: components["schemas"]["Background"];
      /** Format: email */
      email?: string | null;
      /** Format: uuid */
      managerId?: string | null;
      name?: string;
      preferences?: components["schemas"]["Preferences"];
      roleId?: string | null;
      team?: string | null;
    };
    Placement: {
      considered: {
        matched: boolean;
        reason: string;
        routeId: string;
      }[];
      frameworkVersion: string;
      /** @description Every entry role offered, best first. */
      options: components["schemas"]["EntryOption"][];
      reason: string;
      /** @description The first-ranked option. */
      recommended: components["schemas"]["EntryOption"][];
    };
    PlacementRequest: {
      background: components["schemas"]["Background"];
      /** @description Optional self-ratings; they refine the reasons and move the first option down a level only when they sit far below what it expects. */
      ratings?: components["schemas"]["Rating"][];
    };
    Preferences: {
      /** @default [] */
      avoidRoles?: string[];
      successMeans?: string;
      /** @default [] */
      targetRoles?: string[];
      /** @default [] */
      tracks?: ("management" | "ic" | "adjacent")[];
    };
    Problem: {
      /** @example 1 field needs fixing: ratings.0.level. */
      detail: string;
      errors?: components["schemas"]["FieldError"][];
      /** @example /api/v1/people */
      instance: string;
      /** @example 400 */
      status: number;
      /** @example Invalid request */
      title: string;
      /** @example https://pathways.dev/problems/validation */
      type: string;
    };
    Profile: {
      competencies: {
        [key: string]: components["schemas"]["CompetencyScore"];
      };
      frameworkVersion: string;
      /** @description What the profile rests on across framework versions, in words; null when every assessment was made against the published version. */
      history: string | null;
      /** @description The role the person is working towards; null when there is none. */
      nextRole: {
        reason: string;
        roleId: string;
      } | null;
      /** @description Unrated competencies newer than every assessment of the person: they do not hold readiness back. */
      notAssessedYet?: string[];
      personId: string;
      reason: string;
      selfOnly: boolean;
    };
    PromotionCase: {
      can: {
        decide: boolean;
        edit: boolean;
      };
      confidence: {
        /** @enum {string} */
        level: "high" | "medium" | "low";
        summary: string;
      };
      currentRole: {
        id: string | null;
        title: string;
      };
      cycleId: string | null;
      decided: {
        decidedAt: string;
        decidedBy: string | null;
        /**
         * @description promote-now, not-yet, or with-a-plan (promote once a plan closes the gaps).
         * @enum {string}
         */
        decision: "promote-now" | "not-yet" | "with-a-plan";
        note: string | null;
        words: string;
      } | null;
      /**
       * @description promote-now, not-yet, or with-a-plan (promote once a plan closes the gaps).
       * @enum {string|null}
       */
      decision: "promote-now" | "not-yet" | "with-a-plan" | null;
      decisionWords: string | null;
      evidenceNote: string;
      expectations: {
        byRater: {
          manager?: number;
          peer?: number;
          self?: number;
        };
        competency: {
          id: string;
          name: string;
        };
        /** @enum {string|null} */
        confidence: "high" | "medium" | "low" | null;
        evidence: {
          date: string;
          id: string;
          outcome: string | null;
          title: string;
        }[];
        expected: number;
        level: number | null;
        mandatory: boolean;
        summary: string;
        /** @enum {string} */
        verdict: "met" | "short" | "unknown";
      }[];
      fit: {
        /** @description In [0, 1]; 1 means every expectation is met. */
        fit: number;
        /** @enum {string} */
        readiness: "ready" | "close" | "stretch";
        reason: string;
      };
      /** @description The framework version it was opened against. */
      frameworkVersion: string;
      gaps: string[];
      id: string;
      narrative: string;
      openedAt: string;
      openedBy: string | null;
      person: {
        id: string;
        name: string;
      };
      scaleMax: number;
      sharedWithPerson: boolean;
      /** @enum {string} */
      status: "open" | "decided";
      targetRole: {
        id: string;
        title: string;
      };
      updatedAt: string;
    };
    PromotionCaseNarrativeInput: {
      narrative: string;
    };
    PromotionCaseSharingInput: {
      /** @description true to show the case to the person. */
      shared: boolean;
    };
    PromotionCaseSummary: {
      cycleId: string | null;
      /**
       * @description promote-now, not-yet, or with-a-plan (promote once a plan closes the gaps).
       * @enum {string|null}
       */
      decision: "promote-now" | "not-yet" | "with-a-plan" | null;
      decisionWords: string | null;
      /** @description The framework version it was opened against. */
      frameworkVersion: string;
      id: string;
      openedAt: string;
      person: {
        id: string;
        name: string;
      };
      sharedWithPerson: boolean;
      /** @enum {string} */
      status: "open" | "decided";
      targetRole: {
        id: string;
        title: string;
      };
      updatedAt: string;
    };
    PromotionDecisionInput: {
      /**
       * @description promote-now, not-yet, or with-a-plan (promote once a plan closes the gaps).
       * @enum {string}
       */
      decision: "promote-now" | "not-yet" | "with-a-plan";
      note?: string | null;
    };
    PublishPreview: {
      canPublish: boolean;
      competencies: {
        competencyId: string;
        /** @enum {string} */
        fate: "carried" | "renamed" | "merged" | "split" | "dropped" | "new";
        into: string[];
        name: string;
        ratings: number;
        sentence: string;
      }[];
      from: {
        name: string;
        version: string;
      } | null;
      historyCarriesOver: boolean;
      readiness: {
        after: {
          close: number;
          none: number;
          ready: number;
          stretch: number;
        };
        before: {
          close: number;
          none: number;
          ready: number;
          stretch: number;
        };
        moves: {
          count: number;
          /** @enum {string} */
          from: "ready" | "close" | "stretch" | "none";
          people: string[];
          sentence: string;
          /** @enum {string} */
          to: "ready" | "close" | "stretch" | "none";
          why: string;
        }[];
      };
      roleChanges: {
        fromRoleId: string;
        fromTitle: string;
        /** @enum {string} */
        kind: "renamed" | "merged" | "mapped" | "removed";
        name: string;
        personId: string;
        toRoleId: string | null;
        toTitle: string | null;
      }[];
      roleChoices: {
        roleId: string;
        title: string;
      }[];
      summary: string[];
      to: {
        name: string;
        version: string;
      };
      unmappedRoles: {
        people: string[];
        roleId: string;
        sentence: string;
        title: string;
      }[];
    };
    PublishRequest: {
      /**
       * @description Old role id -> the role its holders take in the version being published, for roles it drops.
       * @default {}
       * @example {
       *       "group-pm": "senior-pm"
       *     }
       */
      roleMapping?: {
        [key: string]: string;
      };
    };
    RaterLeniency: {
      compared: number;
      leniency: number;
      raterId: string;
      reason: string;
    };
    Rating: {
      /** @example product-strategy */
      competency: string;
      evidence?: string[];
      /** @example 3 */
      level: number;
      note?: string;
    };
    RatingRequestAsk: {
      /**
       * @description Competency ids of the published framework, usually those a new version added.
       * @example [
       *       "ai-product-fluency"
       *     ]
       */
      competencies: string[];
      /**
       * Format: uuid
       * @description Ask only the people under this manager, directly or not; everyone when absent.
       */
      managerId?: string | null;
      message?: string;
    };
    RatingRequestResult: {
      /** @description People with the same request open already: not asked again. */
      alreadyAsked: number;
      asked: number;
      sentence: string;
      /** @description People who cannot sign in (no account, or deactivated): not asked. */
      withoutAccount: number;
    };
    Role: {
      aliases: string[];
      carriesOver: string[];
      comparableTo: string[];
      contextNotes: string[];
      expectations: {
        [key: string]: number;
      };
      id: string;
      mandatory: string[];
      rank: number;
      responsibilities: string[];
      skillsToDevelop: {
        competency: string;
        description: string;
        name: string;
      }[];
      success: string[];
      summary: string;
      title: string;
      /** @enum {string} */
      track: "management" | "ic" | "adjacent";
      whatChanges: string[];
      whoThrives?: string;
    };
    RoleChange: {
      frameworkVersion: string;
      from: string;
      lowered: {
        competency: string;
        from: number;
        to: number;
      }[];
      newExpectations: {
        competency: string;
        level: number;
      }[];
      newResponsibilities: string[];
      rising: {
        competency: string;
        from: number;
        to: number;
      }[];
      skillsToDevelop: {
        competency: string;
        description: string;
        name: string;
      }[];
      summary: string;
      to: string;
      whatChanges: string[];
    };
    RoleFit: {
      fit: number;
      gaps: components["schemas"]["Gap"][];
      /**
       * @description Set when the verdict rests on a self-assessment alone or on raters a level or more apart.
       * @enum {boolean}
       */
      lowConfidence?: true;
      /** @enum {string} */
      readiness: "ready" | "close" | "stretch";
      reason: string;
      roleId: string;
      strengths: {
        actual: number;
        competency: string;
        expected: number;
      }[];
      unknown: string[];
    };
    SavedPlacement: {
      person: components["schemas"]["Person"];
      placement: components["schemas"]["Placement"];
    };
    SavePlacementRequest: components["schemas"]["PlacementRequest"] & {
      /** @description One of the offered entry roles; the first-ranked one when left out. */
      roleId?: string;
    };
    Session: {
      csrfToken: string;
      organisation: {
        id: string;
        name: string;
        /**
         * @description The IANA time zone whose calendar decides what day it is.
         * @example Europe/Berlin
         */
        timeZone: string;
      };
      /**
       * @description What day it is now in the organisation's time zone (YYYY-MM-DD): the day every form starts from.
       * @example 2026-06-02
       */
      today: string;
      user: {
        email: string;
        id: string;
        orgId: string;
        personId: string | null;
        /** @enum {string} */
        role: "member" | "admin" | "owner";
      };
    };
    Setup: {
      /**
       * Format: email
       * @example ava@example.com
       */
      email: string;
      /** @example Ava Lindqvist */
      name: string;
      /** @example Acme Product */
      organisationName: string;
      password: string;
      /**
       * @description The framework to start from: the server's default product management framework, the minimal four-level PM ladder, or the engineering ladder.
       * @default product-management
       * @enum {string}
       */
      startingPoint?: "product-management" | "minimal-pm-ladder" | "engineering-ladder";
      /** @description The token from the setup link. */
      token: string;
    };
    SetupStatus: {
      open: boolean;
    };
    SpanOfControl: {
      directReports: number;
      managerId: string;
      reason: string;
      /** @enum {string} */
      status: "below" | "within" | "above" | "no-guideline";
    };
    SsoStatus: {
      enabled: boolean;
      /** @example single sign-on */
      label: string;
      passwordsOff: boolean;
    };
    Standing: {
      competencies: {
        competency: string;
        level: number | null;
        matchesRole: string | null;
        reason: string;
      }[];
      summary: string;
      tracks: {
        highestReady: {
          reason: string;
          roleId: string;
        } | null;
        next: string | null;
        /** @enum {string} */
        track: "management" | "ic" | "adjacent";
      }[];
    };
    SubmitAssessment: {
      /** @default [] */
      ratings?: components["schemas"]["Rating"][];
    };
    Task: {
      cycleId: string | null;
      detail: string;
      /** @description When it is wanted, as context; null when open. */
      due: string | null;
      /** @description The page of the web app where the task is done. */
      href: string;
      /** @enum {string} */
      kind:
        | "self-assessment"
        | "manager-assessment"
        | "peer-feedback"
        | "rate-new-competencies"
        | "check-in"
        | "review-assessment";
      personId: string | null;
      personName: string | null;
      title: string;
    };
    TaskSummary: {
      awaitingManagerView: number;
      checkInsDue: number;
      openFeedback: number;
      people: number;
      sentence: string;
    } | null;
    TeamAnalytics: {
      alignment: components["schemas"]["Alignment"];
      /** @description One entry per role. */
      bench: components["schemas"]["BenchStrength"][];
      distribution: components["schemas"]["Distribution"];
      /** @description The 100 largest teams at most, in name order; `heatmapTeams` counts all (every team page by page: GET /api/v1/analytics/org/heatmap). */
      heatmap: components["schemas"]["TeamHeatmap"][];
      /** @description How many teams there are, listed in heatmap or not. */
      heatmapTeams: number;
      /** @description At most 100 raters: those furthest from the other raters of the same people, in people order. */
      leniency: components["schemas"]["RaterLeniency"][];
      /** @description How many raters had ratings to compare, listed or not. */
      leniencyRaters: number;
      managerId: string;
      people: number;
      reason: string;
      spanOfControl: components["schemas"]["SpanOfControl"][];
    };
    TeamHeatmap: {
      competencies: {
        competency: string;
        count: number;
        mean: number | null;
      }[];
      people: number;
      reason: string;
      team: string;
    };
    TitleMapping: {
      /** @example pm */
      roleId: string;
      /** @example Product Owner */
      title: string;
    };
    Transition: {
      from: string;
      /** @enum {string} */
      kind: "promotion" | "track-switch" | "lateral" | "skip" | "pivot";
      notes?: string;
      to: string;
      typicalDuration?: {
        maxYears: number;
        minYears: number;
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
