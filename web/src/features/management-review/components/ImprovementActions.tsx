/**
 * 改进措施 (003 §6.8.2): the review's outputs as actions, each with owner and due date, marked done and then checked
 * for effectiveness (the check not before it was done); overdue ones flagged.
 */
import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, List, Modal, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ManagementReviewOverview } from '../../../../../contracts/management-review';
import { DateInput } from '../../../components/DateInput';
import { errorText } from '../../../components/ErrorAlert';
import { Field } from '../../../components/FormField';
import { today } from '../../../lib/format';
import { useUpdateImprovementAction } from '../api/management-review';

type Action = ManagementReviewOverview['actions'][number];

const STATE_COLOR: Record<Action['state'], string> = {
  open: 'gold',
  done: 'processing',
  effective: 'green',
  ineffective: 'red',
};

function UpdateDialog(props: { participationId: string; action: Action; mode: 'done' | 'check'; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateImprovementAction();
  const [on, setOn] = useState<string | null>(today());
  const [note, setNote] = useState('');
  const [checkedBy, setCheckedBy] = useState('');
  const [effective, setEffective] = useState(true);
  const submit = () =>
    update.mutate(
      {
        params: { id: props.participationId, actionId: props.action.id },
        body:
          props.mode === 'done'
            ? { doneOn: on ?? '', doneNote: note, version: props.action.version }
            : { check: { effective, checkedOn: on ?? '', checkedBy }, version: props.action.version },
      },
      { onSuccess: props.onClose },
    );
  return (
    <Modal
      open
      title={props.mode === 'done' ? t('managementReview.markDone') : t('managementReview.check')}
      onCancel={props.onClose}
      destroyOnHidden
      okText={t('common.save')}
      onOk={submit}
      okButtonProps={{ loading: update.isPending, 'data-testid': 'action-save' }}
    >
      <Flex vertical gap={12}>
        {update.isError ? (
          <Alert type="error" showIcon title={errorText(update.error)} data-testid="action-error" />
        ) : null}
        <Typography.Text>{props.action.text}</Typography.Text>
        <Field
          label={props.mode === 'done' ? t('managementReview.doneOn') : t('managementReview.checkedOn')}
          width={170}
          required
        >
          <DateInput value={on} onChange={setOn} testId="action-date" allowClear={false} />
        </Field>
        {props.mode === 'done' ? (
          <Field label={t('managementReview.doneNote')}>
            <Input.TextArea
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              data-testid="action-note"
            />
          </Field>
        ) : (
          <>
            <Field label={t('managementReview.checkedBy')} width={160} required>
              <Input
                value={checkedBy}
                maxLength={40}
                onChange={(e) => setCheckedBy(e.target.value)}
                data-testid="action-checked-by"
              />
            </Field>
            <Radio.Group
              value={effective}
              onChange={(e) => setEffective(e.target.value as boolean)}
              data-testid="action-effective"
              options={[
                { value: true, label: t('managementReview.effective') },
                { value: false, label: t('managementReview.ineffective') },
              ]}
            />
          </>
        )}
      </Flex>
    </Modal>
  );
}

export function ImprovementActions(props: {
  participationId: string;
  overview: ManagementReviewOverview;
  mayWrite: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ action: Action; mode: 'done' | 'check' } | null>(null);
  if (props.overview.actions.length === 0) return null;
  return (
    <Card size="small" title={t('managementReview.actions')} data-testid="improvement-actions">
      <List
        dataSource={props.overview.actions}
        renderItem={(a, i) => (
          <List.Item data-testid={`improvement-action-${i}`} data-state={a.state}>
            <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
              <Flex gap={8} wrap align="baseline">
                <Tag>{t(`reviewOutput.${a.kind}`)}</Tag>
                <Typography.Text strong>{a.text}</Typography.Text>
                <Tag color={STATE_COLOR[a.state]}>{t(`improvementState.${a.state}`)}</Tag>
                {a.overdue ? <Tag color="red">{t('managementReview.overdue')}</Tag> : null}
              </Flex>
              <Typography.Text type="secondary">
                {t('managementReview.owner')}：{a.owner} · {t('managementReview.dueOn')}：{a.dueOn}
                {a.doneOn ? ` · ${t('managementReview.doneOn')}：${a.doneOn}` : ''}
                {a.checkedOn ? ` · ${t('managementReview.checkedOn')}：${a.checkedOn}（${a.checkedBy ?? ''}）` : ''}
              </Typography.Text>
              {a.doneNote ? <Typography.Text>{a.doneNote}</Typography.Text> : null}
              {props.mayWrite && (a.state === 'open' || a.state === 'done') ? (
                <Flex gap={8} wrap>
                  {a.state === 'open' ? (
                    <Button
                      size="small"
                      onClick={() => setOpen({ action: a, mode: 'done' })}
                      data-testid={`improvement-action-${i}-done`}
                    >
                      {t('managementReview.markDone')}
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      onClick={() => setOpen({ action: a, mode: 'check' })}
                      data-testid={`improvement-action-${i}-check`}
                    >
                      {t('managementReview.check')}
                    </Button>
                  )}
                </Flex>
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
      {open ? (
        <UpdateDialog
          participationId={props.participationId}
          action={open.action}
          mode={open.mode}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Card>
  );
}
