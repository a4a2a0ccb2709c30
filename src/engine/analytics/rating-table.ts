import type { Framework } from "../../framework/schema.ts";
import { frameworkIndex } from "../framework-index.ts";
import { isLater } from "../profile/is-later.ts";
import type { Assessment, Evidence, RaterKind } from "../types.ts";
import { scratchFloat64, scratchInt32, scratchUint8 } from "./scratch-arrays.ts";

/** Everyone's latest ratings: one row per (person, rater), one column per competency. */
export interface RatingTable {
  /** Row * competencies + competency -> level; NaN when that rater did not rate it. */
  cells: Float64Array;
  /** 1 when the rating links evidence from the person's impact log. */
  backed: Uint8Array;
  /** 0 manager, 1 self, 2 peer. */
  kind: Uint8Array;
  /** Rater position (see `raterPosition`). */
  rater: Int32Array;
  /** Person -> their first row, or -1; a person's rows are chained through `next`. */
  head: Int32Array;
  next: Int32Array;
}

function kindCode(kind: RaterKind): number {
  // Comparisons, not a keyed lookup: kinds read from a database are not interned strings.
  return kind === "manager" ? 0 : kind === "self" ? 1 : 2;
}

/** What the table needs to know about the organisation. */
export interface RatingTableInput {
  framework: Framework;
  assessments: readonly Assessment[];
  evidence: readonly Evidence[];
  personIndex: ReadonlyMap<string, number>;
  raterPosition: (raterId: string, person: number, personId: string) => number;
}

/**
 * Reads every submitted assessment once, front to back, keeping per person the latest one of
 * each rater (kind and id) as a row; an earlier one read later is skipped, a later one
 * overwrites its rater's row. Walking the list in order is what keeps memory access fast.
 */
export function readRatingTable(input: RatingTableInput): RatingTable {
  const { framework, assessments, personIndex, raterPosition } = input;
  const positions = frameworkIndex(framework).competencyPosition;
  const size = framework.competencies.length;
  const ids = framework.competencies.map((competency) => competency.id);
  const owners = new Map(input.evidence.map((entry) => [entry.id, entry.personId]));
  const anyEvidence = owners.size > 0;
  const head = scratchInt32("head", personIndex.size).fill(-1);
  let capacity = Math.max(64, Math.min(assessments.length, personIndex.size * 6));
  let cells = scratchFloat64("cells", capacity * size);
  let backed = scratchUint8("backed", capacity * size);
  let kind = scratchUint8("kind", capacity);
  let rater = scratchInt32("rater", capacity);
  let next = scratchInt32("next", capacity);
  let source = scratchInt32("source", capacity);
  // Every row starts unknown; only a row overwritten by a later assessment is cleared again.
  cells.fill(Number.NaN);
  backed.fill(0);
  function grow() {
    const larger = Math.ceil(capacity * 1.5);
    const copy = <T extends Float64Array | Int32Array | Uint8Array>(old: T, fresh: T) => {
      fresh.set(old);
      return fresh;
    };
    cells = copy(cells, scratchFloat64("cells", larger * size));
    backed = copy(backed, scratchUint8("backed", larger * size));
    kind = copy(kind, scratchUint8("kind", larger));
    rater = copy(rater, scratchInt32("rater", larger));
    next = copy(next, scratchInt32("next", larger));
    source = copy(source, scratchInt32("source", larger));
    cells.fill(Number.NaN, capacity * size);
    backed.fill(0, capacity * size);
    capacity = larger;
  }

  let rows = 0;
  let lastId = "";
  let last: number | undefined;
  for (let at = 0; at < assessments.length; at++) {
    const assessment = assessments[at] as Assessment;
    if (assessment.submittedAt === null) continue;
    // Assessments usually come grouped by person: reuse the last lookup while the id repeats.
    if (assessment.personId !== lastId) {
      lastId = assessment.personId;
      last = personIndex.get(lastId);
    }
    if (last === undefined) continue;
    const person = last;
    const code = kindCode(assessment.raterKind);
    let row = head[person] as number;
    // The kind is checked in the row first, so only same-kind rows load their assessment.
    for (; row >= 0; row = next[row] as number) {
      if (kind[row] !== code) continue;
      const other = assessments[source[row] as number] as Assessment;
      if (other.raterId === assessment.raterId) break;
    }
    if (row < 0) {
      if (rows === capacity) grow();
      row = rows++;
      next[row] = head[person] as number;
      head[person] = row;
      kind[row] = code;
      rater[row] = raterPosition(assessment.raterId, person, assessment.personId);
    } else if (isLater(assessment, assessments[source[row] as number] as Assessment)) {
      cells.fill(Number.NaN, row * size, row * size + size);
      if (anyEvidence) backed.fill(0, row * size, row * size + size);
    } else {
      continue;
    }
    source[row] = at;
    const base = row * size;
    const ratings = assessment.ratings;
    let guess = 0;
    for (let j = 0; j < ratings.length; j++) {
      const rating = ratings[j];
      if (rating === undefined) continue;
      // Ratings usually arrive in framework order: checking the expected position skips a lookup.
      const position =
        guess < size && rating.competency === ids[guess] ? guess : positions.get(rating.competency);
      if (position !== undefined) guess = position + 1;
      const level = rating.level;
      // level - level is NaN for NaN and both infinities: only finite numbers count.
      if (position === undefined || typeof level !== "number" || level - level !== 0) continue;
      const previous = cells[base + position] as number;
      // A competency rated twice in one assessment counts once, at the higher rating.
      if (Number.isNaN(previous) || level > previous) cells[base + position] = level;
      if (anyEvidence && rating.evidence?.some((id) => owners.get(id) === assessment.personId)) {
        backed[base + position] = 1;
      }
    }
  }
  return { cells, backed, kind, rater, head, next };
}
