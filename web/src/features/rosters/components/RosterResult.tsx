/** The import's outcome: counts and status, the rows in error, and the errors file to download. */
import { Button, Card, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { rosters, type RosterImportResult } from '../../../../../contracts/rosters';
import { useApiDownload } from '../../../lib/download';

const STATUS_COLORS: Record<RosterImportResult['status'], string> = {
  validated: 'blue',
  imported: 'green',
  rejected: 'red',
};

type RosterError = RosterImportResult['errors'][number];

export function RosterResult({ campaignId, result }: { campaignId: string; result: RosterImportResult }) {
  const { t } = useTranslation();
  const { download, pending } = useApiDownload();
  const counts: Array<[string, number]> = [
    ['totalRows', result.totalRows],
    ['invalidRows', result.invalidRows],
    ['createdRows', result.createdRows],
    ['unchangedRows', result.unchangedRows],
  ];
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          {t('roster.result')}
          <Tag color={STATUS_COLORS[result.status]} data-testid="roster-status">
            {t(`roster.status_${result.status}`)}
          </Tag>
        </Flex>
      }
      data-testid="roster-result"
      data-status={result.status}
      data-total={result.totalRows}
      data-invalid={result.invalidRows}
      data-created={result.createdRows}
      data-unchanged={result.unchangedRows}
    >
      <Flex gap={32} wrap>
        {counts.map(([key, value]) => (
          <Statistic key={key} title={t(`roster.${key}`)} value={value} data-testid={`roster-${key}`} />
        ))}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t(`roster.statusText_${result.status}`)}
      </Typography.Paragraph>
      {result.errors.length > 0 ? (
        <Flex vertical gap={8} style={{ marginTop: 16 }}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text strong>{t('roster.errors', { count: result.errors.length })}</Typography.Text>
            <Button
              icon={<DownloadOutlined />}
              loading={pending}
              onClick={() =>
                download(
                  rosters.importErrors,
                  { params: { id: campaignId, importId: result.importId } },
                  'roster-errors.xlsx',
                )
              }
              data-testid="roster-error-file"
            >
              {t('roster.errorFile')}
            </Button>
          </Flex>
          <div data-testid="roster-errors">
            <Table<RosterError>
              size="small"
              rowKey={(e) => `${e.row}-${e.field}-${e.code}`}
              dataSource={result.errors}
              pagination={result.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              scroll={{ x: 640 }}
              columns={[
                { title: t('roster.row'), dataIndex: 'row', width: 80 },
                {
                  title: t('roster.field'),
                  dataIndex: 'field',
                  width: 180,
                  render: (f: string) => t(`application.${f}`, { defaultValue: f }),
                },
                {
                  title: t('roster.message'),
                  dataIndex: 'message',
                  render: (m: string, e) => <span title={e.code}>{m}</span>,
                },
              ]}
            />
          </div>
        </Flex>
      ) : null}
    </Card>
  );
}
