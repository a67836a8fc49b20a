/** Training: sessions, enrolment, attendance, statistics and coverage, through the training contract. */
import { campaigns } from '../../../../../contracts/campaigns';
import { training, type StatisticsQuery } from '../../../../../contracts/training';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const trainingKeys = queryKeys(training);

export function useTrainingCampaigns() {
  return useApiQuery(campaigns.list, { query: { pageSize: 100 } }, { select: (a) => a.items });
}

export function useTrainingSessions(query: { campaignId?: string; kind?: StatisticsQuery['kind'] }) {
  return useApiQuery(training.list, { query }, { select: (a) => a.items });
}

export function useTrainingSession(id: string | null) {
  return useApiQuery(training.detail, { params: { id: id ?? '' } }, { enabled: Boolean(id) });
}

export function useEnrolCandidates(id: string | null, enabled: boolean) {
  return useApiQuery(
    training.candidates,
    { params: { id: id ?? '' } },
    { enabled: Boolean(id) && enabled, select: (a) => a.items },
  );
}

export function useCreateSession() {
  return useApiMutation(training.create, { invalidates: [trainingKeys.all] });
}

export function useEnrol() {
  return useApiMutation(training.enrol, { invalidates: [trainingKeys.all] });
}

export function useAddAttendance() {
  return useApiMutation(training.addAttendance, { invalidates: [trainingKeys.all] });
}

export function useRemoveAttendance() {
  return useApiMutation(training.removeAttendance, { invalidates: [trainingKeys.all] });
}

export function useTrainingStatistics(query: Partial<StatisticsQuery>, enabled: boolean) {
  return useApiQuery(training.statistics, { query: query as StatisticsQuery }, { enabled });
}

export function useTrainingCoverage(campaignId: string | undefined, enabled: boolean) {
  return useApiQuery(
    training.coverage,
    { params: { id: campaignId ?? '' } },
    { enabled: enabled && Boolean(campaignId) },
  );
}
