/**
 * "select": the certification body the enterprise chose itself, when the file says (the detail does
 * not expose it yet, so this shows only once it does); choosing another needs a reason.
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParticipationDetail } from '../../../../../../contracts/participations';

interface BodyRef {
  id: string;
  name: string;
}

export function preferredBodyOf(detail: ParticipationDetail): BodyRef | null {
  return detail.preferredBody;
}

export function PreferredBodyNote({ detail }: { detail: ParticipationDetail }) {
  const { t } = useTranslation();
  const preferred = preferredBodyOf(detail);
  if (!preferred) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={t('dialog.preferredBody', { name: preferred.name })}
      description={t('dialog.preferredBodyHint')}
      style={{ marginBottom: 16 }}
      data-testid="preferred-body"
      data-body-id={preferred.id}
    />
  );
}
