/** Campaign writes: create, update (version-checked), kick-off record and certification body selection. */
import { campaigns } from '../../../../../contracts/campaigns';
import { useApiMutation } from '../../../lib/api-query';
import { campaignKeys } from './campaigns';

// every write refreshes the lists and the campaign pages (a child's change shows on its parent's page too)
const refresh = { invalidates: [campaignKeys.all] };

export const useCreateCampaign = () => useApiMutation(campaigns.create, refresh);
export const useUpdateCampaign = () => useApiMutation(campaigns.update, refresh);
export const useRecordKickOff = () => useApiMutation(campaigns.recordKickOff, refresh);
export const useSelectBody = () => useApiMutation(campaigns.selectBody, refresh);
