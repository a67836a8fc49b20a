/** Shows the server's localized message (or a network message) with an optional retry. */
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('error.title')}
      description={errorText(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
