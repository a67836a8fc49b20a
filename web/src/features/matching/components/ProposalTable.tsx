/**
 * The proposal's rows: enterprise, region, category, stage, the current expert (re-plan), the
 * proposed expert (a select while the proposal is a draft), where the pair came from, and every
 * rule it breaks — preferences as orange warnings, hard rules in red with the recorded reason.
 * A change is checked locally with the shared pair rule: a hard rule asks for a reason first.
 */
import { useState } from 'react';
import { App, Flex, Grid, Select, Table, Tag, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PairCheck } from '../../../../../domain/matching/pair-check.js';
import type { Proposal, ProposalItem } from '../../../../../contracts/matching';
import { ApiError } from '../../../lib/api-client';
import { errorText } from '../../../components/ErrorAlert';
import { StageTag } from '../../../components/StageTag';
import { codeMessage } from '../../../lib/code-message';
import { industryName } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { useEditProposalItem } from '../api/matching';
import { checkProposalPair, expertLoads } from './proposal-pairs';
import { OverrideModal } from './OverrideModal';

const SOURCE_COLORS: Record<ProposalItem['source'], string> = { solver: 'blue', manual: 'purple', existing: 'default' };

interface Pending {
  item: ProposalItem;
  expertUserId: string;
  check: PairCheck;
  serverMessage?: string;
}

export function RuleTags({ item }: { item: ProposalItem }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const none = item.hard.length === 0 && item.soft.length === 0 && item.expertUserId;
  return (
    <Flex vertical gap={4} data-testid={`proposal-warnings-${item.participationId}`}>
      {item.hard.length ? (
        <Flex wrap gap={4}>
          {item.hard.map((rule) => (
            <Tag
              key={rule}
              color="red"
              icon={<WarningOutlined />}
              style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
              data-testid="proposal-hard"
              data-rule={rule}
            >
              {codeMessage(rule, lang)}
            </Tag>
          ))}
        </Flex>
      ) : null}
      {item.hard.length && item.reason ? (
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12 }}
          data-testid={`proposal-reason-${item.participationId}`}
        >
          {t('assignment.reasonValue', { reason: item.reason })}
        </Typography.Text>
      ) : null}
      {item.soft.length ? (
        <Flex wrap gap={4}>
          {item.soft.map((rule) => (
            <Tag
              key={rule}
              color="orange"
              style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
              data-testid="proposal-soft"
              data-rule={rule}
            >
              {codeMessage(rule, lang)}
            </Tag>
          ))}
        </Flex>
      ) : null}
      {!item.expertUserId ? (
        <Typography.Text type="warning" data-testid={`proposal-unassigned-${item.participationId}`}>
          {item.unassignedMessage ??
            (item.unassignedReason ? codeMessage(item.unassignedReason, lang) : t('assignment.notAssigned'))}
        </Typography.Text>
      ) : null}
      {none ? <Typography.Text type="secondary">—</Typography.Text> : null}
    </Flex>
  );
}

