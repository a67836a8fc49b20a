/** Visible on every page of a demo installation (R01). */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../lib/session';

export function DemoBanner() {
  const { t } = useTranslation();
  const meta = useMeta();
  if (!meta.data?.demo) return null;
  return (
    <Alert
      type="warning"
      banner
      showIcon
      title={t('demo.banner')}
      data-testid="demo-banner"
      style={{ textAlign: 'center' }}
    />
  );
}
