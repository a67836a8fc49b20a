/**
 * 问题与意见 (003 §6.7.3): problems and opinions raised in training, process work and operation, with their
 * resolution and, when the plan was adjusted, the amended version.
 */
import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, List, Modal, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ISSUE_KINDS,
  ISSUE_SOURCES,
  type IssueKind,
  type IssueSource,
} from '../../../../../domain/implementation/implementation.js';
import type { ImplementationOverview } from '../../../../../contracts/implementation';
import { DateInput } from '../../../components/DateInput';
import { errorText } from '../../../components/ErrorAlert';
import { today } from '../../../lib/format';
import { useLogIssue, useResolveIssue } from '../api/implementation';

type Issue = ImplementationOverview['issues'][number];

function FormDate(props: { value?: string | null; onChange?: (value: string | null) => void; testId: string }) {
  return (
    <DateInput value={props.value} onChange={(v) => props.onChange?.(v)} testId={props.testId} allowClear={false} />
  );
}

function LogDialog(props: { participationId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const log = useLogIssue(props.participationId);
  const [form] = Form.useForm<{
    source: IssueSource;
    kind: IssueKind;
    raisedOn: string | null;
    raisedByName: string;
    description: string;
  }>();
  return (
    <Modal
      open
      title={t('implementation.issues.add')}
      onCancel={props.onClose}
      destroyOnHidden
      okText={t('implementation.issues.save')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: log.isPending, 'data-testid': 'issue-save' }}
    >
      {log.isError ? <Alert type="error" showIcon title={errorText(log.error)} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ source: 'operation', kind: 'problem', raisedOn: today() }}
        onFinish={(v) =>
          log.mutate(
            { params: { id: props.participationId }, body: { ...v, raisedOn: v.raisedOn ?? '' } },
            { onSuccess: props.onClose },
          )
        }
      >
        <Flex gap={12} wrap>
          <Form.Item name="source" label={t('implementation.issues.source')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 180 }}
              data-testid="issue-source"
              options={ISSUE_SOURCES.map((s) => ({ value: s, label: t(`implementation.issueSource.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('implementation.issues.kind')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 120 }}
              options={ISSUE_KINDS.map((k) => ({ value: k, label: t(`implementation.issueKind.${k}`) }))}
            />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="raisedOn" label={t('implementation.issues.raisedOn')} rules={[{ required: true }]}>
            <FormDate testId="issue-raised-on" />
          </Form.Item>
          <Form.Item name="raisedByName" label={t('implementation.issues.raisedByName')} rules={[{ required: true }]}>
            <Input maxLength={60} data-testid="issue-raised-by" />
          </Form.Item>
        </Flex>
        <Form.Item name="description" label={t('implementation.issues.description')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="issue-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ResolveDialog(props: {
  participationId: string;
  issue: Issue;
  overview: ImplementationOverview;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const resolve = useResolveIssue(props.participationId);
  const [form] = Form.useForm<{ resolution: string; resolvedOn: string | null; planVersion?: number | null }>();
  return (
    <Modal
      open
      title={t('implementation.issues.resolve')}
      onCancel={props.onClose}
      destroyOnHidden
      okText={t('implementation.issues.save')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: resolve.isPending, 'data-testid': 'issue-resolve-save' }}
    >
      {resolve.isError ? (
        <Alert type="error" showIcon title={errorText(resolve.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Typography.Paragraph type="secondary">{props.issue.description}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ resolvedOn: today(), planVersion: null }}
        onFinish={(v) =>
          resolve.mutate(
            {
              params: { id: props.participationId, issueId: props.issue.id },
              body: { resolution: v.resolution, resolvedOn: v.resolvedOn ?? '', planVersion: v.planVersion ?? null },
            },
            { onSuccess: props.onClose },
          )
        }
      >
        <Form.Item name="resolution" label={t('implementation.issues.resolution')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="issue-resolution" />
        </Form.Item>
        <Form.Item name="resolvedOn" label={t('implementation.issues.resolvedOn')} rules={[{ required: true }]}>
          <FormDate testId="issue-resolved-on" />
        </Form.Item>
        {props.overview.planAmendments.length > 0 ? (
          <Form.Item name="planVersion" label={t('implementation.issues.planVersion')}>
            <Select
              allowClear
              options={props.overview.planAmendments.map((a) => ({
                value: a.version,
                label: t('implementation.issues.planVersionOption', { version: a.version, date: a.madeOn }),
              }))}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

export function IssueLog({ participationId, overview }: { participationId: string; overview: ImplementationOverview }) {
  const { t } = useTranslation();
  const [logging, setLogging] = useState(false);
  const [resolving, setResolving] = useState<Issue | null>(null);
  return (
    <Card
      size="small"
      title={t('implementation.issues.title')}
      data-testid="issue-log"
      extra={
        overview.may.logIssue ? (
          <Button size="small" onClick={() => setLogging(true)} data-testid="issue-add">
            {t('implementation.issues.add')}
          </Button>
        ) : null
      }
    >
      <List
        size="small"
        dataSource={overview.issues}
        locale={{ emptyText: t('implementation.issues.empty') }}
        renderItem={(i) => (
          <List.Item data-testid="issue">
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Flex gap={8} wrap align="baseline">
                <Typography.Text type="secondary">{i.raisedOn}</Typography.Text>
                <Tag>{t(`implementation.issueSource.${i.source}`)}</Tag>
                <Tag color={i.kind === 'problem' ? 'orange' : 'cyan'}>{t(`implementation.issueKind.${i.kind}`)}</Tag>
                <Tag color={i.resolvedOn ? 'green' : 'gold'}>
                  {i.resolvedOn ? t('implementation.issues.resolved') : t('implementation.issues.open')}
                </Tag>
                <Typography.Text type="secondary">{i.raisedByName}</Typography.Text>
              </Flex>
              <Typography.Text>{i.description}</Typography.Text>
              {i.resolution ? (
                <Typography.Text type="secondary">
                  {i.resolvedOn} · {i.resolution}
                  {i.planVersion ? ` · ${t('implementation.issues.linkedPlan', { version: i.planVersion })}` : ''}
                </Typography.Text>
              ) : overview.may.logIssue ? (
                <Button
                  size="small"
                  type="link"
                  style={{ padding: 0, alignSelf: 'flex-start' }}
                  onClick={() => setResolving(i)}
                  data-testid="issue-resolve"
                >
                  {t('implementation.issues.resolve')}
                </Button>
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
      {logging ? <LogDialog participationId={participationId} onClose={() => setLogging(false)} /> : null}
      {resolving ? (
        <ResolveDialog
          participationId={participationId}
          issue={resolving}
          overview={overview}
          onClose={() => setResolving(null)}
        />
      ) : null}
    </Card>
  );
}
