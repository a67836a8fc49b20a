/**
 * 体系运行 (000 §二(4); 003 §6.7.2.4): the recorded start — the one way to "operating", asked for with a confirmation
 * that names the date — and the dated operation records with their files.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, List, Modal, Select, Tag, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  OPERATION_RECORD_KINDS,
  type OperationRecordKind,
} from '../../../../../domain/implementation/implementation.js';
import type { ImplementationOverview } from '../../../../../contracts/implementation';
import type { UploadedFile } from '../../../../../contracts/files';
import { DateInput } from '../../../components/DateInput';
import { errorText } from '../../../components/ErrorAlert';
import { EVIDENCE_ACCEPT, fileUrl, uploadParticipationFile } from '../../../components/files/files';
import { today } from '../../../lib/format';
import { useAddRecord, useStartOperation } from '../api/implementation';

/** A DateInput a Form.Item fills (value and onChange come from the form). */
function FormDate(props: { value?: string | null; onChange?: (value: string | null) => void; testId: string }) {
  return (
    <DateInput value={props.value} onChange={(v) => props.onChange?.(v)} testId={props.testId} allowClear={false} />
  );
}

function StartDialog(props: { participationId: string; version: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const start = useStartOperation(props.participationId);
  const [form] = Form.useForm<{ operationStartedOn: string | null; note?: string }>();
  const [confirming, setConfirming] = useState<{ operationStartedOn: string; note?: string } | null>(null);
  const send = () =>
    confirming &&
    start.mutate(
      {
        params: { id: props.participationId },
        body: { operationStartedOn: confirming.operationStartedOn, note: confirming.note, version: props.version },
      },
      {
        onSuccess: () => {
          void message.success(
            t('implementation.operation.startedLine', { date: confirming.operationStartedOn, name: '' }),
          );
          props.onClose();
        },
        onError: () => setConfirming(null),
      },
    );
  return (
    <Modal
      open
      title={t('implementation.operation.start')}
      onCancel={props.onClose}
      destroyOnHidden
      footer={
        confirming
          ? [
              <Button key="back" onClick={() => setConfirming(null)} disabled={start.isPending}>
                {t('dialog.back')}
              </Button>,
              <Button key="ok" type="primary" loading={start.isPending} onClick={send} data-testid="command-confirm">
                {t('implementation.operation.confirmButton')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={props.onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="next" type="primary" onClick={() => form.submit()} data-testid="command-submit">
                {t('implementation.operation.submit')}
              </Button>,
            ]
      }
    >
      {start.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorText(start.error)}
          style={{ marginBottom: 16 }}
          data-testid="command-error"
        />
      ) : null}
      {confirming ? (
        <Alert
          type="info"
          showIcon
          data-testid="command-confirmation"
          title={t('implementation.operation.confirm', {
            date: confirming.operationStartedOn,
            stage: t('stage.operating'),
          })}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        style={confirming ? { display: 'none' } : undefined}
        initialValues={{ operationStartedOn: today() }}
        onFinish={(v) =>
          v.operationStartedOn && setConfirming({ operationStartedOn: v.operationStartedOn, note: v.note })
        }
        data-testid="operation-start-form"
      >
        <Form.Item
          name="operationStartedOn"
          label={t('implementation.operation.startedOn')}
          rules={[{ required: true }]}
        >
          <FormDate testId="field-operationStartedOn" />
        </Form.Item>
        <Form.Item name="note" label={t('implementation.operation.note')}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="field-operation-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RecordForm {
  kind: OperationRecordKind;
  recordedOn: string | null;
  title: string;
  body?: string;
  controlPoint?: string;
}

function RecordDialog(props: { participationId: string; overview: ImplementationOverview; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddRecord(props.participationId);
  const [form] = Form.useForm<RecordForm>();
  const kind = Form.useWatch('kind', form);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const submit = (v: RecordForm) =>
    add.mutate(
      {
        params: { id: props.participationId },
        body: {
          kind: v.kind,
          recordedOn: v.recordedOn ?? '',
          title: v.title,
          body: v.body,
          controlPoint: v.kind === 'control_point' ? v.controlPoint : undefined,
          fileIds: files.map((f) => f.id),
        },
      },
      { onSuccess: props.onClose },
    );
  return (
    <Modal
      open
      title={t('implementation.records.add')}
      onCancel={props.onClose}
      destroyOnHidden
      okText={t('implementation.records.save')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: add.isPending, disabled: uploading, 'data-testid': 'record-save' }}
    >
      {add.isError || uploadError ? (
        <Alert
          type="error"
          showIcon
          title={errorText(add.error ?? uploadError)}
          style={{ marginBottom: 16 }}
          data-testid="record-error"
        />
      ) : null}
      <Form<RecordForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'run_record', recordedOn: today() }}
      >
        <Form.Item name="kind" label={t('implementation.records.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="record-kind"
            options={OPERATION_RECORD_KINDS.map((k) => ({ value: k, label: t(`implementation.recordKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="recordedOn" label={t('implementation.records.recordedOn')} rules={[{ required: true }]}>
          <FormDate testId="record-date" />
        </Form.Item>
        {kind === 'control_point' ? (
          <Form.Item name="controlPoint" label={t('implementation.records.controlPoint')} rules={[{ required: true }]}>
            {props.overview.planControlPoints.length > 0 ? (
              <Select
                data-testid="record-control-point"
                options={props.overview.planControlPoints.map((c) => ({ value: c, label: c }))}
              />
            ) : (
              <Input maxLength={200} data-testid="record-control-point" />
            )}
          </Form.Item>
        ) : null}
        <Form.Item name="title" label={t('implementation.records.recTitle')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="record-title" />
        </Form.Item>
        <Form.Item name="body" label={t('implementation.records.body')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="record-body" />
        </Form.Item>
        <Form.Item label={t('implementation.records.files')}>
          <Flex vertical gap={4}>
            <Upload
              accept={EVIDENCE_ACCEPT}
              showUploadList={false}
              customRequest={({ file }) => {
                setUploading(true);
                setUploadError(null);
                uploadParticipationFile(props.participationId, 'operation_record', file as File)
                  .then((f) => setFiles((list) => [...list, f]))
                  .catch(setUploadError)
                  .finally(() => setUploading(false));
              }}
            >
              <Button icon={<UploadOutlined />} loading={uploading} data-testid="record-upload">
                {t('implementation.records.upload')}
              </Button>
            </Upload>
            {files.map((f) => (
              <Typography.Text key={f.id} data-user-text>
                <PaperClipOutlined /> {f.fileName}
              </Typography.Text>
            ))}
          </Flex>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function OperationCard(props: { participationId: string; version: number; overview: ImplementationOverview }) {
  const { t } = useTranslation();
  const { overview } = props;
  const [dialog, setDialog] = useState<'start' | 'record' | null>(null);
  const startable = overview.stage === 'implementing' && overview.may.startOperation;
  return (
    <Card
      size="small"
      title={t('implementation.operation.title')}
      data-testid="operation-card"
      extra={
        <Flex gap={8} wrap>
          {startable ? (
            <Button type="primary" size="small" onClick={() => setDialog('start')} data-testid="operation-start-open">
              {t('implementation.operation.start')}
            </Button>
          ) : null}
          {overview.may.addRecord ? (
            <Button size="small" onClick={() => setDialog('record')} data-testid="record-add">
              {t('implementation.records.add')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {overview.operationStart ? (
          <Flex gap={16} wrap data-testid="operation-started">
            <span>
              <Typography.Text type="secondary">{t('implementation.operation.startedOn')}：</Typography.Text>
              <Typography.Text strong data-testid="operation-started-on">
                {overview.operationStart.startedOn}
              </Typography.Text>
            </span>
            {overview.operationCompleteOn ? (
              <span>
                <Typography.Text type="secondary">{t('implementation.operation.completeOn')}：</Typography.Text>
                <Typography.Text>{overview.operationCompleteOn}</Typography.Text>
              </span>
            ) : null}
            {overview.operationStart.note ? (
              <Typography.Text type="secondary">{overview.operationStart.note}</Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <Flex gap={16} wrap>
            <Typography.Text type="secondary">{t('implementation.operation.notStarted')}</Typography.Text>
            {overview.planAcceptedOn ? (
              <Typography.Text type="secondary">
                {t('implementation.operation.planAcceptedOn')}：{overview.planAcceptedOn}
              </Typography.Text>
            ) : null}
            {overview.stage === 'implementing' && !overview.team && overview.may.writeTeam ? (
              <Tag color="gold">{t('implementation.operation.needsTeam')}</Tag>
            ) : null}
          </Flex>
        )}
        {overview.operationStart || overview.records.length > 0 ? (
          <List
            size="small"
            header={<Typography.Text strong>{t('implementation.records.title')}</Typography.Text>}
            locale={{ emptyText: t('implementation.records.empty') }}
            dataSource={overview.records}
            data-testid="operation-records"
            renderItem={(r) => (
              <List.Item data-testid="operation-record">
                <Flex vertical gap={2} style={{ width: '100%' }}>
                  <Flex gap={8} wrap align="baseline">
                    <Typography.Text type="secondary">{r.recordedOn}</Typography.Text>
                    <Tag color="blue">{t(`implementation.recordKind.${r.kind}`)}</Tag>
                    <Typography.Text strong>{r.title}</Typography.Text>
                  </Flex>
                  {r.controlPoint ? (
                    <Typography.Text type="secondary">
                      {t('implementation.records.controlPoint')}：{r.controlPoint}
                    </Typography.Text>
                  ) : null}
                  {r.body ? <Typography.Paragraph style={{ marginBottom: 0 }}>{r.body}</Typography.Paragraph> : null}
                  <Flex gap={12} wrap>
                    {r.files.map((f) => (
                      <Typography.Link key={f.id} href={fileUrl(f.id)} target="_blank" data-user-text>
                        <PaperClipOutlined /> {f.fileName}
                      </Typography.Link>
                    ))}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.recordedByName} · {t(`role.${r.recordedRole}`)}
                    </Typography.Text>
                  </Flex>
                </Flex>
              </List.Item>
            )}
          />
        ) : null}
      </Flex>
      {dialog === 'start' ? (
        <StartDialog participationId={props.participationId} version={props.version} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'record' ? (
        <RecordDialog participationId={props.participationId} overview={overview} onClose={() => setDialog(null)} />
      ) : null}
    </Card>
  );
}
