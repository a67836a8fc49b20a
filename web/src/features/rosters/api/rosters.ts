/**
 * Rosters (名册): template download, import (raw XLSX body with upload progress; dry run or not,
 * all-or-nothing or valid rows only), the errors file and the participation export, through the rosters contract.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaigns } from '../../../../../contracts/campaigns';
import { participations } from '../../../../../contracts/participations';
import { rosters, type RosterImportMode, type RosterImportResult } from '../../../../../contracts/rosters';
import { urlOf } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/api-query';
import { uploadFile } from '../../../lib/upload';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * @deprecated the participation list (another feature) still downloads the export by path: use
 * `downloadEndpoint(rosters.export, …)` from lib/download with the rosters contract instead.
 */

export interface RosterImportInput {
  file: File;
  mode: RosterImportMode;
  dryRun: boolean;
  onProgress: (percent: number) => void;
}

export function useRosterImport(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mode, dryRun, onProgress }: RosterImportInput) =>
      uploadFile<RosterImportResult>({
        url: urlOf(rosters.import, { params: { id: campaignId }, query: { mode, dryRun: dryRun ? '1' : undefined } }),
        file,
        contentType: XLSX_TYPE,
        onProgress,
      }),
    onSuccess: (result) => {
      if (result.createdRows > 0) {
        void queryClient.invalidateQueries({ queryKey: queryKeys(participations).all });
        void queryClient.invalidateQueries({ queryKey: queryKeys(campaigns).all });
      }
    },
  });
}
