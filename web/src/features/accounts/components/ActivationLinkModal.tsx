/**
 * A one-time link just issued (activation or password reset), or a temporary password: shown once to the person who
 * issued it, to copy and pass on. The server keeps only a hash, so closing this is the last time it can be seen.
 */
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IssuedInvitation } from '../../../../../contracts/accounts';
import { formatDateTime } from '../../../lib/format';
import { absoluteLink } from '../api/accounts';

export interface IssuedSecret {
  /** Whose account it is (shown in the title). */
  displayName: string;
  invitation?: IssuedInvitation | null;
  temporaryPassword?: string | null;
}

export function ActivationLinkModal({ issued, onClose }: { issued: IssuedSecret | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const link = issued?.invitation ? absoluteLink(issued.invitation.link) : null;
  const secret = link ?? issued?.temporaryPassword ?? '';
  const copy = () =>
    void navigator.clipboard
      ?.writeText(secret)
      .then(() => void message.success(t('accounts.copied')))
      .catch(() => void message.warning(t('accounts.copyFailed')));
  const title = !issued
    ? ''
    : issued.temporaryPassword
      ? t('accounts.temporaryPasswordTitle', { name: issued.displayName })
      : issued.invitation?.purpose === 'reset'
        ? t('accounts.resetLinkTitle', { name: issued.displayName })
        : t('accounts.activationLinkTitle', { name: issued.displayName });
  return (
    <Modal
      open={issued !== null}
      title={title}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="activation-link-close">
          {t('accounts.done')}
        </Button>
      }
      destroyOnHidden
    >
      {issued ? (
        <Flex vertical gap={12} data-testid="activation-link">
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            {issued.temporaryPassword ? t('accounts.temporaryPasswordText') : t('accounts.activationLinkText')}
          </Typography.Paragraph>
          <Flex gap={8} align="center">
            <Typography.Text
              code
              style={{ wordBreak: 'break-all', flex: 1 }}
              data-testid={issued.temporaryPassword ? 'temporary-password' : 'activation-link-url'}
              data-user-text=""
            >
              {secret}
            </Typography.Text>
            <Button icon={<CopyOutlined />} onClick={copy} aria-label={t('accounts.copy')}>
              {t('accounts.copy')}
            </Button>
          </Flex>
          {issued.invitation ? (
            <Typography.Text type="secondary">
              {t('accounts.expiresAt', { at: formatDateTime(issued.invitation.expiresAt) })}
              {issued.invitation.emailed ? ` ${t('accounts.emailed')}` : ''}
            </Typography.Text>
          ) : null}
          <Alert type="warning" showIcon title={t('accounts.shownOnce')} />
        </Flex>
      ) : null}
    </Modal>
  );
}
