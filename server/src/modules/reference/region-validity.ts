/**
 * The region check of a new record (domain/regions/region-status): the code must be in the region
 * tree and current — neither retired (GB/T 2260 §3.2) nor made up by the source data.
 * Existing records keep whatever code they hold.
 */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { regions } from '../../platform/db/regions.table.js';
import { AppError } from '../../platform/http/app-error.js';
import { newRecordRegionProblem, regionProblemDetail } from '../../../../domain/regions/region-status.js';

export async function assertRegionsForNewRecord(
  executor: Executor,
  codes: ReadonlyArray<string>,
  field: string,
): Promise<void> {
  if (codes.length === 0) return;
  const known = new Set(
    (
      await executor
        .select({ code: regions.code })
        .from(regions)
        .where(inArray(regions.code, [...codes]))
    ).map((r) => r.code),
  );
  for (const code of codes) {
    const problem = newRecordRegionProblem(code, (c) => known.has(c));
    if (problem)
      throw new AppError(problem, { field, detail: problem === 'REGION_RETIRED' ? regionProblemDetail(code) : code });
  }
}
