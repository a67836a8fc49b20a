/**
 * The region check of a new record (domain/regions/region-status): the code must be in the region
 * tree and current — neither retired (GB/T 2260 §3.2) nor made up by the source data.
 * Existing records keep whatever code they hold.
 */
import type { Executor } from '../../platform/db/client.js';
import { knownRegionCodes } from './reference.repository.js';
import { AppError } from '../../platform/http/app-error.js';
import { newRecordRegionProblem, regionProblemDetail } from '../../../../domain/regions/region-status.js';

export async function assertRegionsForNewRecord(
  executor: Executor,
  codes: ReadonlyArray<string>,
  field: string,
): Promise<void> {
  if (codes.length === 0) return;
  const known = await knownRegionCodes(executor, [...codes]);
  for (const code of codes) {
    const problem = newRecordRegionProblem(code, (c) => known.has(c));
    if (problem)
      throw new AppError(problem, { field, detail: problem === 'REGION_RETIRED' ? regionProblemDetail(code) : code });
  }
}
