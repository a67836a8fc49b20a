/**
 * /users/import — accounts in bulk from an Excel sheet (姓名, 手机, 邮箱, 单位, 角色, 地区), all-or-nothing like rosters:
 * the template, the upload with progress (or only a check), the rows in error with the error file to fix and send
 * again, and the activation links of the accounts created.
 */
import { useRef, useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Flex, Progress, Row, Statistic, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { accounts, type AccountImportResult } from '../../../../../contracts/accounts';
import { useApiDownload } from '../../../lib/download';
import { formatDateTime } from '../../../lib/format';
import { PageShell } from '../../../components/PageShell';
import { errorText } from '../../../components/ErrorAlert';
import { absoluteLink, useAccountImport } from '../api/accounts';

const STATUS_COLORS: Record<AccountImportResult['status'], string> = {
  created: 'green',
  rejected: 'red',
  checked: 'blue',
};

function ImportResult({ result }: { result: AccountImportResult }) {
  const { t } = useTranslation();
  const { download, pending } = useApiDownload();
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          {t('accounts.importResult')}
          <Tag color={STATUS_COLORS[result.status]}>{t(`accounts.importStatus_${result.status}`)}</Tag>
        </Flex>
      }
      data-testid="account-import-result"
      data-status={result.status}
    >
      <Flex gap={32} wrap>
        <Statistic title={t('roster.totalRows')} value={result.totalRows} />
        <Statistic title={t('roster.invalidRows')} value={result.invalidRows} />
        <Statistic title={t('accounts.createdRows')} value={result.createdRows} />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t(`accounts.importText_${result.status}`)}
      </Typography.Paragraph>
      {result.errors.length > 0 ? (
        <Flex vertical gap={8}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text strong>{t('roster.errors', { count: result.errors.length })}</Typography.Text>
            <Button
              icon={<DownloadOutlined />}
              loading={pending}
              onClick={() =>
                download(accounts.importErrors, { params: { id: result.importId } }, 'account-import-errors.xlsx')
              }
              data-testid="account-import-error-file"
            >
              {t('roster.errorFile')}
            </Button>
          </Flex>
          <div data-testid="account-import-errors">
            <Table
              size="small"
              rowKey={(e) => `${e.row}-${e.field}-${e.code}`}
              dataSource={result.errors}
              pagination={result.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              scroll={{ x: 560 }}
              columns={[
                { title: t('roster.row'), dataIndex: 'row', width: 80 },
                {
                  title: t('roster.field'),
                  dataIndex: 'field',
                  width: 140,
                  render: (f: string) => t(`accounts.column_${f}`, { defaultValue: t('accounts.column_other') }),
                },
                { title: t('roster.message'), dataIndex: 'message' },
              ]}
            />
          </div>
        </Flex>
      ) : null}
      {result.created.length > 0 ? (
        <Flex vertical gap={8} style={{ marginTop: 16 }}>
          <Alert type="warning" showIcon title={t('accounts.shownOnce')} />
          <Table
            size="small"
            rowKey="id"
            dataSource={result.created}
            pagination={result.created.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 640 }}
            data-testid="account-import-created"
            columns={[
              { title: t('roster.row'), dataIndex: 'row', width: 80 },
              { title: t('accounts.username'), dataIndex: 'username', width: 160 },
              {
                title: t('accounts.activationLink'),
                key: 'link',
                render: (_v, c) => (
                  <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                    {absoluteLink(c.invitation.link)}
                  </Typography.Text>
                ),
              },
              {
                title: t('accounts.expires'),
                key: 'expires',
                width: 170,
                render: (_v, c) => formatDateTime(c.invitation.expiresAt),
              },
            ]}
          />
        </Flex>
      ) : null}
    </Card>
  );
}

export default function AccountImportPage() {
  const { t } = useTranslation();
  const { download, pending } = useApiDownload();
  const input = useRef<HTMLInputElement>(null);
  const [dryRun, setDryRun] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<AccountImportResult | null>(null);
  const upload = useAccountImport();

  const send = (file: File) => {
    setProgress(0);
    upload.mutate(
      { file, dryRun, onProgress: setProgress },
      {
        onSuccess: setResult,
        onSettled: () => {
          if (input.current) input.current.value = '';
        },
      },
    );
  };

  return (
    <PageShell title={t('accounts.importTitle')} backTo="/users">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('roster.step1')} style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t('accounts.templateHint')}</Typography.Paragraph>
            <Button
              icon={<DownloadOutlined />}
              loading={pending}
              onClick={() => download(accounts.importTemplate, {}, 'account-template.xlsx')}
              data-testid="account-import-template"
            >
              {t('accounts.importTemplate')}
            </Button>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('accounts.importStep2')} style={{ height: '100%' }}>
            <Flex vertical gap={12}>
              <Typography.Text type="secondary">{t('accounts.importAllOrNothing')}</Typography.Text>
              <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} disabled={upload.isPending}>
                {t('roster.dryRun')}
              </Checkbox>
              <input
                ref={input}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                style={{ display: 'none' }}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) send(file);
                }}
                data-testid="account-import-file"
              />
              <div>
                <Button
                  type="primary"
                  icon={<UploadOutlined />}
                  loading={upload.isPending}
                  onClick={() => input.current?.click()}
                >
                  {t('roster.chooseFile')}
                </Button>
              </div>
              {progress !== null ? (
                <Progress
                  percent={progress}
                  status={upload.isError ? 'exception' : upload.isPending ? 'active' : 'success'}
                />
              ) : null}
              {upload.isError ? <Alert type="error" showIcon title={errorText(upload.error)} /> : null}
            </Flex>
          </Card>
        </Col>
      </Row>
      {result ? <ImportResult key={result.importId} result={result} /> : null}
    </PageShell>
  );
}
