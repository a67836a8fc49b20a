/**
 * /working-groups/:id/assignment — 分配帮扶专家 for one working group (ADR 0013): run the
 * matcher (keep existing assignments or re-plan those not yet diagnosed, from a start date), adjust
 * pairs by hand with every broken rule shown, confirm. Confirmed pairs become "assign" commands.
 */
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Radio,
  Row,
  Tag,
  Typography,
  type ButtonProps,
} from 'antd';
import { CheckOutlined, ThunderboltOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ConfirmProposalResult, Proposal } from '../../../../../contracts/matching';
import { ApiError } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { useWorkingGroup } from '../api/matching';
import { useConfirmProposal, useProposal, useRunProposal } from '../api/matching';
import { ProposalTable } from './ProposalTable';
import { ExpertLoadPanel, UnassignedPanel } from './ProposalPanels';
import { keepEnterInDateField } from '../../../components/date-keys';

type Mode = Proposal['mode'];
const STATUS_COLORS: Record<Proposal['status'], string> = { draft: 'gold', confirmed: 'green', discarded: 'default' };

function RunControls({ groupId, proposal }: { groupId: string; proposal: Proposal | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [mode, setMode] = useState<Mode>(proposal?.mode ?? 'keep');
  const [onDate, setOnDate] = useState<Dayjs>(dayjs());
  const run = useRunProposal(groupId);

  const start = () =>
    run.mutate(
      { params: { id: groupId }, body: { mode, onDate: onDate.format('YYYY-MM-DD') } },
      {
        onSuccess: ({ proposal: p }) => {
          if (p) void message.success(t('assignment.ran', { assigned: p.objective.assigned, total: p.items.length }));
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );

  return (
    <Card size="small" data-testid="proposal-controls">
      <Flex vertical gap={8}>
        <Flex gap={16} wrap align="center">
          <Flex gap={8} align="center" wrap>
            <Typography.Text>{t('assignment.mode')}</Typography.Text>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as Mode)} data-testid="proposal-mode">
              <Radio value="keep" data-testid="proposal-mode-keep">
                {t('assignment.mode_keep')}
              </Radio>
              <Radio value="replan" data-testid="proposal-mode-replan">
                {t('assignment.mode_replan')}
              </Radio>
            </Radio.Group>
          </Flex>
          <Flex gap={8} align="center">
            <Typography.Text>{t('assignment.onDate')}</Typography.Text>
            <DatePicker
              onKeyDown={keepEnterInDateField}
              value={onDate}
              allowClear={false}
              format="YYYY-MM-DD"
              onChange={(d) => d && setOnDate(d)}
              aria-label={t('assignment.onDate')}
              data-testid="proposal-date"
            />
          </Flex>
          <Button
            type="primary"
            icon={<ThunderboltOutlined />}
            loading={run.isPending}
            onClick={start}
            data-testid="proposal-run"
          >
            {t('assignment.run')}
          </Button>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(mode === 'keep' ? 'assignment.modeHint_keep' : 'assignment.modeHint_replan')}
          {proposal?.status === 'draft' ? ` ${t('assignment.replacesDraft')}` : ''}
        </Typography.Text>
        {run.isError ? <ErrorAlert error={run.error} /> : null}
      </Flex>
    </Card>
  );
}

