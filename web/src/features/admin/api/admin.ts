/** Accounts and lifting a lockout, through the admin contract. */
import { admin } from '../../../../../contracts/admin';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

const adminKeys = queryKeys(admin);

export function useUsers() {
  return useApiQuery(admin.users, {}, { select: (answer) => answer.items });
}

export function useUnlockUser() {
  return useApiMutation(admin.unlock, { invalidates: [adminKeys.allOf(admin.users)] });
}
