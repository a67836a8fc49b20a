/** The dashboard through its contract, and the campaigns a viewer may narrow it to. */
import { campaigns } from '../../../../../contracts/campaigns';
import { dashboard, type DashboardDrill, type DashboardQuery } from '../../../../../contracts/dashboard';
import { useApiQuery } from '../../../lib/api-query';

export const useDashboard = (query: DashboardQuery) => useApiQuery(dashboard.get, { query });

export const useDashboardCampaigns = () =>
  useApiQuery(campaigns.list, { query: { page: 1, pageSize: 100 } }, { select: (a) => a.items });

/** The participations list's address for a figure's drill-down (its filters in the address). */
export function drillPath(drill: DashboardDrill): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(drill))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return `/participations?${search.toString()}`;
}
