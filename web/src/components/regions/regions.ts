/** Region reference data: children for the cascader, and one region's name by code (the reference contract). */
import { reference, type Region } from '../../../../contracts/reference';
import { callApi } from '../../lib/api-client';
import { useApiQuery } from '../../lib/api-query';

export function fetchRegionChildren(parent?: string): Promise<Region[]> {
  return callApi(reference.regions, { query: { parent } }).then((r) => r.items);
}

export function useRegionChildren(parent?: string) {
  return useApiQuery(reference.regions, { query: { parent } }, { staleTime: Infinity, select: (r) => r.items });
}

export function useRegion(code: string | undefined) {
  return useApiQuery(
    reference.region,
    { params: { code: code ?? '' } },
    { enabled: Boolean(code && /^\d{6}$/.test(code)), staleTime: Infinity },
  );
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
