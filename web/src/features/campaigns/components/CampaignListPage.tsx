import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { campaigns } from '../../../../../contracts/campaigns';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMayCall } from '../../../lib/session';
import { useCampaignList } from '../api/campaigns';
import { CampaignTable } from './CampaignTable';

export default function CampaignListPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Number(search.get('page')) || 1;
  const pageSize = Number(search.get('pageSize')) || 20;
  const list = useCampaignList({ page, pageSize });
  const canCreate = useMayCall(campaigns.create);

  return (
    <PageShell
      title={t('campaign.listTitle')}
      extra={
        canCreate ? (
          <Link to="/campaigns/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="campaign-create">
              {t('campaign.create')}
            </Button>
          </Link>
        ) : null
      }
    >
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <CampaignTable
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, size) => setSearch({ page: String(p), pageSize: String(size) }),
        }}
      />
    </PageShell>
  );
}
