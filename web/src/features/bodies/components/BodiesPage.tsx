/** /certification-bodies — the registry: name, CNCA number, seat, contact, regions and categories served. */
import { useState } from 'react';
import { Button, Flex, Table, Tag, Tooltip } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { bodies as bodiesContract, type CertificationBody } from '../../../../../contracts/bodies';
import { industryName } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useMayCall } from '../../../lib/session';
import { RegionName } from '../../../components/regions/RegionName';
import { useCertificationBodies } from '../api/bodies';
import { RegisterBodyDialog } from './RegisterBodyDialog';

export default function BodiesPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const bodies = useCertificationBodies();
  const [registering, setRegistering] = useState(false);
  const canWrite = useMayCall(bodiesContract.register);

  return (
    <PageShell
      title={t('bodies.title')}
      extra={
        canWrite ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRegistering(true)}
            data-testid="body-register"
          >
            {t('bodies.register')}
          </Button>
        ) : null
      }
    >
      {bodies.isError ? <ErrorAlert error={bodies.error} onRetry={() => void bodies.refetch()} /> : null}
      <div data-testid="bodies-table">
        <Table<CertificationBody>
          rowKey="id"
          size="middle"
          loading={bodies.isFetching}
          dataSource={bodies.data ?? []}
          pagination={(bodies.data?.length ?? 0) > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 1100 }}
          columns={[
            { title: t('bodies.name'), dataIndex: 'name', width: 240, fixed: 'left', ellipsis: true },
            { title: t('bodies.approvalNumber'), dataIndex: 'approvalNumber', width: 170 },
            {
              title: t('bodies.region'),
              dataIndex: 'regionCode',
              width: 120,
              render: (code: string | null) => (code ? <RegionName code={code} /> : '—'),
            },
            {
              title: t('bodies.contactName'),
              dataIndex: 'contactName',
              width: 110,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('bodies.contactPhone'),
              dataIndex: 'contactPhone',
              width: 140,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('bodies.regionsServed'),
              dataIndex: 'regionsServed',
              width: 200,
              render: (codes: string[]) =>
                codes.length ? (
                  <Flex wrap gap={4}>
                    {codes.map((c) => (
                      <Tag key={c} style={{ marginInlineEnd: 0 }}>
                        <RegionName code={c} />
                      </Tag>
                    ))}
                  </Flex>
                ) : (
                  '—'
                ),
            },
            {
              title: t('bodies.industryCodes'),
              dataIndex: 'industryCodes',
              render: (codes: string[]) =>
                codes.length ? (
                  <Flex wrap gap={4}>
                    {codes.map((c) => (
                      <Tooltip key={c} title={industryName(c, lang)}>
                        <Tag style={{ marginInlineEnd: 0 }}>{c}</Tag>
                      </Tooltip>
                    ))}
                  </Flex>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </div>
      {registering ? <RegisterBodyDialog onClose={() => setRegistering(false)} /> : null}
    </PageShell>
  );
}
