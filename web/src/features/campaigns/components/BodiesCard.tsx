/** The certification bodies selected for the campaign, each with its 003 §5.2 checklist. */
import { useState } from 'react';
import { Button, Card, Collapse, Empty, Flex, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../../../contracts/campaigns';
import { formatDateTime } from '../../../lib/format';
import { SelectBodyDialog } from './SelectBodyDialog';

type Body = CampaignDetail['certificationBodies'][number];

function Checklist({ body }: { body: Body }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      {body.checklist.map((c) => (
        <div key={c.key} data-testid={`body-check-${body.id}-${c.key}`} data-met={String(c.met)}>
          {c.met ? (
            <CheckCircleFilled style={{ color: '#52c41a' }} />
          ) : (
            <CloseCircleFilled style={{ color: '#ff4d4f' }} />
          )}{' '}
          <Typography.Text>{t(`bodyCriterion.${c.key}`, { defaultValue: c.key })}</Typography.Text>
          {c.evidence ? (
            <Typography.Text type="secondary">{t('bodySelect.evidenceValue', { value: c.evidence })}</Typography.Text>
          ) : null}
        </div>
      ))}
      {body.selectedAt ? (
        <Typography.Text type="secondary">
          {t('bodySelect.selectedAt', { at: formatDateTime(body.selectedAt) })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

export function BodiesCard({ campaign, canEdit }: { campaign: CampaignDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const bodies = campaign.certificationBodies;
  return (
    <Card
      title={t('campaign.certificationBodies')}
      size="small"
      style={{ height: '100%' }}
      extra={
        canEdit ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="body-select">
            {t('bodySelect.title')}
          </Button>
        ) : null
      }
    >
      {bodies.length === 0 ? (
        <Empty description={t('campaign.noData')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Collapse
          size="small"
          data-testid="campaign-bodies"
          items={bodies.map((b) => {
            const met = b.checklist.filter((c) => c.met).length;
            return {
              key: b.id,
              label: (
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>{b.name}</Typography.Text>
                  <Tag color={met === b.checklist.length && met > 0 ? 'green' : 'orange'}>
                    {t('bodySelect.metCount', { met, total: b.checklist.length })}
                  </Tag>
                </Flex>
              ),
              children: <Checklist body={b} />,
            };
          })}
        />
      )}
      {open ? <SelectBodyDialog campaign={campaign} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}
