/** "Verify chain": checks the audit hash chain and names the first broken entry. */
import { Alert, Button, Flex } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../components/ErrorAlert';
import type { useVerifyChain } from '../api/audit';

export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  const { t } = useTranslation();
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={verify.isPending}
      onClick={() => verify.mutate()}
      data-testid="audit-verify"
    >
      {t('audit.verify')}
    </Button>
  );
}

export function VerifyChainResult({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  const { t } = useTranslation();
  if (verify.isError) return <Alert type="error" showIcon title={errorText(verify.error)} />;
  const r = verify.data;
  if (!r) return null;
  return (
    <Flex vertical data-testid="audit-verify-result" data-ok={String(r.ok)}>
      {r.ok ? (
        <Alert type="success" showIcon title={t('audit.verifyOk', { checked: r.checked })} />
      ) : r.missing ? (
        <Alert
          type="error"
          showIcon
          title={t('audit.verifyTruncated', { from: r.missing.fromSeq, to: r.missing.toSeq })}
        />
      ) : (
        <Alert
          type="error"
          showIcon
          title={t('audit.verifyBroken', {
            seq: r.firstBroken?.seq ?? '?',
            reason: r.firstBroken
              ? t(`audit.breakReason.${r.firstBroken.reason}`, { defaultValue: t('audit.breakReason.hash_mismatch') })
              : '',
            checked: r.checked,
          })}
        />
      )}
    </Flex>
  );
}
