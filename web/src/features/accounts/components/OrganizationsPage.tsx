/**
 * /organizations — the organizations the caller manages as a tree by level and region; a node opens its people.
 * The system administrator and bureaus create organizations here with their first administrator (分级管理).
 */
import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Input, Select, Tag, Tree, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { accounts, type Organization } from '../../../../../contracts/accounts';
import { ORGANIZATION_KINDS } from '../../../../../domain/access/roles';
import { useMayCall } from '../../../lib/session';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAbilities, useOrganizations } from '../api/accounts';
import { organizationTree, type OrganizationNode } from './organization-tree';
import { CreateOrganizationDialog } from './CreateOrganizationDialog';
import { ActivationLinkModal, type IssuedSecret } from './ActivationLinkModal';

const KIND_COLORS: Record<string, string> = {
  bureau: 'blue',
  certification_body: 'purple',
  association: 'cyan',
  enterprise: 'green',
  platform: 'default',
};

interface TreeItem {
  key: string;
  title: React.ReactNode;
  children: TreeItem[];
}

export default function OrganizationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState<string>();
  const [kind, setKind] = useState<Organization['kind']>();
  const organizations = useOrganizations({ page: 1, pageSize: 100, q, kind });
  const abilities = useAbilities();
  const canCreate = useMayCall(accounts.createOrganization) && (abilities.data?.organizationKinds.length ?? 0) > 0;
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);

  const treeData = useMemo(() => {
    const toItem = (node: OrganizationNode<Organization>): TreeItem => {
      const o = node.organization;
      return {
        key: o.id,
        title: (
          <Flex gap={6} wrap align="center" data-testid={`org-node-${o.id}`} data-name={o.name}>
            <Typography.Text strong>{o.name}</Typography.Text>
            <Tag color={KIND_COLORS[o.kind]} style={{ marginInlineEnd: 0 }}>
              {t(`orgKind.${o.kind}`)}
            </Tag>
            {o.regionName ? <Typography.Text type="secondary">{o.regionName}</Typography.Text> : null}
            <Typography.Text type="secondary">{t('accounts.members', { count: o.activeMembers })}</Typography.Text>
          </Flex>
        ),
        children: node.children.map(toItem),
      };
    };
    return organizationTree(organizations.data?.items ?? []).map(toItem);
  }, [organizations.data, t]);

  return (
    <PageShell
      title={t('accounts.organizationsTitle')}
      extra={
        canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="org-create">
            {t('accounts.createOrganization')}
          </Button>
        ) : null
      }
    >
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={t('accounts.organizationSearch')}
          onSearch={(v) => setQ(v.trim() || undefined)}
          style={{ width: 260, maxWidth: '100%' }}
          data-testid="org-search"
        />
        <Select<Organization['kind']>
          allowClear
          placeholder={t('accounts.organizationKind')}
          value={kind}
          onChange={setKind}
          options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
          style={{ width: 180 }}
          data-testid="org-filter-kind"
        />
      </Flex>
      {organizations.isError ? (
        <ErrorAlert error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : null}
      <Card size="small" loading={organizations.isPending} data-testid="org-tree">
        {treeData.length === 0 ? (
          <Empty description={t('accounts.noOrganizations')} />
        ) : (
          <Tree<TreeItem>
            // a new organization remounts the tree so that it opens expanded again
            key={organizations.data?.items.length ?? 0}
            treeData={treeData}
            defaultExpandAll
            blockNode
            selectable
            onSelect={(keys) => {
              const id = keys[0];
              if (id) void navigate(`/users?organizationId=${String(id)}`);
            }}
          />
        )}
        {(organizations.data?.total ?? 0) > (organizations.data?.items.length ?? 0) ? (
          <Typography.Text type="secondary">{t('accounts.organizationsTruncated')}</Typography.Text>
        ) : null}
      </Card>
      {abilities.data && canCreate ? (
        <CreateOrganizationDialog
          abilities={abilities.data}
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(created, adminName) => {
            setCreating(false);
            if (created.administrator)
              setIssued({ displayName: adminName, invitation: created.administrator.invitation });
          }}
        />
      ) : null}
      <ActivationLinkModal issued={issued} onClose={() => setIssued(null)} />
    </PageShell>
  );
}
