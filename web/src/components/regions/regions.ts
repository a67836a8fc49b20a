/** Region reference data: children for the cascader, and one region's name by code. */
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api-client';
import type { Region } from '../../lib/api-types';

export function fetchRegionChildren(parent?: string): Promise<Region[]> {
  return apiGet<{ items: Region[] }>('/api/v1/regions', { parent }).then((r) => r.items);
}

export function useRegionChildren(parent?: string) {
  return useQuery({
    queryKey: ['regions', parent ?? 'root'],
    queryFn: () => fetchRegionChildren(parent),
    staleTime: Infinity,
  });
}

export function useRegion(code: string | undefined) {
  return useQuery({
    queryKey: ['region', code],
    queryFn: () => apiGet<{ region: Region; lineage: Region[] }>(`/api/v1/regions/${code ?? ''}`),
    enabled: Boolean(code && /^\d{6}$/.test(code)),
    staleTime: Infinity,
  });
}

/** A node of the lazily loaded 省/市/县 cascaders; counties are leaves. */
export interface RegionOption {
  value: string;
  label: string;
  isLeaf?: boolean;
  children?: RegionOption[];
}

export const toRegionOption = (r: Region): RegionOption => ({
  value: r.code,
  label: r.name,
  isLeaf: r.level === 'county',
});
