/** How many rows a list query returns, starting where. */
export interface PageOptions {
  limit?: number;
  offset?: number;
}

/** The page size when none is given. */
export const defaultLimit = 100;
