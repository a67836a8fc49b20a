/**
 * Rosters (名册): template download, import (raw XLSX body with upload progress; dry run or not,
 * all-or-nothing or valid rows only), the errors file and the participation export.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { buildPath } from '../../../lib/api-client';
import type { RosterImportMode, RosterImportResult } from '../../../lib/api-types';
import { uploadFile } from '../../../lib/upload';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const base = (campaignId: string) => `/api/v1/campaigns/${encodeURIComponent(campaignId)}`;

export const rosterPaths = {
  template: (campaignId: string) => `${base(campaignId)}/roster/template`,
  errors: (campaignId: string, importId: string) =>
    `${base(campaignId)}/roster/imports/${encodeURIComponent(importId)}/errors.xlsx`,
  export: (campaignId: string) => `${base(campaignId)}/participations.xlsx`,
};

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
        url: buildPath(`${base(campaignId)}/roster/import`, { mode, dryRun: dryRun ? 1 : undefined }),
        file,
        contentType: XLSX_TYPE,
        onProgress,
      }),
    onSuccess: (result) => {
      if (result.createdRows > 0) {
        void queryClient.invalidateQueries({ queryKey: ['participations'] });
        void queryClient.invalidateQueries({ queryKey: ['campaign', campaignId] });
      }
    },
  });
}
