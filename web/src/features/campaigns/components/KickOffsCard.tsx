/** Kick-off meetings held for the campaign; the issuing bureau records them. */
import { useState } from 'react';
import { Button, Card, Empty, List, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../../../contracts/campaigns';
import { formatDate } from '../../../lib/format';
import { KickOffDialog } from './KickOffDialog';

export function KickOffsCard({ campaign, canEdit }: { campaign: CampaignDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card
      title={t('kickOff.title')}
      size="small"
      style={{ height: '100%' }}
      extra={
        canEdit ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="kickoff-add">
            {t('kickOff.add')}
          </Button>
        ) : null
      }
    >
      {campaign.kickOffs.length === 0 ? (
        <Empty description={t('kickOff.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={campaign.kickOffs}
          data-testid="kickoff-list"
          renderItem={(k) => (
            <List.Item key={k.id}>
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong>{formatDate(k.heldOn)}</Typography.Text>
                <Typography.Text type="secondary"> · {k.place}</Typography.Text>
                <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                  {t('kickOff.attendeesValue', { value: k.attendees })}
                </Typography.Paragraph>
                {k.materials ? (
                  <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {t('kickOff.materialsValue', { value: k.materials })}
                  </Typography.Paragraph>
                ) : null}
              </div>
            </List.Item>
          )}
        />
      )}
      {open ? <KickOffDialog campaignId={campaign.id} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}
