/** Participations in the caller's scope, filtered and paginated by the server; filters live in the URL. */
import { Button, Space, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiDownload } from '../../lib/download';
import { rosters } from '../../../../contracts/rosters';
import { activeMembership, mayCall, useSession } from '../../lib/session';
import { PageShell } from '../../components/PageShell';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useParticipationList, type ParticipationListParams } from '../../features/participations/api/participations';
import { ParticipationFilters, type FilterValues } from '../../features/participations/components/ParticipationFilters';
import { ParticipationTable } from '../../features/participations/components/ParticipationTable';

const FILTER_KEYS = ['campaignId', 'regionCode', 'stage', 'industryCode', 'q'] as const;
/** The dashboard's drill-downs (contracts/dashboard.ts): read from the address, shown as a tag that clears them. */
const DRILL_KEYS = ['reached', 'bodyId', 'size', 'grade', 'trainedIn'] as const;

function readParams(search: URLSearchParams): ParticipationListParams {
  const params: ParticipationListParams = {
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Math.min(100, Math.max(1, Number(search.get('pageSize')) || 20)),
  };
  for (const key of [...FILTER_KEYS, ...DRILL_KEYS]) {
    const value = search.get(key);
    if (value) (params as Record<string, unknown>)[key] = value;
  }
  return params;
}

export default function ParticipationListPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const list = useParticipationList(params);
  const membership = activeMembership(useSession().data);
  const { download, pending } = useApiDownload();
  // the export is per campaign, with the list's filters
  const canExport = Boolean(params.campaignId) && mayCall(membership?.role, rosters.export);
  const exportList = () =>
    download(
      rosters.export,
      {
        params: { id: params.campaignId ?? '' },
        query: {
          stage: params.stage,
          regionCode: params.regionCode,
          industryCode: params.industryCode,
          q: params.q,
          reached: params.reached,
          bodyId: params.bodyId,
          size: params.size,
          grade: params.grade,
          trainedIn: params.trainedIn,
        },
      },
      'participations.xlsx',
    );

  const update = (patch: Partial<Record<keyof ParticipationListParams, string | number | undefined>>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    setSearch(next);
  };
  const changeFilters = (patch: FilterValues) => update({ ...patch, page: undefined });

  return (
    <PageShell
      title={t('participation.listTitle')}
      extra={
        canExport ? (
          <Button icon={<DownloadOutlined />} loading={pending} onClick={exportList} data-testid="roster-export">
            {t('roster.export')}
          </Button>
        ) : null
      }
    >
      <ParticipationFilters
        values={params}
        onChange={(patch) => changeFilters(patch)}
        onReset={() => setSearch(params.campaignId ? { campaignId: params.campaignId } : {})}
      />
      <DrillTags
        params={params}
        bodyName={list.data?.items[0]?.certificationBodyName}
        onClear={() => update({ ...Object.fromEntries(DRILL_KEYS.map((k) => [k, undefined])), page: undefined })}
      />
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <ParticipationTable
        items={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          // ADR 0038: past a few thousand rows the total is the database's estimate, and says so
          showTotal: (total) =>
            list.data?.totalIsEstimate
              ? t('common.totalAbout', { total: total.toLocaleString(i18n.language) })
              : t('common.total', { total }),
          onChange: (page, pageSize) =>
            update({ page: page === 1 ? undefined : page, pageSize: pageSize === 20 ? undefined : pageSize }),
        }}
      />
    </PageShell>
  );
}

/** The dashboard's filters in the address, in words (the body by the name the list's rows give). */
function DrillTags({
  params,
  bodyName,
  onClear,
}: {
  params: ParticipationListParams;
  bodyName: string | null | undefined;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const words = [
    params.reached ? t('dashboard.reached', { stage: t(`stage.${params.reached}`) }) : null,
    params.size ? t(`enterpriseSize.${params.size}`) : null,
    params.grade ? t(`grade.${params.grade}`) : null,
    params.trainedIn ? t('dashboard.trainedIn', { month: params.trainedIn }) : null,
    params.bodyId ? (bodyName ?? t('dashboard.body')) : null,
  ].filter((w): w is string => w !== null);
  if (words.length === 0) return null;
  return (
    <Space wrap>
      <Tag
        closable
        onClose={onClear}
        closeIcon
        aria-label={t('dashboard.clearDrill')}
        data-testid="participation-drill"
      >
        {t('dashboard.drilled')}: {words.join(' · ')}
      </Tag>
    </Space>
  );
}
