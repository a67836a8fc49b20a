/**
 * Jurisdiction and assignment as access rules (ADR 0004: scope by region-code prefix; R12–R13).
 * A bureau's jurisdiction is its region's GB/T 2260 subtree, so "does this jurisdiction hold that
 * region" is a prefix test; an expert's access lasts as long as the assistance relation.
 */
import { isWithinRegion } from '../regions/region-code.js';

/**
 * ADR 0004: a jurisdiction holds a region when the region's code lies in its subtree. A bureau
 * without a region holds nothing; a record without a region is held by no one below the country.
 */
export function jurisdictionHolds(jurisdictionRegionCode: string | null | undefined, regionCode: string | null | undefined): boolean {
  if (!jurisdictionRegionCode) return false;
  if (!regionCode) return jurisdictionRegionCode === '000000';
  return isWithinRegion(regionCode, jurisdictionRegionCode);
}

/** One row of the assistance register (participation_experts): from–to, to open while it lasts. */
export interface AssistanceRelationDates {
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
