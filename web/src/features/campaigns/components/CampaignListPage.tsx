import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCampaignList } from '../api/campaigns';
import { CampaignTable } from './CampaignTable';

export default function CampaignListPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Number(search.get('page')) || 1;
  const pageSize = Number(search.get('pageSize')) || 20;
  const list = useCampaignList({ page, pageSize });

  return (
    <PageShell title={t('campaign.listTitle')}>
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
