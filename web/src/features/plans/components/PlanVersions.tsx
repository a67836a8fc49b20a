/**
 * Every version of the plan (003 §6.6.2, §6.7.3): status, date, amendment reason, the accepted
 * baseline marked; each opens read-only (with its comments) and has its Word file.
 */
import { useState } from 'react';
import { Button, Drawer, Flex, Grid, List, Tag, Typography } from 'antd';
import { EyeOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SurveyTemplate } from '../../../../../domain/survey/annex-a-template.js';
import { plans, type PlanOverview } from '../../../../../contracts/plans';
import { useApiDownload } from '../../../lib/download';
import { formatDateTime } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { planOf, usePlanVersion } from '../api/plans';
import { PlanComments } from './PlanComments';
import { PlanView } from './PlanView';

export const PLAN_STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'blue',
  commented: 'orange',
  revised: 'geekblue',
  accepted: 'green',
  superseded: 'default',
};

function VersionDrawer({
  participationId,
  version,
  template,
  onClose,
}: {
  participationId: string;
  version: number | null;
  template: SurveyTemplate;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const v = usePlanVersion(participationId, version);
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <Drawer
      open={version !== null}
      onClose={onClose}
      size={wide ? 760 : '100%'}
      title={t('plan.versionTitle', { version })}
      data-testid="plan-version-drawer"
    >
      {v.isPending ? (
        <FullPageSpin />
      ) : v.isError ? (
        <ErrorAlert error={v.error} onRetry={() => void v.refetch()} />
      ) : (
        <Flex vertical gap={12}>
          <Flex gap={8} wrap align="center">
            <Tag color={PLAN_STATUS_COLORS[v.data.status]}>{t(`plan.status_${v.data.status}`)}</Tag>
            <Typography.Text type="secondary">
              {t('plan.createdBy', { at: formatDateTime(v.data.createdAt), name: v.data.createdByName })}
            </Typography.Text>
          </Flex>
          {v.data.amendReason ? (
            <Typography.Text>{t('plan.amendReasonValue', { reason: v.data.amendReason })}</Typography.Text>
          ) : null}
          <PlanView plan={planOf(v.data)} template={template} />
          <PlanComments comments={v.data.comments} />
        </Flex>
      )}
    </Drawer>
  );
}

export function PlanVersions({
  participationId,
  overview,
  template,
}: {
  participationId: string;
  overview: PlanOverview;
  template: SurveyTemplate;
}) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<number | null>(null);
  const { download, pending } = useApiDownload();
  return (
    <>
      <List
        size="small"
        bordered
        data-testid="plan-versions"
        dataSource={[...overview.versions].reverse()}
        renderItem={(v) => (
          <List.Item
            key={v.version}
            data-testid={`plan-version-${v.version}`}
            data-status={v.status}
            actions={[
              <Button
                key="view"
                size="small"
                icon={<EyeOutlined />}
                onClick={() => setViewing(v.version)}
                data-testid={`plan-view-${v.version}`}
              >
                {t('plan.viewVersion')}
              </Button>,
              <Button
                key="docx"
                size="small"
                icon={<FileWordOutlined />}
                loading={pending}
                onClick={() =>
                  download(
                    plans.versionDocx,
                    { params: { id: participationId, version: v.version } },
                    `plan-v${v.version}.docx`,
                  )
                }
                data-testid={`plan-docx-${v.version}`}
                aria-label={t('plan.docx')}
              >
                DOCX
              </Button>,
            ]}
          >
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex gap={6} wrap align="center">
                <Typography.Text strong>{t('plan.versionTitle', { version: v.version })}</Typography.Text>
                <Tag color={PLAN_STATUS_COLORS[v.status]} style={{ marginInlineEnd: 0 }}>
                  {t(`plan.status_${v.status}`, { defaultValue: v.status })}
                </Tag>
                {overview.baselineVersion === v.version ? (
                  <Tag color="green" data-testid={`plan-baseline-${v.version}`} style={{ marginInlineEnd: 0 }}>
                    {t('plan.baseline')}
                  </Tag>
                ) : null}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(v.createdAt)}
                {v.acceptedAt ? ` · ${t('plan.acceptedOn', { at: formatDateTime(v.acceptedAt) })}` : ''}
              </Typography.Text>
              {v.amendReason ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('plan.amendReasonValue', { reason: v.amendReason })}
                </Typography.Text>
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
      <VersionDrawer
        participationId={participationId}
        version={viewing}
        template={template}
        onClose={() => setViewing(null)}
      />
    </>
  );
}