function ProposalSummary({ proposal, onStale }: { proposal: Proposal; onStale: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const confirm = useConfirmProposal(proposal.groupId);
  const [result, setResult] = useState<ConfirmProposalResult | null>(null);
  const draft = proposal.status === 'draft';
  const overridden = proposal.items.filter((i) => i.hard.length > 0).length;

  const doConfirm = () =>
    confirm.mutate(
      { params: { id: proposal.groupId }, body: { version: proposal.version } },
      {
        onSuccess: (r) => {
          setResult(r);
          void message.success(t('assignment.confirmedMessage', { assigned: r.assigned, moved: r.moved }));
        },
        onError: (error) => {
          void message.error(errorText(error));
          if (error instanceof ApiError && error.status === 409) onStale();
        },
      },
    );

  return (
    <Flex vertical gap={12}>
      <Card
        size="small"
        title={
          <Flex gap={8} align="center" wrap>
            <span>{t('assignment.proposal')}</span>
            <Tag
              color={STATUS_COLORS[proposal.status]}
              data-testid="proposal-status"
              data-status={proposal.status}
              style={{ marginInlineEnd: 0 }}
            >
              {t(`assignment.status_${proposal.status}`)}
            </Tag>
          </Flex>
        }
        extra={
          draft ? (
            <Popconfirm
              title={t('assignment.confirmTitle')}
              description={t('assignment.confirmText', { count: proposal.items.filter((i) => i.expertUserId).length })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={doConfirm}
              okButtonProps={{ 'data-testid': 'proposal-confirm-ok', loading: confirm.isPending } as ButtonProps}
            >
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={confirm.isPending}
                data-testid="proposal-confirm"
              >
                {t('assignment.confirm')}
              </Button>
            </Popconfirm>
          ) : null
        }
        data-testid="proposal-summary"
      >
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'mode', label: t('assignment.mode'), children: t(`assignment.mode_${proposal.mode}`) },
            { key: 'date', label: t('assignment.onDate'), children: formatDate(proposal.onDate) },
            {
              key: 'assigned',
              label: t('assignment.assignedCount'),
              children: (
                <span data-testid="proposal-assigned">
                  {t('assignment.assignedOf', { assigned: proposal.objective.assigned, total: proposal.items.length })}
                </span>
              ),
            },
            {
              key: 'cost',
              label: t('assignment.totalCost'),
              children: <span data-testid="proposal-cost">{proposal.objective.totalCost}</span>,
            },
            { key: 'overridden', label: t('assignment.overriddenCount'), children: overridden },
            {
              key: 'created',
              label: t('assignment.createdAt'),
              children: `${formatDateTime(proposal.createdAt)}${proposal.createdByName ? ` · ${proposal.createdByName}` : ''}`,
            },
            ...(proposal.confirmedAt
              ? [
                  {
                    key: 'confirmed',
                    label: t('assignment.confirmedAt'),
                    children: formatDateTime(proposal.confirmedAt),
                  },
                ]
              : []),
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('assignment.costHint')}
        </Typography.Text>
      </Card>
      {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
      {proposal.status === 'confirmed' ? (
        <Alert
          type="success"
          showIcon
          title={t('assignment.confirmedTitle')}
          description={
            result
              ? t('assignment.confirmedMessage', { assigned: result.assigned, moved: result.moved })
              : t('assignment.confirmedOn', { at: formatDateTime(proposal.confirmedAt) })
          }
          data-testid="proposal-confirmed"
        />
      ) : null}
    </Flex>
  );
}

export default function AssignmentPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const group = useWorkingGroup(id);
  const proposal = useProposal(id);
  if (group.isPending || proposal.isPending) return <FullPageSpin />;
  if (group.isError) return <ErrorAlert error={group.error} onRetry={() => void group.refetch()} />;
  if (proposal.isError) return <ErrorAlert error={proposal.error} onRetry={() => void proposal.refetch()} />;
  const g = group.data;
  const p = proposal.data;
  const refetch = () => void proposal.refetch();
  const experts = g.members.filter((m) => m.role === 'expert').length;

  return (
    <PageShell
      title={<span data-testid="assignment-group-name">{t('assignment.title', { name: g.name })}</span>}
      subtitle={
        <Typography.Text type="secondary">
          {t('assignment.groupMeta', { body: g.organization.name, experts })}
        </Typography.Text>
      }
      backTo={`/campaigns/${g.campaignId}`}
    >
      <RunControls key={p?.id ?? 'none'} groupId={g.id} proposal={p} />
      {!p ? (
        <Card size="small">
          <Empty
            description={t('assignment.noProposal')}
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            data-testid="proposal-empty"
          />
        </Card>
      ) : (
        <>
          <ProposalSummary key={p.id} proposal={p} onStale={refetch} />
          <Card size="small" title={t('assignment.pairs', { count: p.items.length })}>
            {p.items.length === 0 ? (
              <Empty description={t('assignment.noEnterprises')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <ProposalTable proposal={p} onStale={refetch} />
            )}
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <ExpertLoadPanel proposal={p} />
            </Col>
            <Col xs={24} lg={12}>
              <UnassignedPanel proposal={p} />
            </Col>
          </Row>
        </>
      )}
    </PageShell>
  );
}
