/**
 * Runs one stage command: its fields, then a confirmation that names the stage it moves to and the
 * date, then POST …/transitions with the detail's version. Nothing is sent before the confirmation.
 */
import { useState } from 'react';
import { Alert, App, Button, Form, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { TRANSITIONS, type Command } from '../../../../../../domain/lifecycle/transitions.js';
import type { ParticipationDetail } from '../../../../../../contracts/participations';
import { ApiError } from '../../../../lib/api-client';
import { errorText } from '../../../../components/ErrorAlert';
import { participationKey, useTransition } from '../../api/participations';
import { CommandFields } from './CommandFields';
import { preferredBodyOf } from './PreferredBodyNote';
import { moveDateOf, toTransitionRequest, type CommandFormValues } from './command-values';

const DANGER: ReadonlySet<Command> = new Set<Command>(['reject', 'withdraw']);

interface Props {
  command: Command;
  detail: ParticipationDetail;
  /** screen: the screening found the enterprise not eligible, so passing it asks for a reason. */
  screeningIneligible?: boolean;
  onClose: () => void;
}

export function CommandDialog({ command, detail, screeningIneligible = false, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CommandFormValues>();
  const transition = useTransition(detail.id);
  // the validated values waiting for the confirmation; null while the fields are being filled in
  const [confirming, setConfirming] = useState<CommandFormValues | null>(null);

  const send = (values: CommandFormValues) =>
    transition.mutate(
      { params: { id: detail.id }, body: toTransitionRequest(command, detail.version, values) },
      {
        onSuccess: () => {
          void message.success(t('dialog.success', { command: t(`command.${command}`) }));
          onClose();
        },
        onError: (error) => {
          setConfirming(null);
          if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
            void message.warning(t('error.versionConflict'));
            void queryClient.invalidateQueries({ queryKey: participationKey(detail.id) });
            onClose();
          }
        },
      },
    );

  const conflict = transition.error instanceof ApiError && transition.error.code === 'VERSION_CONFLICT';
  return (
    <Modal
      open
      title={t(`command.${command}`)}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: !transition.isPending }}
      footer={
        confirming
          ? [
              <Button
                key="back"
                onClick={() => setConfirming(null)}
                disabled={transition.isPending}
                data-testid="command-back"
              >
                {t('dialog.back')}
              </Button>,
              <Button
                key="ok"
                type="primary"
                danger={DANGER.has(command)}
                loading={transition.isPending}
                onClick={() => send(confirming)}
                data-testid="command-confirm"
              >
                {t('dialog.confirmMoveButton', { command: t(`command.${command}`) })}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose} disabled={transition.isPending}>
                {t('common.cancel')}
              </Button>,
              <Button
                key="next"
                type="primary"
                danger={DANGER.has(command)}
                onClick={() => form.submit()}
                data-testid="command-submit"
              >
                {t('common.confirm')}
              </Button>,
            ]
      }
    >
      {transition.isError && !conflict ? (
        <Alert
          type="error"
          showIcon
          title={errorText(transition.error)}
          style={{ marginBottom: 16 }}
          data-testid="command-error"
        />
      ) : null}
      {confirming ? (
        <Alert
          type={DANGER.has(command) ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="command-confirmation"
          title={t('dialog.confirmMove', {
            command: t(`command.${command}`),
            stage: t(`stage.${TRANSITIONS[command].to}`),
            date: moveDateOf(command, confirming) ?? dayjs().format('YYYY-MM-DD'),
          })}
          description={
            confirming.reason?.trim() ? (
              <Typography.Text>{t('dialog.confirmReason', { reason: confirming.reason.trim() })}</Typography.Text>
            ) : undefined
          }
        />
      ) : null}
      <Form<CommandFormValues>
        form={form}
        layout="vertical"
        onFinish={setConfirming}
        disabled={transition.isPending}
        style={confirming ? { display: 'none' } : undefined}
        initialValues={{ certificationBodyId: detail.certificationBody?.id ?? preferredBodyOf(detail)?.id }}
        data-testid={`command-form-${command}`}
      >
        <CommandFields command={command} detail={detail} screeningIneligible={screeningIneligible} />
      </Form>
    </Modal>
  );
}
