/**
 * 帮扶工作组 of the campaign: bureaus see the groups of the bodies working in their region, a
 * body its own; a body's managers create and edit them and open the expert assignment.
 */
import { useState } from 'react';
import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, ApartmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type WorkingGroup, matching } from '../../../../../contracts/matching';
import type { CampaignDetail } from '../../../../../contracts/campaigns';
import type { Membership } from '../../../../../contracts/auth';
import { mayCall } from '../../../lib/session';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useWorkingGroups } from '../api/matching';
import { WorkingGroupDialog } from './WorkingGroupDialog';

const names = (g: WorkingGroup, role: WorkingGroup['members'][number]['role']) =>
  g.members.filter((m) => m.role === role);

export function WorkingGroupsCard({ campaign, membership }: { campaign: CampaignDetail; membership: Membership }) {
  const { t } = useTranslation();
  const canRead = mayCall(membership.role, matching.workingGroups);
  const canWrite = mayCall(membership.role, matching.createWorkingGroup);
  const groups = useWorkingGroups(campaign.id, canRead);
  const [editing, setEditing] = useState<WorkingGroup | 'new' | null>(null);
  if (!canRead) return null;
  const own = (g: WorkingGroup) => canWrite && g.organization.id === membership.organizationId;
  const items = groups.data ?? [];
  const showBody = !canWrite;

  return (
    <Card
      title={t('workingGroups.title')}
      size="small"
      data-testid="working-groups-card"
      extra={
        canWrite ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="working-group-new"
          >
            {t('workingGroups.create')}
          </Button>
        ) : null
      }
    >
      {groups.isError ? (
        <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />
      ) : !groups.isPending && items.length === 0 ? (
        <Empty
          description={canWrite ? t('workingGroups.noneYet') : t('workingGroups.none')}
          image={Empty.PRESENTED_IMAGE_SIMPLE}
        />
      ) : (
        <Table<WorkingGroup>
          rowKey="id"
          size="small"
          loading={groups.isFetching}
          dataSource={items}
          pagination={items.length > 10 ? { pageSize: 10 } : false}
          scroll={{ x: 'max-content' }}
          onRow={(g) => ({ 'data-testid': `working-group-row-${g.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('workingGroups.name'),
              dataIndex: 'name',
              width: 180,
              render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
            },
            ...(showBody
              ? [
                  {
                    title: t('workingGroups.body'),
                    key: 'body',
                    width: 180,
                    render: (_: unknown, g: WorkingGroup) => g.organization.name,
                  },
                ]
              : []),
            {
              title: t('workingGroups.regions'),
              key: 'regions',
              width: 200,
              render: (_: unknown, g) =>
                g.regionNames.length ? (
                  <Flex wrap gap={4}>
                    {g.regionNames.map((n, i) => (
                      <Tag key={g.regionCodes[i] ?? n} style={{ marginInlineEnd: 0 }}>
                        {n}
                      </Tag>
                    ))}
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{t('workingGroups.allRegions')}</Typography.Text>
                ),
            },
            {
              title: t('workingGroups.leader'),
              key: 'leader',
              width: 150,
              render: (_: unknown, g) =>
                names(g, 'leader').map((m) => (
                  <div key={m.userId}>
                    {m.displayName}
                    {m.phone ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                        {m.phone}
                      </Typography.Text>
                    ) : null}
                  </div>
                )),
            },
            {
              title: t('workingGroups.managers'),
              key: 'managers',
              width: 160,
              render: (_: unknown, g) =>
                names(g, 'manager')
                  .map((m) => m.displayName)
                  .join(t('intake.listSeparator')) || '—',
            },
            {
              title: t('workingGroups.expertCount'),
              key: 'experts',
              width: 90,
              render: (_: unknown, g) => (
                <span data-testid={`working-group-expert-count-${g.id}`}>{names(g, 'expert').length}</span>
              ),
            },
            ...(canWrite
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 200,
                    render: (_: unknown, g: WorkingGroup) =>
                      own(g) ? (
                        <Flex gap={12} wrap align="center">
                          <Button
                            size="small"
                            icon={<EditOutlined />}
                            onClick={() => setEditing(g)}
                            data-testid={`working-group-edit-${g.id}`}
                          >
                            {t('common.edit')}
                          </Button>
                          <Link
                            to={`/working-groups/${g.id}/assignment`}
                            data-testid={`working-group-assign-${g.id}`}
                            style={{ whiteSpace: 'nowrap', lineHeight: '24px' }}
                          >
                            <ApartmentOutlined /> {t('workingGroups.assign')}
                          </Link>
                        </Flex>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing ? (
        <WorkingGroupDialog
          campaign={campaign}
          group={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}
