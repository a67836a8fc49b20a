/** An account's state: invited (not yet activated), active, disabled; a sign-in lockout shows on top. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountListItem } from '../../../../../contracts/accounts';
import { formatDateTime } from '../../../lib/format';

const COLORS = { pending: 'gold', active: 'green', disabled: 'default' } as const;

export function AccountStatusTag({ account }: { account: Pick<AccountListItem, 'status' | 'lockedUntil'> }) {
  const { t } = useTranslation();
  const locked = account.lockedUntil && new Date(account.lockedUntil).getTime() > Date.now();
  return (
    <span data-testid="account-status" data-status={account.status} data-locked={String(Boolean(locked))}>
      <Tag color={COLORS[account.status]}>{t(`accounts.status_${account.status}`)}</Tag>
      {locked ? <Tag color="red">{t('users.locked', { until: formatDateTime(account.lockedUntil) })}</Tag> : null}
    </span>
  );
}
