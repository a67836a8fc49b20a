/** Visible on every page of a demo installation (R01), with how to reset the demo. */
import { Alert, Typography } from 'antd';
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
      title={
        <>
          {t('demo.banner')}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="demo-reset-hint">
            {t('demo.reset')}
          </Typography.Text>
        </>
      }
      data-testid="demo-banner"
      style={{ textAlign: 'center' }}
    />
  );
}
