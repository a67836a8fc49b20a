/**
 * Accounts and organizations (分级管理) through the accounts contract: lists, the lifecycle writes, the security
 * administrator's actions, the public activation link, the bulk import and the enterprise contact's invitation.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accounts, type AccountImportResult } from '../../../../../contracts/accounts';
import type { CallInput } from '../../../../../contracts/endpoint';
import { urlOf } from '../../../lib/api-client';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';
import { uploadFile } from '../../../lib/upload';

export type AccountQuery = NonNullable<CallInput<typeof accounts.list>['query']>;
export type OrganizationQuery = NonNullable<CallInput<typeof accounts.organizations>['query']>;

export const accountKeys = queryKeys(accounts);
const all = { invalidates: [accountKeys.all] };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const useAbilities = () => useApiQuery(accounts.abilities, {}, { staleTime: 60_000 });
export const useAccounts = (query: AccountQuery) => useApiQuery(accounts.list, { query });
export const useAccount = (id: string | undefined) =>
  useApiQuery(accounts.get, { params: { id: id ?? '' } }, { enabled: Boolean(id) });
export const useOrganizations = (query: OrganizationQuery) => useApiQuery(accounts.organizations, { query });

export const useCreateAccount = () => useApiMutation(accounts.create, all);
export const useUpdateAccount = () => useApiMutation(accounts.update, all);
export const useInviteAccount = () => useApiMutation(accounts.invite, all);
export const useDisableAccount = () => useApiMutation(accounts.disable, all);
export const useEnableAccount = () => useApiMutation(accounts.enable, all);
export const useMoveAccount = () => useApiMutation(accounts.move, all);
export const useResetPassword = () => useApiMutation(accounts.resetPassword, all);
export const useEndSessions = () => useApiMutation(accounts.endSessions, all);
export const useCreateOrganization = () => useApiMutation(accounts.createOrganization, all);

export const useInspectInvitation = () => useApiMutation(accounts.inspectInvitation);
export const useActivate = () => useApiMutation(accounts.activate);

export const useEnterpriseAccount = (participationId: string, enabled: boolean) =>
  useApiQuery(accounts.enterpriseAccount, { params: { id: participationId } }, { enabled, retry: false });
export const useInviteEnterprise = () => useApiMutation(accounts.inviteEnterprise, all);

export interface AccountImportInput {
  file: File;
  dryRun: boolean;
  onProgress: (percent: number) => void;
}

/** The bulk import: the .xlsx as the raw body with upload progress (like rosters), all-or-nothing. */
export function useAccountImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, onProgress }: AccountImportInput) =>
      uploadFile<AccountImportResult>({
        url: urlOf(accounts.import, { query: { dryRun: dryRun ? '1' : '0' } }),
        file,
        contentType: XLSX_TYPE,
        onProgress,
      }),
    onSuccess: (result) => {
      if (result.createdRows > 0) void queryClient.invalidateQueries({ queryKey: accountKeys.all });
    },
  });
}

/** The link as the person will open it: the server gives a path when it does not know its public address. */
export function absoluteLink(link: string): string {
  return link.startsWith('/') ? `${window.location.origin}${link}` : link;
}
