/**
 * One excellent case as read (003 Annex D: title, the five parts, the drafting units) with its way upward (the chain
 * of bureaus, the history) and what the caller's bureau may do now: return with a reason, accept, recommend, publish,
 * and, for the bureau that published it, withdraw it from the library with a reason (撤回发布).
 */
import { useState } from 'react';
import { App, Button, Descriptions, Flex, Input, Modal, Space, Steps, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { cases, type CaseView } from '../../../../../contracts/cases';
import { CASE_PARTS } from '../../../../../domain/cases/case-text.js';
import { CaseFiguresView } from './CaseFigures';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiDownload } from '../../../lib/download';
import { formatDateTime } from '../../../lib/format';
import { industryName } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { useAcceptCase, usePublishCase, useRecommendCase, useReturnCase, useWithdrawCase } from '../api/cases';

const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
  recommended: 'purple',
};

export function CaseStatusTag({ view }: { view: Pick<CaseView, 'status' | 'published' | 'acceptedLevel'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[view.status]} data-testid="case-status">
        {t(`caseStatus.${view.status}`)}
      </Tag>
      {view.acceptedLevel ? <Tag color="gold">{t(`caseLevel.${view.acceptedLevel}`)}</Tag> : null}
      {view.published ? <Tag color="cyan">{t('cases.published')}</Tag> : null}
    </Space>
  );
}

export function CaseReader({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const { download, pending } = useApiDownload();
  const accept = useAcceptCase();
  const recommend = useRecommendCase();
  const publish = usePublishCase();
  const giveBack = useReturnCase();
  const withdraw = useWithdrawCase();
  /** the command the reason dialog is open for */
  const [reasonFor, setReasonFor] = useState<'return' | 'withdraw' | null>(null);
  const [reason, setReason] = useState('');
  const input = { params: { id: view.id }, body: { version: view.version } };
  const done = () => void message.success(t('cases.done'));
  const error = accept.error ?? recommend.error ?? publish.error ?? giveBack.error ?? withdraw.error;
  const reasoned = reasonFor === 'withdraw' ? withdraw : giveBack;
  const current = view.chain.findIndex((c) => c.regionName === view.atRegionName);

  return (
    <Flex vertical gap={12} data-testid="case-reader">
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-view-title">
        {view.title}
      </Typography.Title>
      <CaseStatusTag view={view} />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('cases.enterprise')}>{view.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label={t('cases.region')}>{view.regionName}</Descriptions.Item>
        <Descriptions.Item label={t('cases.industry')}>{industryName(view.industryCode, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('cases.year')}>{view.year}</Descriptions.Item>
        <Descriptions.Item label={t('cases.grade')}>{view.grade ? t(`grade.${view.grade}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('cases.characters')}>
          {t('cases.ofLimit', { count: view.check.characters, limit: view.check.limit })}
        </Descriptions.Item>
        {view.atRegionName ? <Descriptions.Item label={t('cases.at')}>{view.atRegionName}</Descriptions.Item> : null}
        {view.returnReason ? (
          <Descriptions.Item label={t('cases.returnReason')}>{view.returnReason}</Descriptions.Item>
        ) : null}
      </Descriptions>
      {view.chain.length > 0 ? (
        <div>
          <Typography.Text strong>{t('cases.chain')}</Typography.Text>
          <Steps
            size="small"
            responsive
            current={Math.max(0, current)}
            items={view.chain.map((c) => ({ title: c.regionName, description: t(`caseLevel.${c.level}`) }))}
          />
        </div>
      ) : null}
      {CASE_PARTS.map((part, i) => (
        <section key={part}>
          <Typography.Title level={5}>{`${i + 1}. ${t(`casePart.${part}`)}`}</Typography.Title>
          {view.parts[part]
            .split(/\r?\n/)
            .filter((l) => l.trim())
            .map((line, j) => (
              <Typography.Paragraph key={j} style={{ textIndent: '2em', marginBottom: 4 }}>
                {line}
              </Typography.Paragraph>
            ))}
          <CaseFiguresView view={view} part={part} />
        </section>
      ))}
      <div>
        <Typography.Text strong>{t('cases.draftingUnits')}</Typography.Text>
        <ol style={{ margin: 0 }}>
          {view.draftingUnits.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ol>
      </div>
      {view.history.length > 0 ? (
        <div>
          <Typography.Text strong>{t('cases.history')}</Typography.Text>
          <Timeline
            style={{ marginTop: 8 }}
            items={view.history.map((h) => ({
              children: (
                <span>
                  {formatDateTime(h.at)} · {t(`caseCommand.${h.command}`)} · {h.actorName}
                  {h.regionName ? `（${h.regionName}）` : ''}
                  {h.reason ? ` — ${h.reason}` : ''}
                </span>
              ),
            }))}
          />
        </div>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <Flex gap={8} wrap>
        {view.you.commands.includes('accept') ? (
          <Button
            type="primary"
            data-testid="case-accept"
            loading={accept.isPending}
            onClick={() => accept.mutate(input, { onSuccess: done })}
          >
            {t('caseCommand.accept')}
          </Button>
        ) : null}
        {view.you.commands.includes('recommend') ? (
          <Button
            type="primary"
            data-testid="case-recommend"
            loading={recommend.isPending}
            onClick={() => recommend.mutate(input, { onSuccess: done })}
          >
            {t('caseCommand.recommend')}
          </Button>
        ) : null}
        {view.you.commands.includes('publish') ? (
          <Button
            data-testid="case-publish"
            loading={publish.isPending}
            onClick={() => publish.mutate(input, { onSuccess: done })}
          >
            {t('caseCommand.publish')}
          </Button>
        ) : null}
        {view.you.commands.includes('return') ? (
          <Button danger data-testid="case-return" onClick={() => setReasonFor('return')}>
            {t('caseCommand.return')}
          </Button>
        ) : null}
        {view.you.commands.includes('withdraw') ? (
          <Button danger data-testid="case-withdraw" onClick={() => setReasonFor('withdraw')}>
            {t('caseCommand.withdraw')}
          </Button>
        ) : null}
        <Button
          loading={pending}
          data-testid="case-docx"
          onClick={() => download(cases.docx, { params: { id: view.id } }, `${view.title}.docx`)}
        >
          {t('cases.docx')}
        </Button>
      </Flex>
      <Modal
        open={reasonFor !== null}
        title={t(`caseCommand.${reasonFor ?? 'return'}`)}
        okText={t(reasonFor === 'withdraw' ? 'cases.confirmWithdraw' : 'cases.confirmReturn')}
        okButtonProps={{ disabled: !reason.trim(), loading: reasoned.isPending, danger: true }}
        onCancel={() => setReasonFor(null)}
        onOk={() =>
          reasoned.mutate(
            { params: { id: view.id }, body: { version: view.version, reason } },
            {
              onSuccess: () => {
                setReasonFor(null);
                setReason('');
                done();
              },
            },
          )
        }
      >
        <Typography.Paragraph>
          {t(reasonFor === 'withdraw' ? 'cases.withdrawReason' : 'cases.reason')}
        </Typography.Paragraph>
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t(reasonFor === 'withdraw' ? 'cases.withdrawPlaceholder' : 'cases.reasonPlaceholder')}
          data-testid="case-return-reason"
          autoSize={{ minRows: 3 }}
        />
      </Modal>
    </Flex>
  );
}
