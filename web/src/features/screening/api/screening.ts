/** A participation's eligibility screening, its recording and the waiting list. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type { RecordScreeningRequest, ScreeningView } from '../../../lib/api-types';
import { participations } from '../../../../../contracts/participations';
import { queryKeyOf } from '../../../lib/api-query';

export const screeningKey = (id: string) => ['screening', id] as const;
const path = (id: string) => `/api/v1/participations/${encodeURIComponent(id)}`;

export function useScreening(id: string, enabled: boolean) {
  return useQuery({
    queryKey: screeningKey(id),
    queryFn: () => apiGet<ScreeningView>(`${path(id)}/screening`),
    enabled,
  });
}

export function useRecordScreening(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordScreeningRequest) => apiPost<ScreeningView>(`${path(id)}/screening`, body),
    onSuccess: (view) => queryClient.setQueryData(screeningKey(id), view),
  });
}

export function useSetWaitlisted(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { waitlisted: boolean; version: number }) =>
      apiPost<ScreeningView>(`${path(id)}/waitlist`, body),
    onSuccess: (view) => {
      queryClient.setQueryData(screeningKey(id), view);
      // the participation's version moved on
      void queryClient.invalidateQueries({ queryKey: queryKeyOf(participations.detail, { params: { id } }) });
    },
  });
}

export interface CorrectFiguresBody {
  version: number;
  sizeIndustry?: string | null;
  employees?: number | null;
  revenueWan?: number | null;
  assetsWan?: number | null;
  reason: string;
}

/** The bureau's recorded correction of the size figures; the size and the participation's version change. */
export function useCorrectFigures(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CorrectFiguresBody) => apiPost<ScreeningView>(`${path(id)}/screening/figures`, body),
    onSuccess: (view) => {
      queryClient.setQueryData(screeningKey(id), view);
      void queryClient.invalidateQueries({ queryKey: queryKeyOf(participations.detail, { params: { id } }) });
    },
  });
}
