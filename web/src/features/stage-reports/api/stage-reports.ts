/** Staged reports (报送) through their contract: the overview per deadline, a report, its writes and attachments. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaigns } from '../../../../../contracts/campaigns';
import { stageReports, type ReportAttachment } from '../../../../../contracts/stage-reports';
import { urlOf } from '../../../lib/api-client';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';
import { uploadFile } from '../../../lib/upload';

export const stageReportKeys = queryKeys(stageReports);

export const useReportCampaigns = () =>
  useApiQuery(campaigns.list, { query: { page: 1, pageSize: 100 } }, { select: (a) => a.items });

export const useReportsOverview = (campaignId: string | undefined) =>
  useApiQuery(stageReports.overview, { params: { id: campaignId ?? '' } }, { enabled: !!campaignId });

export const useOwnReport = (campaignId: string, dueOn: string, enabled: boolean) =>
  useApiQuery(stageReports.own, { params: { id: campaignId, dueOn } }, { enabled });

export const useReport = (id: string | null) =>
  useApiQuery(stageReports.get, { params: { id: id ?? '' } }, { enabled: !!id });

export const useSaveReport = () => useApiMutation(stageReports.save, { invalidates: [stageReportKeys.all] });
export const useSubmitReport = () => useApiMutation(stageReports.submit, { invalidates: [stageReportKeys.all] });
export const useReturnReport = () => useApiMutation(stageReports.return, { invalidates: [stageReportKeys.all] });

export function useAttachToReport(campaignId: string, dueOn: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile<ReportAttachment>({
        url: urlOf(stageReports.attach, { params: { id: campaignId, dueOn }, query: { name: file.name } }),
        file,
        contentType: file.type || 'application/octet-stream',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stageReportKeys.all }),
  });
}