export function ProposalTable({ proposal, onStale }: { proposal: Proposal; onStale: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const edit = useEditProposalItem(proposal.groupId);
  const [pending, setPending] = useState<Pending | null>(null);
  // on a phone a fixed column would take most of the width
  const wide = Grid.useBreakpoint().md ?? true;
  const [overrideError, setOverrideError] = useState<string>();
  const draft = proposal.status === 'draft';
  const showCurrent = proposal.mode === 'replan' || proposal.items.some((i) => i.currentExpertUserId);
  const nameOf = (userId: string) => proposal.experts.find((e) => e.userId === userId)?.displayName ?? userId;
  const ruleList = (rules: string[]) => rules.map((r) => codeMessage(r, lang)).join(t('intake.listSeparator'));

  const post = (item: ProposalItem, expertUserId: string | null, check: PairCheck | null, reason?: string) =>
    edit.mutate(
      {
        params: { id: proposal.groupId },
        body: {
          version: proposal.version,
          participationId: item.participationId,
          expertUserId,
          ...(reason ? { reason } : {}),
        },
      },
      {
        onSuccess: () => {
          setPending(null);
          setOverrideError(undefined);
          if (!expertUserId) void message.info(t('assignment.cleared', { enterprise: item.enterprise.name }));
          else if (check?.hard.length)
            void message.warning(
              t('assignment.overridden', { enterprise: item.enterprise.name, expert: nameOf(expertUserId) }),
            );
          else if (check?.soft.length)
            void message.warning(t('assignment.softWarning', { rules: ruleList(check.soft) }));
          else
            void message.success(
              t('assignment.changed', { enterprise: item.enterprise.name, expert: nameOf(expertUserId) }),
            );
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'ASSIGNMENT_OVERRIDE_REASON_REQUIRED' && expertUserId) {
            // the server found a hard rule: ask for the reason it needs
            setPending({
              item,
              expertUserId,
              check: check ?? checkProposalPair(proposal, item, expertUserId),
              serverMessage: error.message,
            });
            setOverrideError(reason ? error.message : undefined);
            return;
          }
          if (
            error instanceof ApiError &&
            (error.code === 'VERSION_CONFLICT' || error.code === 'PROPOSAL_NOT_DRAFT' || error.status === 404)
          ) {
            setPending(null);
            void message.warning(errorText(error));
            onStale();
            return;
          }
          if (pending) setOverrideError(errorText(error));
          else void message.error(errorText(error));
        },
      },
    );

  const choose = (item: ProposalItem, expertUserId: string | null) => {
    if (expertUserId === item.expertUserId) return;
    if (!expertUserId) {
      post(item, null, null);
      return;
    }
    const check = checkProposalPair(proposal, item, expertUserId);
    if (check.hard.length) {
      setOverrideError(undefined);
      setPending({ item, expertUserId, check });
      return;
    }
    post(item, expertUserId, check);
  };

  const loads = expertLoads(proposal);
  const expertOptions = (item: ProposalItem) => {
    const options = loads.map(({ expert: e, total }) => {
      const check = checkProposalPair(proposal, item, e.userId);
      return {
        value: e.userId,
        label: t('assignment.expertOption', { name: e.displayName, load: total, capacity: e.capacity }),
        hard: check.hard.length > 0,
        soft: check.soft.length > 0,
      };
    });
    // an existing assignment to an expert outside this group still shows the name, not the id
    if (item.expertUserId && !options.some((o) => o.value === item.expertUserId)) {
      options.push({ value: item.expertUserId, label: item.expertName ?? item.expertUserId, hard: false, soft: false });
    }
    return options;
  };

  return (
    <>
      <div data-testid="proposal-table">
        <Table<ProposalItem>
          rowKey="participationId"
          size="small"
          dataSource={proposal.items}
          pagination={proposal.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 1044 }}
          onRow={(row) =>
            ({
              'data-testid': `proposal-row-${row.participationId}`,
              'data-expert': row.expertUserId ?? '',
              'data-source': row.source,
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('assignment.enterprise'),
              key: 'enterprise',
              fixed: wide ? 'left' : undefined,
              width: wide ? 240 : 180,
              render: (_: unknown, i) => (
                <Flex vertical>
                  <Link to={`/participations/${i.participationId}`}>{i.enterprise.name}</Link>
                  <Typography.Text
                    type="secondary"
                    style={{ fontSize: 12 }}
                    data-testid={`proposal-enterprise-meta-${i.participationId}`}
                  >
                    {i.enterprise.regionName ?? i.enterprise.regionCode} ·{' '}
                    {industryName(i.enterprise.industryCode, lang)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('participation.stage'),
              dataIndex: 'stage',
              width: 120,
              render: (s: string) => <StageTag stage={s} />,
            },
            ...(showCurrent
              ? [
                  {
                    title: t('assignment.currentExpert'),
                    key: 'current',
                    width: 100,
                    ellipsis: true,
                    render: (_: unknown, i: ProposalItem) => i.currentExpertName ?? '—',
                  },
                ]
              : []),
            {
              title: t('assignment.proposedExpert'),
              key: 'expert',
              width: 220,
              render: (_: unknown, i) => {
                const locked = !draft || (proposal.mode === 'keep' && i.source === 'existing');
                return (
                  <Select<string | null>
                    value={i.expertUserId}
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    disabled={locked || edit.isPending}
                    placeholder={t('assignment.noExpert')}
                    style={{ width: '100%' }}
                    options={expertOptions(i)}
                    popupMatchSelectWidth={false}
                    optionRender={(o) => (
                      <Flex
                        gap={6}
                        align="center"
                        data-testid={`proposal-option-${i.participationId}-${String(o.value)}`}
                      >
                        <span>{o.label}</span>
                        {o.data.hard ? (
                          <Tag color="red" style={{ marginInlineEnd: 0 }}>
                            {t('assignment.breaksRule')}
                          </Tag>
                        ) : o.data.soft ? (
                          <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                            {t('assignment.fartherAway')}
                          </Tag>
                        ) : null}
                      </Flex>
                    )}
                    onChange={(v) => choose(i, v ?? null)}
                    aria-label={t('assignment.proposedExpertFor', { enterprise: i.enterprise.name })}
                    data-testid={`proposal-expert-${i.participationId}`}
                  />
                );
              },
            },
            {
              title: t('assignment.source'),
              dataIndex: 'source',
              width: 84,
              render: (s: ProposalItem['source'], i) => (
                <Tag
                  color={SOURCE_COLORS[s]}
                  data-testid={`proposal-source-${i.participationId}`}
                  data-source={s}
                  style={{ marginInlineEnd: 0 }}
                >
                  {t(`assignment.source_${s}`)}
                </Tag>
              ),
            },
            {
              title: t('assignment.warnings'),
              key: 'warnings',
              width: 280,
              render: (_: unknown, i) => <RuleTags item={i} />,
            },
          ]}
        />
      </div>
      {pending ? (
        <OverrideModal
          enterpriseName={pending.item.enterprise.name}
          expertName={nameOf(pending.expertUserId)}
          check={pending.check}
          serverMessage={pending.serverMessage}
          error={overrideError}
          pending={edit.isPending}
          onCancel={() => {
            setPending(null);
            setOverrideError(undefined);
          }}
          onConfirm={(reason) => post(pending.item, pending.expertUserId, pending.check, reason)}
        />
      ) : null}
    </>
  );
}
