/**
 * How long an assistance expert sees an enterprise (R13, ADR 0018): while the assistance relation
 * in the register (participation_experts) is open. participationScope applies the same rule in SQL.
 */
/** One row of the assistance register (participation_experts): from–to, to open while it lasts. */
interface AssistanceRelationDates {
  fromOn: string;
  toOn: string | null;
}

/**
 * R13 (assigned scope): an expert sees an enterprise while assisting it. A relation ended by a
 * re-plan, a withdrawal or the close of the participation (its `toOn` set) gives no access; the
 * register keeps the dates for the impartiality check and the expert's own past-assignment list.
 */
export function assignmentGivesAccess(relation: AssistanceRelationDates): boolean {
  return relation.toOn === null;
}
