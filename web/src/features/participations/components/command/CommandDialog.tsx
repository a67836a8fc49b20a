/** Runs one stage command: its fields, then POST …/transitions with the detail's version. */
import { Alert, App, Button, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { Command } from '../../../../../../domain/lifecycle/transitions.js';
import type { ParticipationDetail } from '../../../../../../contracts/participations';
import { ApiError } from '../../../../lib/api-client';
import { errorText } from '../../../../components/ErrorAlert';
import { participationKey, useTransition } from '../../api/participations';
import { CommandFields } from './CommandFields';
import { preferredBodyOf } from './PreferredBodyNote';
import { toTransitionRequest, type CommandFormValues } from './command-values';

const DANGER: ReadonlySet<Command> = new Set<Command>(['reject', 'withdraw']);

interface Props {
  command: Command;
  detail: ParticipationDetail;
  onClose: () => void;
}

export function CommandDialog({ command, detail, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CommandFormValues>();
  const transition = useTransition(detail.id);

  const submit = (values: CommandFormValues) =>
    transition.mutate(
      { params: { id: detail.id }, body: toTransitionRequest(command, detail.version, values) },
      {
        onSuccess: () => {
          void message.success(t('dialog.success', { command: t(`command.${command}`) }));
          onClose();
        },
        onError: (error) => {
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
      footer={[
        <Button key="cancel" onClick={onClose} disabled={transition.isPending}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={DANGER.has(command)}
          loading={transition.isPending}
          onClick={() => form.submit()}
          data-testid="command-submit"
        >
          {t('common.confirm')}
        </Button>,
      ]}
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
      <Form<CommandFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={transition.isPending}
        initialValues={{ certificationBodyId: detail.certificationBody?.id ?? preferredBodyOf(detail)?.id }}
        data-testid={`command-form-${command}`}
      >
        <CommandFields command={command} detail={detail} />
      </Form>
    </Modal>
  );
}
