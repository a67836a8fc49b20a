/**
 * Jurisdiction as an access rule (ADR 0004: scope by region-code prefix; R12–R13). A bureau's
 * jurisdiction is its region's GB/T 2260 subtree, so "does this jurisdiction hold that region" is a
 * prefix test. Used for enrolment (ADR 0017), body registration and the typed region of an application.
 */
import { isWithinRegion } from '../regions/region-code.js';

/**
 * ADR 0004: a jurisdiction holds a region when the region's code lies in its subtree. A bureau
 * without a region holds nothing; a record without a region is held by no one below the country.
 */
export function jurisdictionHolds(
  jurisdictionRegionCode: string | null | undefined,
  regionCode: string | null | undefined,
): boolean {
  if (!jurisdictionRegionCode) return false;
  if (!regionCode) return jurisdictionRegionCode === '000000';
  return isWithinRegion(regionCode, jurisdictionRegionCode);
}
